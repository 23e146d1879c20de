/**
 * Splits a list of A1 addresses into comma-joined groups short enough for one `getRanges` call: Excel
 * refuses an over-long multi-area address string, so marks and summary formats are applied group by group.
 */
export function chunkAddresses(addresses: readonly string[], maxChars = 1500): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  let len = 0;
  for (const a of addresses) {
    if (cur.length && len + a.length + 1 > maxChars) {
      out.push(cur);
      cur = [];
      len = 0;
    }
    cur.push(a);
    len += a.length + 1;
  }
  if (cur.length) out.push(cur);
  return out;
}
