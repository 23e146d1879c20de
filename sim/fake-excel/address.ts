/** A1 addresses for the fake: plain TS, no node or jest APIs (the browser preview loads this too). */
import { columnLetter } from "../../src/core/workbook/address";

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** 0-based inclusive rectangle. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export { columnLetter };

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Splits "'My sheet'!A1:B2" into the sheet name (unquoted) and the local part. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const s = address.trim();
  const bang = s.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: s };
  let sheet = s.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: s.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

/** One rectangle: "B3", "B3:D9", "A:C", "3:5". Returns null when the text is not an address. */
export function parseArea(text: string): Area | null {
  const t = text.trim();
  const parts = t.split(":");
  if (parts.length === 2) {
    const c = COLS.exec(t);
    if (c) {
      const a = columnNumber(c[1] as string);
      const b = columnNumber(c[2] as string);
      return { top: 0, bottom: MAX_ROWS - 1, left: Math.min(a, b), right: Math.max(a, b) };
    }
    const r = ROWS.exec(t);
    if (r) {
      const a = Number(r[1]) - 1;
      const b = Number(r[2]) - 1;
      if (a < 0 || b < 0) return null;
      return { top: Math.min(a, b), bottom: Math.max(a, b), left: 0, right: MAX_COLS - 1 };
    }
    const s = parseArea(parts[0] as string);
    const e = parseArea(parts[1] as string);
    if (!s || !e) return null;
    return {
      top: Math.min(s.top, e.top),
      left: Math.min(s.left, e.left),
      bottom: Math.max(s.bottom, e.bottom),
      right: Math.max(s.right, e.right),
    };
  }
  if (parts.length !== 1) return null;
  const m = CELL.exec(t);
  if (!m) return null;
  const row = Number(m[2]) - 1;
  const col = columnNumber(m[1] as string);
  if (row < 0 || row >= MAX_ROWS || col >= MAX_COLS) return null;
  return { top: row, left: col, bottom: row, right: col };
}

/** "A1:B2, D5" (comma-separated areas, each optionally sheet-qualified). */
export function parseAreaList(text: string): { sheet: string | null; areas: Area[] } | null {
  const areas: Area[] = [];
  let sheet: string | null = null;
  for (const piece of text.split(",")) {
    if (piece.trim() === "") continue;
    const split = splitSheet(piece);
    if (split.sheet !== null) sheet = split.sheet;
    const a = parseArea(split.local);
    if (!a) return null;
    areas.push(a);
  }
  return areas.length ? { sheet, areas } : null;
}

export function cellRef(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

export function formatArea(a: Area): string {
  if (a.top === 0 && a.bottom === MAX_ROWS - 1) return `${columnLetter(a.left)}:${columnLetter(a.right)}`;
  if (a.left === 0 && a.right === MAX_COLS - 1) return `${a.top + 1}:${a.bottom + 1}`;
  const s = cellRef(a.top, a.left);
  return a.top === a.bottom && a.left === a.right ? s : `${s}:${cellRef(a.bottom, a.right)}`;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualified(sheet: string, a: Area): string {
  return `${quoteSheet(sheet)}!${formatArea(a)}`;
}

export function intersects(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: Area, r: number, c: number): boolean {
  return r >= outer.top && r <= outer.bottom && c >= outer.left && c <= outer.right;
}
