import { MergedArea } from "./model";

/**
 * Which merged area covers a cell, without expanding any area cell by cell. A merge over the whole sheet
 * (1,048,576 × 16,384) or thousands of merges on one row must cost no more than the data they lie on.
 *
 * Areas are first clipped to the sheet's data (rows stored × longest row): beyond it no cell holds text, so
 * nothing there is asked. A low area (at most SHORT_ROWS rows once clipped) is listed under each row it
 * covers; a tall one under each column it covers. Either list is sorted and searched by halving, so a lookup
 * costs O(log n) and the index holds at most SHORT_ROWS entries per low area and one per column of a tall one.
 *
 * Excel never lets merged areas overlap; a hostile file may. Where two overlap on a row (or a column), the
 * one that starts first (then the one given first) is kept there and the other is not seen at those cells.
 */

const SHORT_ROWS = 32;

interface Clipped {
  readonly area: MergedArea;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export class MergeIndex {
  private readonly byRow = new Map<number, Clipped[]>();
  private readonly byCol = new Map<number, Clipped[]>();
  /** Entries held: bounded by SHORT_ROWS per low area and the data's width per tall one. */
  readonly size: number;

  constructor(merges: readonly MergedArea[], rowCount: number, colCount: number) {
    let size = 0;
    const seen = new Set<string>();
    for (const m of merges) {
      const top = Math.max(0, Math.floor(m.top));
      const left = Math.max(0, Math.floor(m.left));
      const bottom = Math.min(rowCount - 1, Math.floor(m.bottom));
      const right = Math.min(colCount - 1, Math.floor(m.right));
      // Outside the data, inverted, or not numbers at all (NaN compares false): it covers no cell that is read.
      if (!(top <= bottom && left <= right)) continue;
      const key = `${top},${left},${bottom},${right}`;
      if (seen.has(key)) continue; // the same area listed twice
      seen.add(key);
      const c: Clipped = { area: m, top, left, bottom, right };
      if (bottom - top < SHORT_ROWS) {
        for (let r = top; r <= bottom; r++) push(this.byRow, r, c);
        size += bottom - top + 1;
      } else {
        for (let col = left; col <= right; col++) push(this.byCol, col, c);
        size += right - left + 1;
      }
    }
    for (const list of this.byRow.values())
      disjoint(
        list,
        (x) => x.left,
        (x) => x.right,
      );
    for (const list of this.byCol.values())
      disjoint(
        list,
        (x) => x.top,
        (x) => x.bottom,
      );
    this.size = size;
  }

  /** The area covering (r, c), as the sheet gave it (not clipped), or null. */
  at(r: number, c: number): MergedArea | null {
    const row = this.byRow.get(r);
    if (row) {
      const hit = find(
        row,
        c,
        (x) => x.left,
        (x) => x.right,
      );
      if (hit) return hit.area;
    }
    const col = this.byCol.get(c);
    if (col) {
      const hit = find(
        col,
        r,
        (x) => x.top,
        (x) => x.bottom,
      );
      if (hit) return hit.area;
    }
    return null;
  }
}

function push(map: Map<number, Clipped[]>, k: number, c: Clipped): void {
  const list = map.get(k);
  if (list) list.push(c);
  else map.set(k, [c]);
}

/** Sorts by start and drops what overlaps an area kept before it (a stable sort keeps the order given on ties). */
function disjoint(list: Clipped[], start: (x: Clipped) => number, end: (x: Clipped) => number): void {
  list.sort((a, b) => start(a) - start(b));
  let kept = 0;
  let reach = -1;
  for (const x of list) {
    if (start(x) <= reach) continue;
    list[kept++] = x;
    reach = end(x);
  }
  list.length = kept;
}

/** The interval holding position p in a sorted list of disjoint intervals. */
function find(list: readonly Clipped[], p: number, start: (x: Clipped) => number, end: (x: Clipped) => number): Clipped | null {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = list[mid] as Clipped;
    if (p < start(x)) hi = mid - 1;
    else if (p > end(x)) lo = mid + 1;
    else return x;
  }
  return null;
}
