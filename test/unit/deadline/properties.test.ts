import fc from "fast-check";
import { isExists } from "date-fns";
import { DeadlineResult, parseDeadline } from "../../../src/core/deadline";

/**
 * Properties that must hold for any input: no exception, due dates are real days in 1990–2100, a dated
 * milestone's quarter holds its due date, and "understood" means exactly what the contract says.
 */

// The words deadlines are made of, plus look-alikes and noise, to build near-phrases at random.
const WORDS = [
  "Quý",
  "Quí",
  "quy",
  "Quỹ",
  "Q",
  "I",
  "II",
  "III",
  "IV",
  "V",
  "VI",
  "tháng",
  "thang",
  "thắng",
  "năm",
  "nam",
  "nằm",
  "ngày",
  "ngay",
  "tuần",
  "trước",
  "truoc",
  "sau",
  "sau khi",
  "từ",
  "đến",
  "đến hết",
  "trong",
  "vào",
  "cuối",
  "đầu",
  "giữa",
  "hằng",
  "hàng",
  "mỗi",
  "định kỳ",
  "thường xuyên",
  "liên tục",
  "báo cáo",
  "kế hoạch",
  "năm báo cáo",
  "năm kế hoạch",
  "theo",
  "theo quy định",
  "và",
  "hoặc",
  "các năm tiếp theo",
  "trở đi",
  "bắt đầu",
  "6 tháng",
  "đột xuất",
  "Ban hành",
  "Việt Nam",
  "giai đoạn",
  "-",
  "–",
  "/",
  ".",
  ",",
  ";",
  ":",
  "\n",
  "- ",
  "(",
  ")",
  "0",
  "1",
  "4",
  "5",
  "6",
  "12",
  "13",
  "25",
  "29",
  "30",
  "31",
  "32",
  "02",
  "21",
  "1989",
  "1990",
  "2017",
  "2021",
  "2022",
  "2025",
  "2100",
  "2101",
  "20211",
];

const phrase = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 10 })
  .chain((ws) =>
    fc
      .array(fc.constantFrom(" ", "", "/", " / ", "\u00a0"), { minLength: ws.length, maxLength: ws.length })
      .map((seps) => ws.map((w, i) => w + seps[i]).join("")),
  );

// Dates written with random numbers in the shapes plans use, to hit the calendar edge cases.
const numericDate = fc
  .tuple(
    fc.integer({ min: 0, max: 40 }),
    fc.integer({ min: 0, max: 14 }),
    fc.integer({ min: 1900, max: 2200 }),
    fc.constantFrom("/", "-", "."),
  )
  .map(([d, m, y, s]) => `${d}${s}${m}${s}${y}`);
const periodPhrase = fc
  .tuple(
    fc.constantFrom("Quý", "Tháng", "trước tháng", "Trước quý", "6 tháng đầu năm", "Năm"),
    fc.integer({ min: 0, max: 14 }),
    fc.integer({ min: 1980, max: 2110 }),
  )
  .map(([w, n, y]) => (w.endsWith("năm") || w === "Năm" ? `${w} ${y}` : `${w} ${n}/${y}`));

const plans = fc.option(
  fc
    .integer({ min: 1990, max: 2100 })
    .chain((from) => fc.integer({ min: from, max: Math.min(2100, from + 10) }).map((to) => ({ from, to }))),
  { nil: undefined },
);

const anyText = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), phrase, numericDate, periodPhrase);

function checkInvariants(r: DeadlineResult): void {
  expect(r.understood).toBe(r.milestones.length > 0 && r.unparsed.length === 0);
  expect(r.problems?.map((p) => p.text) ?? []).toEqual(r.unparsed);
  for (const m of r.milestones) {
    if (m.due !== undefined) {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(m.due);
      expect(match).not.toBeNull();
      const [y, mo, d] = [Number(match![1]), Number(match![2]), Number(match![3])];
      expect(isExists(y, mo - 1, d)).toBe(true);
      expect(y).toBeGreaterThanOrEqual(1990);
      expect(y).toBeLessThanOrEqual(2100);
      // a dated milestone lists exactly the quarter that holds its due date
      expect(m.quarters).toEqual([`${y}-Q${Math.ceil(mo / 3)}`]);
    }
    if (m.start !== undefined && m.due !== undefined) expect(m.start < m.due).toBe(true);
    for (const q of m.quarters) expect(q).toMatch(/^\d{4}-Q[1-4]$/);
    if (m.label !== undefined) {
      expect(m.label).not.toMatch(/\d/);
      expect(m.label.toLowerCase()).not.toMatch(/(^|[^\p{L}])(quý|quí|tháng|năm|ngày|tuần)(?![\p{L}])/u);
      expect(m.label.trim()).toBe(m.label);
      expect(m.label.length).toBeGreaterThan(0);
    }
    if (m.kind === "recurring") expect(["year", "quarter", "month", "week"]).toContain(m.every);
    if (m.every === "year" && m.monthDay && m.from !== undefined && m.to !== undefined) {
      const [mm] = m.monthDay.split("-").map(Number);
      for (const q of m.quarters) expect(q.endsWith(`Q${Math.ceil(mm! / 3)}`) || m.monthDay === "12-31").toBe(true);
    }
  }
}

describe("deadline properties", () => {
  test("never throws, and every result keeps the invariants", () => {
    fc.assert(
      fc.property(anyText, plans, (text, planPeriod) => {
        const r = parseDeadline(text, planPeriod ? { planPeriod } : {});
        expect(r.text).toBe(text);
        checkInvariants(r);
      }),
      { numRuns: 3000 },
    );
  });

  test("random date-word mixes: any due date is a real day in 1990–2100 inside its quarter", () => {
    fc.assert(
      fc.property(fc.oneof(phrase, numericDate, periodPhrase), plans, (text, planPeriod) => {
        checkInvariants(parseDeadline(text, planPeriod ? { planPeriod } : {}));
      }),
      { numRuns: 5000 },
    );
  });

  test("NFC or NFD, upper or lower case, NBSP or space: the same due dates", () => {
    fc.assert(
      fc.property(fc.oneof(phrase, periodPhrase, numericDate), (text) => {
        const dues = (t: string) =>
          parseDeadline(t, { planPeriod: { from: 2021, to: 2021 } }).milestones.map((m) => [m.kind, m.due, m.quarters]);
        const base = dues(text);
        expect(dues(text.normalize("NFD"))).toEqual(base);
        expect(dues(text.replace(/ /g, "\u00a0"))).toEqual(base);
        expect(dues(text.toUpperCase())).toEqual(base);
      }),
      { numRuns: 2000 },
    );
  });

  test("a well-formed quarter always reads as that quarter, whatever the spelling", () => {
    const roman = ["I", "II", "III", "IV"];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1990, max: 2100 }),
        fc.constantFrom("Quý", "Quí", "quý", "QUÝ"),
        fc.boolean(),
        fc.constantFrom("/", " /", " năm ", "-"),
        (q, y, word, useRoman, sep) => {
          const r = parseDeadline(`${word} ${useRoman ? roman[q - 1] : q}${sep}${y}`);
          expect(r.understood).toBe(true);
          expect(r.milestones).toHaveLength(1);
          expect(r.milestones[0]!.quarters).toEqual([`${y}-Q${q}`]);
          expect(r.milestones[0]!.kind).toBe("quarter");
        },
      ),
    );
  });
});
