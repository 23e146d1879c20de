import { ExcelAdapterError, excelErrorKey, excelErrorMessage, toAdapterError, EXCEL_ERROR_MESSAGES } from "../../../src/excel/errors";
import {
  DEFAULT_ADDIN_SETTINGS,
  clearAddinSettings,
  loadAddinSettings,
  parseStoredSettings,
  saveAddinSettings,
} from "../../../src/excel/settings-store";
import { FakeExcel, FakeOfficeError, emptyWorkbook } from "../../../sim/fake-excel";

describe("settings store", () => {
  const settings = {
    settings: { planPeriod: "2021-2025", rules: { MISSING_PRODUCT: { enabled: false }, MULTIPLE_LEADS: { severity: "info" } } },
    userAgencies: [{ canonical: "Ban Quản lý Khu kinh tế tỉnh", aliases: ["BQL KKT", "Ban QLKKT"] }],
  };

  it("round-trips through the workbook (2 syncs each way) and survives reopening", async () => {
    const fake = new FakeExcel(emptyWorkbook());
    expect(await loadAddinSettings(fake.host)).toEqual({ status: "default", value: DEFAULT_ADDIN_SETTINGS });
    expect(fake.syncCount).toBe(1);
    fake.resetStats();
    const saved = await saveAddinSettings(settings as never, fake.host);
    expect(fake.syncCount).toBe(2);
    const reopened = new FakeExcel(fake.snapshot());
    const loaded = await loadAddinSettings(reopened.host);
    expect(reopened.syncCount).toBe(2);
    expect(loaded).toEqual({ status: "stored", value: saved });
    expect(loaded.value.userAgencies[0]?.aliases).toEqual(["BQL KKT", "Ban QLKKT"]);
    // Saving again replaces, never duplicates.
    await saveAddinSettings({ settings: {} }, fake.host);
    expect(fake.state.customXmlParts).toHaveLength(1);
    await clearAddinSettings(fake.host);
    expect(fake.state.customXmlParts).toHaveLength(0);
  });

  it("corrupt stored JSON or an invalid shape gives status invalid with reasons and the defaults, never a crash", async () => {
    const fake = new FakeExcel(emptyWorkbook());
    fake.state.customXmlParts.push({
      id: "{X}",
      namespaceUri: "urn:phuluc:settings:1",
      xml: '<phuluc xmlns="urn:phuluc:settings:1">{"version":1,</phuluc>',
    });
    const bad = await loadAddinSettings(fake.host);
    expect(bad.status).toBe("invalid");
    expect(bad.value).toEqual(DEFAULT_ADDIN_SETTINGS);
    const wrong = parseStoredSettings('<phuluc xmlns="urn:phuluc:settings:1">{"version":1,"settings":{"planPeriod":"next year"}}</phuluc>');
    expect(wrong.status).toBe("invalid");
    expect(wrong.status === "invalid" && wrong.problems[0]).toMatch(/planPeriod/);
    expect(parseStoredSettings("<other/>").status).toBe("invalid");
  });

  it("refuses to save invalid settings with a settingsInvalid error", async () => {
    const fake = new FakeExcel(emptyWorkbook());
    const err = await saveAddinSettings({ settings: { planPeriod: "abc" } } as never, fake.host).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelAdapterError);
    expect((err as ExcelAdapterError).key).toBe("settingsInvalid");
    expect(fake.syncCount).toBe(0);
  });

  it("keeps text with XML special characters intact", async () => {
    const fake = new FakeExcel(emptyWorkbook());
    await saveAddinSettings({ settings: {}, userAgencies: [{ canonical: 'Sở <A> & "B" ]]>', aliases: [] }] }, fake.host);
    expect((await loadAddinSettings(fake.host)).value.userAgencies[0]?.canonical).toBe('Sở <A> & "B" ]]>');
  });
});

describe("error mapping", () => {
  it.each([
    ["AccessDenied", "sheetProtected"],
    ["InvalidOperationInCellEditMode", "cellEditMode"],
    ["RequestPayloadSizeLimitExceeded", "payloadTooLarge"],
    ["ResponsePayloadSizeLimitExceeded", "payloadTooLarge"],
    ["ItemNotFound", "notFound"],
    ["InvalidSelection", "invalidSelection"],
    ["ApiNotFound", "apiNotSupported"],
    ["GeneralException", "generic"],
  ])("%s → %s", (code, key) => {
    const e = new FakeOfficeError(code, "x");
    expect(excelErrorKey(e)).toBe(key);
    expect(toAdapterError(e)).toMatchObject({ key, code });
  });

  it("reads the code from debugInfo and the text when there is no code; plain errors are generic", () => {
    expect(excelErrorKey({ debugInfo: { code: "AccessDenied" } })).toBe("sheetProtected");
    expect(excelErrorKey(new Error("The cell is on a protected sheet."))).toBe("sheetProtected");
    expect(excelErrorKey(new Error("boom"))).toBe("generic");
    expect(excelErrorKey(undefined)).toBe("generic");
  });

  it("has Vietnamese and English text for every key", () => {
    const keys = Object.keys(EXCEL_ERROR_MESSAGES.vi);
    expect(Object.keys(EXCEL_ERROR_MESSAGES.en).sort()).toEqual([...keys].sort());
    for (const k of keys) {
      expect(EXCEL_ERROR_MESSAGES.vi[k as keyof typeof EXCEL_ERROR_MESSAGES.vi]).not.toBe("");
      expect(EXCEL_ERROR_MESSAGES.en[k as keyof typeof EXCEL_ERROR_MESSAGES.en]).not.toBe("");
    }
    expect(excelErrorMessage(new FakeOfficeError("AccessDenied", "x"))).toMatch(/bảo vệ/);
    expect(excelErrorMessage(new FakeOfficeError("AccessDenied", "x"), "en")).toMatch(/protected/);
    expect(excelErrorMessage("cellEditMode", "vi")).toMatch(/sửa ô/);
  });
});
