import { parseDeadline } from "../../../src/core/deadline";
import { CORPUS } from "./corpus.data";
import { strip } from "./expect";

const understood = CORPUS.filter((c) => !c.reject && !c.unparsed);
const rejected = CORPUS.filter((c) => c.reject);
const partial = CORPUS.filter((c) => c.unparsed);

const plan = (p?: [number, number]) => (p ? { planPeriod: { from: p[0], to: p[1] } } : {});

describe("corpus of real-world phrasings", () => {
  test("has at least 200 phrasings, 40 of them not to be understood", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(200);
    expect(rejected.length + partial.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CORPUS.map((c) => `${c.text}|${c.plan}`)).size).toBe(CORPUS.length);
  });

  test.each(understood.map((c) => [JSON.stringify(c.text), c.plan?.join("–") ?? "-", c] as const))(
    "understood: %s (plan %s)",
    (_t, _p, c) => {
      const r = parseDeadline(c.text, plan(c.plan));
      expect({ understood: r.understood, unparsed: r.unparsed, milestones: strip(r.milestones) }).toStrictEqual({
        understood: true,
        unparsed: [],
        milestones: c.expect,
      });
      expect(r.problems).toBeUndefined();
    },
  );

  test.each(rejected.map((c) => [JSON.stringify(c.text), c.reject, c] as const))("not understood: %s (%s)", (_t, reason, c) => {
    const r = parseDeadline(c.text, plan(c.plan));
    const fragment = r.unparsed[0];
    expect(r).toStrictEqual({
      text: c.text,
      understood: false,
      milestones: [],
      unparsed: [fragment],
      problems: [{ text: fragment, reason }],
    });
  });

  test.each(partial.map((c) => [JSON.stringify(c.text), c] as const))("read in part: %s", (_t, c) => {
    const r = parseDeadline(c.text, plan(c.plan));
    expect(r.understood).toBe(false);
    expect(strip(r.milestones)).toStrictEqual(c.expect);
    expect(r.unparsed).toEqual(c.unparsed);
  });
});

describe("blank cells", () => {
  test.each(["", "   ", "\n\n", "-", ";", " - ; \n • "])("%j is missing, not unreadable", (text) => {
    expect(parseDeadline(text)).toStrictEqual({ text, understood: false, milestones: [], unparsed: [] });
  });
});
