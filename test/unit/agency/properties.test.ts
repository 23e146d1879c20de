import fc from "fast-check";
import { agencyKey, createDirectory, parseAgencyCell } from "../../../src/core/agency";

const directory = createDirectory();

// Named agencies (not groups, not patterns) that are in use and whose names contain no list joints of
// their own at the ends; all of them, so the property covers the whole directory.
const NAMED = directory
  .all()
  .filter((e) => e.kind === "agency")
  .map((e) => e.canonical);

const SEPARATORS = ["; ", ";", "\n", "\n- ", "\n+ ", "\n• ", ", ", " , ", " và ", ",\u00a0", " ;\n"];

describe("properties", () => {
  test("random text never throws and always gives well-formed agencies", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        const refs = parseAgencyCell(text, directory);
        for (const r of refs) {
          expect(typeof r.text).toBe("string");
          expect(typeof r.canonical).toBe("string");
          expect(r.canonical.length).toBeGreaterThan(0);
          if (!r.known) expect(r.group).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });

  test("random Vietnamese-looking text with separators never throws and gives agencies named from the cell", () => {
    const words = fc.constantFrom(
      "Sở",
      "các",
      "và",
      ",",
      ";",
      ":",
      "(",
      ")",
      "UBND",
      "cấp",
      "huyện",
      "xã",
      "Tư",
      "pháp",
      "-",
      "\n",
      "TT&TT",
      "Các sở:",
      "phường",
      "Nguyễn",
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 40 }), (parts) => {
        const refs = parseAgencyCell(parts.join(" "), directory);
        for (const r of refs) {
          expect(r.canonical.length).toBeGreaterThan(0);
          // Each agency keeps the words it was written with, cleaned: never an empty or padded name.
          expect(r.text.length).toBeGreaterThan(0);
          expect(r.text).toBe(r.text.trim());
          if (!r.known) expect(r.group).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });

  test("splitting then joining loses no named agency", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...NAMED), { minLength: 1, maxLength: 6, selector: (n) => agencyKey(n) }),
        fc.array(fc.constantFrom(...SEPARATORS), { minLength: 6, maxLength: 6 }),
        (names, seps) => {
          const cell = names.map((n, i) => (i === 0 ? n : seps[i % seps.length] + n)).join("");
          const got = parseAgencyCell(cell, directory).map((r) => r.canonical);
          expect(got).toEqual(names);
        },
      ),
      { numRuns: 500 },
    );
  });

  test("case, NFD and spacing never change the reading", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...NAMED), { minLength: 1, maxLength: 4, selector: (n) => agencyKey(n) }),
        fc.constantFrom<(s: string) => string>(
          (s) => s.toUpperCase(),
          (s) => s.toLowerCase(),
          (s) => s.normalize("NFD"),
          (s) => s.replace(/ /g, "  "),
          (s) => s.replace(/ /g, "\u00a0"),
        ),
        (names, change) => {
          const cell = names.join("; ");
          const plain = parseAgencyCell(cell, directory).map((r) => r.canonical);
          expect(parseAgencyCell(change(cell), directory).map((r) => r.canonical)).toEqual(plain);
        },
      ),
      { numRuns: 300 },
    );
  });
});
