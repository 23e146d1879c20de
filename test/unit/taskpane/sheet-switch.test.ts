import { sheetSwitch } from "../../../src/taskpane/model/sheet-switch";

describe("following the active sheet", () => {
  const plan = "KH CCHC 2021";
  const summary = "Tổng hợp theo quý";

  it("switches when the user is on another sheet than the pane's table", () => {
    expect(sheetSwitch(summary, { tableSheet: plan, opened: null })).toBe("switch");
    expect(sheetSwitch(plan, { tableSheet: summary, opened: null })).toBe("switch");
    // Before the first read there is no table sheet: whatever is active is new.
    expect(sheetSwitch(plan, { tableSheet: null, opened: null })).toBe("switch");
  });

  it("does nothing when the table's sheet is active (again)", () => {
    expect(sheetSwitch(plan, { tableSheet: plan, opened: null })).toBe("same");
    // The user left the sheet the pane had opened and came back to the plan.
    expect(sheetSwitch(plan, { tableSheet: plan, opened: summary })).toBe("same");
  });

  it("keeps the pane as it is on a sheet it opened itself", () => {
    expect(sheetSwitch(summary, { tableSheet: plan, opened: summary })).toBe("own");
    expect(sheetSwitch(plan, { tableSheet: plan, opened: plan })).toBe("own");
    // Another sheet than the one opened is the user's move.
    expect(sheetSwitch("Danh mục", { tableSheet: plan, opened: summary })).toBe("switch");
  });
});
