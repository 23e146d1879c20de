/**
 * manifest.xml against what the code and the assets really are: icon files of the sizes the manifest reference
 * requires (IconUrl 32 × 32 and HighResolutionIconUrl 64 × 64 for a task pane add-in; ribbon images as their size
 * attribute says), and the requirement set the manifest asks for is the one the code needs — everything works at
 * it in the simulated Excel (which refuses APIs above its level), and one step below something PhuLuc does fails.
 */
import { readFileSync } from "fs";
import path from "path";
import { readWorkbookFile } from "../../../src/cli/xlsx/read";
import { DEFAULT_ADDIN_SETTINGS, MINIMUM_EXCEL_API, requirementReport, saveAddinSettings } from "../../../src/excel";
import { agencyChoices, checkPlan, markOnSheet, readTable, removeMarks, writeSummaries } from "../../../src/taskpane/actions";
import { FakeExcel } from "../../../sim/fake-excel";

const ROOT = path.join(__dirname, "../../..");
const manifest = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const ORIGIN = "https://localhost:3000/";

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString("latin1")).toBe("PNG");
  expect(b.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function assetOf(url: string): string {
  expect(url.startsWith(ORIGIN)).toBe(true);
  return path.join(ROOT, url.slice(ORIGIN.length));
}

describe("manifest icons", () => {
  it("IconUrl is 32 × 32 and HighResolutionIconUrl 64 × 64", () => {
    const icon = /<IconUrl DefaultValue="([^"]+)"/.exec(manifest)?.[1] ?? "";
    const high = /<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(manifest)?.[1] ?? "";
    expect(pngSize(assetOf(icon))).toEqual({ width: 32, height: 32 });
    expect(pngSize(assetOf(high))).toEqual({ width: 64, height: 64 });
  });

  it("every ribbon image has the size its bt:Image size attribute names", () => {
    const resources = new Map([...manifest.matchAll(/<bt:Image id="([^"]+)" DefaultValue="([^"]+)"/g)].map((m) => [m[1], m[2]]));
    const uses = [...manifest.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"/g)];
    expect(uses.length).toBeGreaterThanOrEqual(8);
    for (const [, size, resid] of uses) {
      const url = resources.get(resid as string);
      expect(url).toBeDefined();
      expect(pngSize(assetOf(url as string))).toEqual({ width: Number(size), height: Number(size) });
    }
  });
});

describe("the requirement set", () => {
  it("the manifest asks for MINIMUM_EXCEL_API, the floor the pane checks", () => {
    expect(/<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(manifest)?.[1]).toBe(MINIMUM_EXCEL_API);
    expect(/<Sets DefaultMinVersion="([\d.]+)">/.exec(manifest)?.[1]).toBe(MINIMUM_EXCEL_API);
    expect(requirementReport(new FakeExcel(undefined, { apiVersion: MINIMUM_EXCEL_API }).host).minimum).toBe(true);
    expect(requirementReport(new FakeExcel(undefined, { apiVersion: "1.3" }).host).minimum).toBe(false);
  });

  async function everything(apiVersion: string): Promise<void> {
    const fake = FakeExcel.fromWorkbookData((await readWorkbookFile(path.join(ROOT, "test/fixtures/gia-lai-2021.xlsx"))).data, {
      apiVersion,
    });
    const state = await readTable(DEFAULT_ADDIN_SETTINGS, fake.host);
    const check = await checkPlan(state, "vi", fake.host);
    if (!check.state.table) throw new Error("no table");
    await markOnSheet(check.issues, check.state.sheet, "vi", fake.host);
    await removeMarks(fake.host);
    const choices = agencyChoices(check.tasks);
    await writeSummaries(check.state.table, check.tasks, choices, new Set(choices.slice(0, 1).map((c) => c.key)), fake.host);
    await saveAddinSettings(DEFAULT_ADDIN_SETTINGS, fake.host);
  }

  it(`everything PhuLuc does works at ExcelApi ${MINIMUM_EXCEL_API}; one step below, something it needs is missing`, async () => {
    await expect(everything(MINIMUM_EXCEL_API)).resolves.toBeUndefined();
    const [major, minor] = MINIMUM_EXCEL_API.split(".").map(Number) as [number, number];
    await expect(everything(`${major}.${minor - 1}`)).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
