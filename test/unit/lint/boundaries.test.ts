// The rooms' boundaries and the promise rules are lint rules (eslint.config.js); these tests prove they fire.
// Each probe is linted as if it were a file at the given path inside the project, so the path-scoped rules apply
// exactly as they do to real files; nothing is written to disk. Every probe has a clean twin that must pass, so a
// rule that fires on everything (or a probe that fails to parse) cannot make a test pass.
import { ESLint, type Linter } from "eslint";
import { join } from "path";
import ts from "typescript";

const root = join(__dirname, "..", "..", "..");

// Type-aware linting builds the project's TypeScript program once per ESLint instance: legitimately slow on a loaded
// machine, and not what these tests measure.
jest.setTimeout(240_000);

let eslint: ESLint;
beforeAll(() => {
  // The project's own config, handed over as an object: ESLint loads a config file with a dynamic import(), which
  // jest's module sandbox refuses. The object is what that import would return, so the rules are the same.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(join(root, "eslint.config.js")) as Linter.Config[];
  // The probes exist only in memory, so the project service finds them in no tsconfig; it types them with the
  // project's own compiler options instead. Only where the types come from changes, not which rules run.
  const probes: Linter.Config = {
    files: ["src/*/lint-probe.ts", "src/core/*/lint-probe.ts"],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["src/*/lint-probe.ts", "src/core/*/lint-probe.ts"], defaultProject: "tsconfig.json" },
        tsconfigRootDir: root,
      },
    },
  };
  eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: [...config, probes] });
});

async function ruleIds(relativePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, relativePath) });
  if (!result) throw new Error("ESLint returned no result");
  // A parse error has no ruleId; report it as such so that a broken probe fails loudly.
  return result.messages.map((m) => m.ruleId ?? `parse-error: ${m.message}`);
}

describe("import boundaries", () => {
  const core = "src/core/text/lint-probe.ts";

  test.each([
    ["the Excel adapter", 'import { readSheet } from "../../excel/read";\nexport const f = readSheet;\n'],
    ["the CLI", 'import { main } from "../../cli/main";\nexport const f = main;\n'],
    ["the task pane", 'import { Root } from "../../taskpane/components/Root";\nexport const f = Root;\n'],
    ["the preview", 'import * as p from "../../preview/fake";\nexport const f = p;\n'],
    ["ExcelJS", 'import ExcelJS from "exceljs";\nexport const f = ExcelJS;\n'],
    ["React", 'import { useState } from "react";\nexport const f = useState;\n'],
    ["office.js types", 'import type { X } from "@microsoft/office-js";\nexport type F = X;\n'],
    ["Node's fs", 'import { readFileSync } from "fs";\nexport const f = readFileSync;\n'],
    ["Node's node:path", 'import { join } from "node:path";\nexport const f = join;\n'],
    ["test code", 'import * as t from "../../../test/helpers/sheet";\nexport const f = t;\n'],
    ["the simulated Excel", 'import * as s from "../../../sim/fake-excel";\nexport const f = s;\n'],
  ])("src/core importing %s fails lint", async (_what, code) => {
    expect(await ruleIds(core, code)).toContain("@typescript-eslint/no-restricted-imports");
  });

  test("src/core importing its own modules, zod and date-fns passes", async () => {
    const code =
      'import { z } from "zod";\nimport { addDays } from "date-fns";\nimport { normalizeTonePlacement } from "./normalize";\n' +
      "export const f = [z, addDays, normalizeTonePlacement];\n";
    expect(await ruleIds(core, code)).toEqual([]);
  });

  test.each(["window", "document", "Excel", "Office", "localStorage"])("src/core using the global %s fails lint", async (name) => {
    expect(await ruleIds(core, `export const f = () => ${name};\n`)).toContain("no-restricted-globals");
  });

  test("code elsewhere under src importing test code or the simulation fails lint", async () => {
    expect(await ruleIds("src/excel/lint-probe.ts", 'import * as t from "../../test/helpers/sheet";\nexport const f = t;\n')).toContain(
      "@typescript-eslint/no-restricted-imports",
    );
    expect(await ruleIds("src/taskpane/lint-probe.ts", 'import * as s from "../../sim/fake-excel";\nexport const f = s;\n')).toContain(
      "@typescript-eslint/no-restricted-imports",
    );
  });

  test("the preview may use the simulation (its whole job) but not test code", async () => {
    expect(await ruleIds("src/preview/lint-probe.ts", 'import * as s from "../../sim/fake-excel";\nexport const f = s;\n')).toEqual([]);
    expect(await ruleIds("src/preview/lint-probe.ts", 'import * as t from "../../test/helpers/sheet";\nexport const f = t;\n')).toContain(
      "@typescript-eslint/no-restricted-imports",
    );
  });
});

describe("promises (type-aware rules)", () => {
  const file = "src/excel/lint-probe.ts";
  const work = "async function work(): Promise<number> {\n  return 1;\n}\n";

  test("a promise nobody waits for fails lint; awaiting it or marking it with void passes", async () => {
    expect(await ruleIds(file, `${work}export function f(): void {\n  work();\n}\n`)).toEqual(["@typescript-eslint/no-floating-promises"]);
    expect(await ruleIds(file, `${work}export async function f(): Promise<void> {\n  await work();\n}\n`)).toEqual([]);
    expect(await ruleIds(file, `${work}export function f(): void {\n  void work();\n}\n`)).toEqual([]);
  });

  test("a promise where a plain value is expected fails lint", async () => {
    const misused = `${work}export function f(): void {\n  if (work()) return;\n}\n`;
    expect(await ruleIds(file, misused)).toEqual(["@typescript-eslint/no-misused-promises"]);
    const callback = `${work}export function f(items: number[]): void {\n  items.forEach(async () => {\n    await work();\n  });\n}\n`;
    expect(await ruleIds(file, callback)).toEqual(["@typescript-eslint/no-misused-promises"]);
  });
});

describe("the core type-checks without DOM, office.js or Node types (tsconfig.core.json)", () => {
  // The same options `npm run typecheck` uses, applied to a probe file held in memory.
  function diagnostics(code: string): string[] {
    const configPath = join(root, "tsconfig.core.json");
    const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
    const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root, undefined, configPath);
    const probe = join(root, "src", "core", "type-probe.ts");
    const host = ts.createCompilerHost(parsed.options);
    const readFile = host.readFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    const getSourceFile = host.getSourceFile.bind(host);
    host.readFile = (p) => (p === probe ? code : readFile(p));
    host.fileExists = (p) => p === probe || fileExists(p);
    host.getSourceFile = (p, v, ...rest) => (p === probe ? ts.createSourceFile(p, code, v) : getSourceFile(p, v, ...rest));
    const program = ts.createProgram([probe], parsed.options, host);
    return ts.getPreEmitDiagnostics(program, program.getSourceFile(probe)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  }

  test.each([
    ["document", "export const f = () => document.title;\n"],
    ["Excel", "export const f = () => Excel.run;\n"],
    ["Buffer", 'export const f = () => Buffer.from("x");\n'],
  ])("%s is unknown to the core", (name, code) => {
    expect(diagnostics(code).join("\n")).toContain(`Cannot find name '${name}'`);
  });

  test("plain TypeScript with the standard library type-checks", () => {
    expect(diagnostics("export const f = (xs: number[]): string => xs.map((x) => x.toFixed(1)).join(', ');\n")).toEqual([]);
  });
});
