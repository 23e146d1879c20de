/**
 * The fill of a mark: a custom conditional format per severity with the signature formula
 * `=ISTEXT("PhuLuc:mark:<severity>")` (always true), found again by that signature. Here: queuing them in writes
 * sized for the byte budget, and finding and removing PhuLuc's own.
 */
import type { Severity } from "../core/validate/catalog";
import { cellAddress, parseCellAddress } from "../core/workbook/address";
import { chunkAddresses } from "./address-lists";
import { CELL_OP_BYTES, DEFAULT_BUDGET_BYTES, chunkByBytes } from "./byte-budget";
import type { BatchedWrite } from "./write-batches";

export const MARK_SIGNATURE = "PhuLuc:mark:";

/** Light fills that keep black text readable (Excel's "Bad", "Neutral" and a light blue). */
export const MARK_COLORS: Readonly<Record<Severity, string>> = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" };

/**
 * Request bytes of one conditional format over one `getRanges` group (ExcelApi 1.9): the paths of the group,
 * `conditionalFormats`, the added format, `custom`, `rule`, `format`, `fill` with their instantiate actions, and
 * the add, formula and colour actions — about 8 cell operations, plus the group's address text (twice: in its path
 * and as it may be escaped).
 */
const GROUP_FORMAT_BYTES = 8 * CELL_OP_BYTES;

/**
 * Without `getRanges` (below ExcelApi 1.9) every area gets its own conditional format on its own object paths:
 * 7 paths with their instantiate actions and 3 actions per area, measured at 1,630 bytes with seven-digit ids in
 * the fake (which serialises as office.js does); 4 cell operations, rounded up.
 */
export const AREA_FORMAT_BYTES = 4 * CELL_OP_BYTES;

/** Cells → addresses, vertical runs in a column joined ("D5:D9"). */
export function compactAddresses(cells: readonly string[]): string[] {
  const byCol = new Map<number, number[]>();
  for (const a of cells) {
    const p = parseCellAddress(a);
    if (!p) continue;
    const list = byCol.get(p.col) ?? [];
    list.push(p.row);
    byCol.set(p.col, list);
  }
  const out: string[] = [];
  for (const [col, rows] of [...byCol].sort((x, y) => x[0] - y[0])) {
    rows.sort((x, y) => x - y);
    let start = rows[0] as number;
    let prev = start;
    for (const r of [...rows.slice(1), Infinity]) {
      if (r === prev + 1) {
        prev = r;
        continue;
      }
      out.push(start === prev ? cellAddress(start, col) : `${cellAddress(start, col)}:${cellAddress(prev, col)}`);
      start = prev = r;
    }
  }
  return out;
}

/**
 * The writes that fill these cells with one severity's colour: one per `getRanges` group (ExcelApi 1.9), else one
 * per area — each with its estimated bytes, so that many scattered areas below 1.9 are spread over several syncs.
 */
export function markFormatWrites(ws: Excel.Worksheet, cells: readonly string[], severity: Severity, multiArea: boolean): BatchedWrite[] {
  const addFormat = (target: Excel.Range | Excel.RangeAreas) => {
    const cf = target.conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
    cf.custom.rule.formula = `=ISTEXT("${MARK_SIGNATURE}${severity}")`;
    cf.custom.format.fill.color = MARK_COLORS[severity];
  };
  const compact = compactAddresses(cells);
  if (!multiArea) return compact.map((a) => ({ bytes: AREA_FORMAT_BYTES + 2 * a.length, queue: () => addFormat(ws.getRange(a)) }));
  return chunkAddresses(compact).map((group) => {
    const text = group.join(",");
    return { bytes: GROUP_FORMAT_BYTES + 2 * text.length, queue: () => addFormat(ws.getRanges(text)) };
  });
}

/** Deleting one conditional format: its item path, instantiate action and the call. */
export const FORMAT_DELETE_BYTES = CELL_OP_BYTES;

/** Queues loading a sheet's conditional formats: id, type and a custom rule's formula. */
export function queueFormatScan(ws: Excel.Worksheet): Excel.ConditionalFormatCollection {
  const cfs = ws.getRange().conditionalFormats;
  cfs.load("items/id,items/type,items/customOrNullObject/rule/formula");
  return cfs;
}

/** PhuLuc's conditional formats, by signature. */
export function ourFormats(cfs: Excel.ConditionalFormatCollection): Excel.ConditionalFormat[] {
  return cfs.items.filter(
    (cf) =>
      String(cf.type) === "Custom" &&
      !cf.customOrNullObject.isNullObject &&
      (cf.customOrNullObject.rule.formula ?? "").includes(MARK_SIGNATURE),
  );
}

/**
 * A custom rule without a formula that was not there before this run (`known`: the ids seen at its start): a
 * write that failed between adding PhuLuc's rule and setting its formula left it. An empty-formula rule that was
 * there before is not ours to judge (another add-in may keep one) and stays.
 */
function halfWritten(cfs: Excel.ConditionalFormatCollection, known: ReadonlySet<string>): Excel.ConditionalFormat[] {
  return cfs.items.filter(
    (cf) =>
      String(cf.type) === "Custom" &&
      !cf.customOrNullObject.isNullObject &&
      (cf.customOrNullObject.rule.formula ?? "") === "" &&
      !known.has(cf.id),
  );
}

/**
 * After a failed write: removes PhuLuc's conditional formats from these sheets, and the half-written ones this run
 * left (1 sync to find them, then deletes in syncs under the budget: below ExcelApi 1.9 there is one per area).
 */
export async function removeOurFormats(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  known: ReadonlySet<string>,
): Promise<void> {
  const scans = sheets.map((ws) => queueFormatScan(ws));
  await context.sync();
  const doomed = scans.flatMap((cfs) => [...ourFormats(cfs), ...halfWritten(cfs, known)]);
  for (const chunk of chunkByBytes(doomed, () => FORMAT_DELETE_BYTES, DEFAULT_BUDGET_BYTES)) {
    for (const cf of chunk) cf.delete();
    // Clean-up after a failure, chunked like the writes it undoes.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
}
