import { datePrecision, partialDateText } from "../../../src/core/workbook/dates";

test.each([
  ["dd/mm/yyyy", "day"],
  ["d/m/yy", "day"],
  ["[$-vi-VN]dd mmmm yyyy", "day"],
  ["mm/yyyy", "month"],
  ["mmm-yy", "month"],
  ['"Tháng "m"/"yyyy', "month"],
  ["yyyy", "year"],
  ["h:mm", "day"],
  ["General", "day"],
  [undefined, "day"],
])("number format %s shows a %s", (format, precision) => {
  expect(datePrecision(format)).toBe(precision);
});

test("partial dates read as the deadline reader expects", () => {
  const d = new Date(Date.UTC(2021, 5, 1));
  expect(partialDateText(d, "month")).toBe("6/2021");
  expect(partialDateText(d, "year")).toBe("2021");
});
