/**
 * A deadline cell longer than any deadline (a paste gone wrong) is reported unread with its reason, not read at
 * length and not taken for blank; up to the limit every phrase is still read.
 */
import { parseDeadline } from "../../../src/core/deadline";
import { MAX_DEADLINE_CHARS } from "../../../src/core/deadline/parse";

const repeated = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

describe("deadline cells beyond MAX_DEADLINE_CHARS", () => {
  it("a 32,767-character cell (Excel's longest) is not understood, with the reason too-long", () => {
    const text = repeated("Quý IV năm 2021; ", 32_767);
    const r = parseDeadline(text);
    expect(r.understood).toBe(false);
    expect(r.milestones).toEqual([]);
    expect(r.problems).toEqual([{ text, reason: "too-long" }]);
  });

  it("a cell just within the limit is read phrase by phrase", () => {
    const unit = "Quý IV năm 2021; ";
    const text = unit.repeat(Math.floor(MAX_DEADLINE_CHARS / unit.length));
    expect(text.length).toBeLessThanOrEqual(MAX_DEADLINE_CHARS);
    const r = parseDeadline(text);
    expect(r.understood).toBe(true);
    expect(r.milestones[0]).toMatchObject({ kind: "quarter", due: "2021-12-31" });
  });

  it("a long run of blanks and punctuation stays a blank cell (MISSING_DEADLINE), not a too-long one", () => {
    const r = parseDeadline(" ;\n".repeat(5_000));
    expect(r.understood).toBe(false);
    expect(r.problems).toBeUndefined();
    expect(r.unparsed).toEqual([]);
  });
});
