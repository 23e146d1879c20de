// The simulated Excel the preview runs the pane against (sim/fake-excel), and what the grid needs from it.
export { installFakeOffice, displayText, parseArea, parseAreaList, columnLetter, cellKey, workbookFromData } from "../../sim/fake-excel";
export type { FakeCell, FakeConditionalFormat, FakeExcel, FakeSheet, FakeWorkbookState } from "../../sim/fake-excel";
export { SHEET_MARKER_KEY as SHEET_MARKER } from "../excel/summary-writer";
