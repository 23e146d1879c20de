/**
 * The merged areas of a sheet, read apart from its values.
 *
 * `Range.getMergedAreasOrNullObject` (ExcelApi 1.13) is documented to "fail to return the result" when the range
 * holds more than 512 merged areas (no error code is documented), and it returns only the areas whose top-left
 * cell lies in the range (office-js issue #3611, "by design"). So:
 *  1. the whole sheet is asked first, in the same sync as the values (one sync for an ordinary plan); a title
 *     merged wider than the data is found because the range is the whole sheet;
 *  2. when that call fails, or answers more than 512 areas or fewer items than its `areaCount`, the rows are read
 *     in bands of whole rows (every column, so wide titles still count), several bands per sync; a band that
 *     fails is halved, down to a single row;
 *  3. if even that fails (a row with more than 512 merged areas, or a failure that is not about size), the read
 *     goes on without merges: `known: false` with a reason the pane can show, the engine's limited mode.
 * Each area is found in exactly one band (the one holding its top-left cell); duplicates are dropped anyway, in
 * case a host returns every intersecting area.
 */
import type { MergedArea } from "../core/workbook/model";
import type { Lang } from "./errors";
import { isSizeLikeError } from "./byte-budget";

/** Excel's documented limit for one getMergedAreasOrNullObject call. */
export const MAX_MERGED_AREAS_PER_CALL = 512;
/** Excel's last column (XFD): bands span whole rows. */
const SHEET_COLUMNS = 16384;
/** Bands asked in one sync: 512 areas answer about 40 KB, so 32 bands stay far under the response budget. */
const BANDS_PER_SYNC = 32;
/** The first split after the whole sheet failed. */
const FIRST_BANDS = 8;
/** A bound on the band syncs, so a host that keeps failing cannot make the read hang. */
const MAX_BAND_SYNCS = 60;

export const AREA_PROPS = "items/rowIndex,items/columnIndex,items/rowCount,items/columnCount";

/** Why merged areas are unknown: the host has no API for them, too many of them in one row, or Excel failed. */
export type MergesUnknownReason = "noApi" | "tooMany" | "failed";

export interface MergesRead {
  readonly merges: MergedArea[];
  readonly known: boolean;
  readonly reason?: MergesUnknownReason;
  /** Syncs spent on bands (0 when the whole-sheet call was enough). */
  readonly syncs: number;
}

const MESSAGES: Record<Lang, Record<MergesUnknownReason, string>> = {
  vi: {
    noApi:
      "Phiên bản Excel này không cho đọc các ô gộp (cần ExcelApi 1.13). PhuLuc vẫn kiểm tra, nhưng có thể nhận bảng kém hơn và không báo ô trống nằm trong vùng gộp.",
    tooMany:
      "Trang tính có quá nhiều vùng ô gộp trên một dòng (Excel trả về tối đa 512 vùng mỗi lần) nên PhuLuc không đọc được các ô gộp. Kết quả kiểm tra có thể kém chính xác hơn; hãy bỏ gộp ô không cần thiết rồi kiểm tra lại.",
    failed:
      "Excel không trả về được các vùng ô gộp của trang tính nên PhuLuc kiểm tra mà không biết ô nào được gộp. Kết quả có thể kém chính xác hơn; hãy thử lại.",
  },
  en: {
    noApi:
      "This version of Excel cannot report merged cells (ExcelApi 1.13 is needed). PhuLuc still checks the sheet, but may recognise the table less well and does not report blank cells inside merged areas.",
    tooMany:
      "The sheet has too many merged areas in one row for Excel to return (at most 512 per call), so PhuLuc could not read its merged cells. The check may be less accurate; unmerge cells that need not be merged and check again.",
    failed:
      "Excel could not return the sheet's merged areas, so PhuLuc checked it without knowing which cells are merged. The result may be less accurate; try again.",
  },
};

/** The text the pane shows when merges are unknown. */
export function mergesUnknownMessage(reason: MergesUnknownReason, lang: Lang = "vi"): string {
  return MESSAGES[lang][reason];
}

/** Queues the whole-sheet call (areaCount and the areas). */
export function queueWholeSheetMerges(ws: Excel.Worksheet): Excel.RangeAreas {
  const merged = ws.getRange().getMergedAreasOrNullObject();
  merged.load("areaCount");
  merged.areas.load(AREA_PROPS);
  return merged;
}

function areasOf(merged: Excel.RangeAreas): MergedArea[] {
  return merged.areas.items.map((a) => ({
    top: a.rowIndex,
    left: a.columnIndex,
    bottom: a.rowIndex + a.rowCount - 1,
    right: a.columnIndex + a.columnCount - 1,
  }));
}

/** The areas of a synced call, or null when its answer cannot be complete (over the limit, or items missing). */
export function completeAreas(merged: Excel.RangeAreas): MergedArea[] | null {
  if (merged.isNullObject) return [];
  if (merged.areaCount > MAX_MERGED_AREAS_PER_CALL || merged.areas.items.length !== merged.areaCount) return null;
  return areasOf(merged);
}

interface Band {
  readonly top: number;
  readonly rows: number;
}

function split(top: number, rows: number, parts: number): Band[] {
  const size = Math.max(1, Math.ceil(rows / parts));
  const out: Band[] = [];
  for (let r = top; r < top + rows; r += size) out.push({ top: r, rows: Math.min(size, top + rows - r) });
  return out;
}

/**
 * Reads the merged areas of rows 0..lastRow in bands. Runs its own syncs (a loop by nature: how many bands are
 * needed is known only from Excel's answers).
 */
export async function readMergesInBands(context: Excel.RequestContext, ws: Excel.Worksheet, lastRow: number): Promise<MergesRead> {
  const found = new Map<string, MergedArea>();
  const queue = split(0, lastRow + 1, FIRST_BANDS);
  let perSync = BANDS_PER_SYNC;
  let syncs = 0;
  const unknown = (reason: MergesUnknownReason): MergesRead => ({ merges: [], known: false, reason, syncs });
  while (queue.length) {
    if (syncs >= MAX_BAND_SYNCS) return unknown("failed");
    const batch = queue.splice(0, perSync);
    const calls = batch.map((b) => {
      const merged = ws.getRangeByIndexes(b.top, 0, b.rows, SHEET_COLUMNS).getMergedAreasOrNullObject();
      merged.load("areaCount");
      merged.areas.load(AREA_PROPS);
      return merged;
    });
    try {
      syncs++;
      // Bands only after the whole-sheet call failed: their number depends on Excel's answers.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (!isSizeLikeError(e) && (e as { code?: string } | null)?.code !== "InvalidOperation") return unknown("failed");
      if (batch.length === 1 && (batch[0] as Band).rows === 1) return unknown("tooMany");
      // Which band failed is not said: halve them all, and ask fewer at once.
      perSync = Math.max(1, Math.floor(perSync / 2));
      queue.unshift(...batch.flatMap((b) => (b.rows > 1 ? split(b.top, b.rows, 2) : [b])));
      continue;
    }
    for (const [i, merged] of calls.entries()) {
      const areas = completeAreas(merged);
      const band = batch[i] as Band;
      if (areas === null) {
        if (band.rows === 1) return unknown("tooMany");
        queue.unshift(...split(band.top, band.rows, 2));
        continue;
      }
      for (const a of areas) found.set(`${a.top},${a.left}`, a);
    }
  }
  const merges = [...found.values()].sort((a, b) => a.top - b.top || a.left - b.left);
  return { merges, known: true, syncs };
}
