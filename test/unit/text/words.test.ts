import { LANGS, langSchema } from "../../../src/core/text/lang";
import { fill } from "../../../src/core/text/template";
import { formatMessage } from "../../../src/core/validate/validate";
import { msg } from "../../../src/cli/messages";
import { t } from "../../../src/taskpane/i18n";
import { EXCEL_ERROR_MESSAGES } from "../../../src/excel/errors";
import { readdirSync, readFileSync } from "fs";
import { join } from "path";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe("one language type", () => {
  test("the boundary schema takes exactly vi and en, Vietnamese first", () => {
    expect(LANGS).toEqual(["vi", "en"]);
    expect(langSchema.safeParse("vi").success).toBe(true);
    expect(langSchema.safeParse("en").success).toBe(true);
    for (const bad of ["VI", "fr", "", "vi-VN"]) expect(langSchema.safeParse(bad).success).toBe(false);
  });

  test("Lang is declared once, in src/core/text/lang.ts; every other module imports it", () => {
    const root = join(__dirname, "../../../src");
    const declaring = sources(root).filter((f) => /\btype Lang\s*=|\binterface Lang\b|\benum Lang\b/.test(readFileSync(f, "utf8")));
    expect(declaring.map((f) => f.slice(root.length + 1))).toEqual(["core/text/lang.ts"]);
  });

  test("every table of words has both languages", () => {
    for (const lang of LANGS) expect(Object.keys(EXCEL_ERROR_MESSAGES[lang]).sort()).toEqual(Object.keys(EXCEL_ERROR_MESSAGES.vi).sort());
  });
});

describe("fill: the one template filler", () => {
  test("positional and named arguments", () => {
    expect(fill("Dòng {0} của {1}", ["5", "Sheet1"])).toBe("Dòng 5 của Sheet1");
    expect(fill("{1} trước {0}", [1, 2])).toBe("2 trước 1");
    expect(fill("Giá trị {value}, gợi ý {suggestion}", { value: "“a”", suggestion: "“b”" })).toBe("Giá trị “a”, gợi ý “b”");
    expect(fill("{0}{0}", [0])).toBe("00");
  });

  test("a missing argument leaves its placeholder as written; an empty string is an argument", () => {
    expect(fill("Dòng {0} của {1}", ["5"])).toBe("Dòng 5 của {1}");
    expect(fill("Dòng {0} của {1}", ["5", undefined])).toBe("Dòng 5 của {1}");
    expect(fill("Dòng {0} của {1}", ["5", ""])).toBe("Dòng 5 của ");
    expect(fill("{value} / {suggestion}", { value: "x", suggestion: undefined })).toBe("x / {suggestion}");
    expect(fill("{value} / {other}", { value: "x" })).toBe("x / {other}");
  });

  test("only the arguments' own entries count: {length}, {constructor}, a name against a list", () => {
    expect(fill("{length} {0}", ["a"])).toBe("{length} a");
    expect(fill("{constructor} {toString}", {})).toBe("{constructor} {toString}");
    expect(fill("{name}", ["a"])).toBe("{name}");
    expect(fill("{0}", { value: "x" })).toBe("{0}");
  });

  test("text that is not a placeholder stays: JSON in a usage line, lone braces", () => {
    expect(fill('{ "rules": {} } {0}', ["x"])).toBe('{ "rules": {} } x');
    expect(fill("{ 0 } {", ["x"])).toBe("{ 0 } {");
  });

  test("the command line, the pane and the catalog all fill the same way", () => {
    // cli: "badLang" is "--lang chỉ nhận vi hoặc en: {0}"
    expect(msg("vi", "badLang", "fr")).toBe("--lang chỉ nhận vi hoặc en: fr");
    expect(msg("en", "badLang")).toBe("--lang takes vi or en: {0}");
    // pane: "previewRowsCut" is "Showing the first {0} of {1} rows."
    expect(t("en", "previewRowsCut", 100)).toBe("Showing the first 100 of {1} rows.");
    // catalog: the rule's value is filled in by name
    const m = formatMessage("UNPARSEABLE_DEADLINE", "vi", { value: "khi nào xong" });
    expect(m).toContain("khi nào xong");
    expect(m).not.toMatch(/\{value\}/);
  });
});
