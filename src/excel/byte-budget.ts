/**
 * Keeping every request and response under Excel on the web's 5 MB payload limit.
 *
 * office.js sends a batch as JSON: each object path (`worksheets.getItem("A")`, `.getRange("E12")`,
 * `.dataValidation`) once per request with an "instantiate" action, then one action per property write, method
 * call or load (see sim/fake-excel/payload.ts, modelled on office.js's own serialiser). The constants below are
 * measured on that format; they are deliberately generous, so a real request stays well under the estimate.
 */

/** Excel on the web refuses a request or a response above 5 MB; PhuLuc plans for 4 MB, leaving headroom. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const DEFAULT_BUDGET_BYTES = 4 * 1024 * 1024;

/**
 * Request bytes of one cell-level operation besides its argument: the cell's `getRange` path and its
 * `dataValidation` path (about 100 + 85 bytes with six-digit ids), their two instantiate actions (2 × 55) and the
 * action itself (about 110). Rounded up.
 */
export const CELL_OP_BYTES = 450;

/**
 * Response bytes of a loaded cell besides its text, for `values` + `valueTypes` + `numberFormat`: a comma in each
 * array, the type (`"String"`, 8) and the format (`"General"`, 9), plus room for a custom format. Used only until
 * the first block has been measured.
 */
export const CELL_READ_OVERHEAD_BYTES = 40;
/** A first guess for a cell's text before anything was read: a plan's task cell is about 60 characters. */
export const FIRST_GUESS_CELL_BYTES = CELL_READ_OVERHEAD_BYTES + 120;

const utf8 = new TextEncoder();

/** UTF-8 length of a text, as the payload is sent (Vietnamese letters take 2–3 bytes). */
export function utf8Length(text: string): number {
  return utf8.encode(text).length;
}

export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}

function codeOf(e: unknown): string {
  const o = e as { code?: unknown; debugInfo?: { code?: unknown } } | null;
  const code = o?.code ?? o?.debugInfo?.code;
  return typeof code === "string" ? code : "";
}

/** Excel refused a request or a response for its size. */
export function isPayloadError(e: unknown): boolean {
  const code = codeOf(e);
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/**
 * A failure that a smaller request may avoid: the payload codes, and GeneralException, which Excel on the web
 * often answers for an oversized payload instead (and getMergedAreasOrNullObject above 512 areas may give). Only
 * used where the request is big and can be halved; a GeneralException that persists at the smallest size is
 * passed on.
 */
export function isSizeLikeError(e: unknown): boolean {
  return isPayloadError(e) || codeOf(e) === "GeneralException";
}

/**
 * Request bytes of one object path a write uses (its entry in ObjectPaths and its instantiate action, ids of up to
 * seven digits; the argument, such as a range's address, counted apart) and of one action (a property write or a
 * method call, its argument apart). These are the two parts CELL_OP_BYTES is made of — a cell's range path and
 * validation path (2 × about 155) and the action (about 110) — rounded up the same way. A summary write is costed by
 * counting the paths and actions it queues, as office.js serialises them: below ExcelApi 1.9 every style rectangle
 * has its own `getRange` path and its own format, font, fill and border paths, so it costs what it queues, not a
 * share of one call (test/unit/excel/summary-scale.test.ts measures the estimate against the fake's serialiser,
 * sim/fake-excel/payload.ts).
 */
export const PATH_BYTES = 170;
export const ACTION_BYTES = 130;

/** Estimated request bytes of `paths` object paths and `actions` actions, plus their arguments' bytes. */
export function requestBytes(paths: number, actions: number, argumentBytes = 0): number {
  return paths * PATH_BYTES + actions * ACTION_BYTES + argumentBytes;
}

/** Splits items into consecutive groups whose estimated bytes stay under the budget (an oversized item alone). */
export function chunkByBytes<T>(items: readonly T[], bytesOf: (item: T) => number, budget: number): T[][] {
  const out: T[][] = [];
  let cur: T[] = [];
  let used = 0;
  for (const item of items) {
    const b = bytesOf(item);
    if (cur.length && used + b > budget) {
      out.push(cur);
      cur = [];
      used = 0;
    }
    cur.push(item);
    used += b;
  }
  if (cur.length) out.push(cur);
  return out;
}
