/**
 * The compiler holds the simulation to office.js's published types (@types/office-js): each simulated class may
 * offer only members its Excel class has (no invented API the adapter could come to rely on), and each property
 * it shares must read as a type the real one accepts. A type-only module: `npm run typecheck` fails when the fake
 * drifts from the declarations; nothing here runs.
 */
import type * as O from "./objects";

/** The members a caller can use: the fake's own plumbing starts with "_". */
type PublicKeys<T> = { [K in keyof T]: K extends `_${string}` ? never : K }[keyof T];
/** Members of the fake that its Excel class does not have. */
type Invented<Fake, Real> = Exclude<PublicKeys<Fake>, keyof Real>;
/**
 * Shared scalar properties the fake does not accept as the declarations allow: it must take every value of the
 * real property's type (the adapter writes real-typed values). Methods and navigation properties are not compared
 * here: their parameters and results are the fake's own classes, checked by their own lines below.
 */
type Mistyped<Fake, Real> = {
  [K in PublicKeys<Fake> & keyof Real]: [Fake[K]] extends [object] ? never : [Real[K]] extends [Fake[K]] ? never : K;
}[PublicKeys<Fake> & keyof Real];
/** What is wrong with one simulated class: never when nothing. */
type Conforms<Fake, Real> = Invented<Fake, Real> | Mistyped<Fake, Real>;
/** Compiles only for never; the error names the offending members. */
type Expect<T extends never> = T;

export type OfficeApiChecks = [
  Expect<Conforms<O.FakeApplication, Excel.Application>>,
  // Known drift, listed so that any new one fails (to fix in objects.ts, then drop the exception here):
  // Workbook has no getActiveWorksheet in the declarations (worksheets.getActiveWorksheet() is the real call).
  Expect<Exclude<Conforms<O.FakeWorkbook, Excel.Workbook>, "getActiveWorksheet">>,
  Expect<Conforms<O.FakeWorksheetCollection, Excel.WorksheetCollection>>,
  Expect<Conforms<O.FakeWorksheet, Excel.Worksheet>>,
  Expect<Conforms<O.FakeWorksheetProtection, Excel.WorksheetProtection>>,
  // WorksheetFreezePanes declares no load(); the fake's is its generic ClientObject one.
  Expect<Exclude<Conforms<O.FakeFreezePanes, Excel.WorksheetFreezePanes>, "load">>,
  Expect<Conforms<O.FakePageLayout, Excel.PageLayout>>,
  Expect<Conforms<O.FakeHeaderFooterGroup, Excel.HeaderFooterGroup>>,
  Expect<Conforms<O.FakeHeaderFooter, Excel.HeaderFooter>>,
  Expect<Conforms<O.FakePageBreakCollection, Excel.PageBreakCollection>>,
  // Range.hyperlink is typed Record<string, string> | null in the fake, Excel.RangeHyperlink in the declarations.
  Expect<Exclude<Conforms<O.FakeRange, Excel.Range>, "hyperlink">>,
  Expect<Conforms<O.FakeRangeCollection, Excel.RangeCollection>>,
  Expect<Conforms<O.FakeRangeAreas, Excel.RangeAreas>>,
  Expect<Conforms<O.FakeRangeFormat, Excel.RangeFormat>>,
  Expect<Conforms<O.FakeRangeFill, Excel.RangeFill>>,
  Expect<Conforms<O.FakeRangeFont, Excel.RangeFont>>,
  Expect<Conforms<O.FakeBorderCollection, Excel.RangeBorderCollection>>,
  Expect<Conforms<O.FakeRangeBorder, Excel.RangeBorder>>,
  Expect<Conforms<O.FakeDataValidation_, Excel.DataValidation>>,
  Expect<Conforms<O.FakeConditionalFormatCollection, Excel.ConditionalFormatCollection>>,
  Expect<Conforms<O.FakeConditionalFormat_, Excel.ConditionalFormat>>,
  Expect<Conforms<O.FakeCustomConditionalFormat, Excel.CustomConditionalFormat>>,
  Expect<Conforms<O.FakeConditionalFormatRule, Excel.ConditionalFormatRule>>,
  Expect<Conforms<O.FakeConditionalRangeFormat, Excel.ConditionalRangeFormat>>,
  Expect<Conforms<O.FakeConditionalRangeFill, Excel.ConditionalRangeFill>>,
  Expect<Conforms<O.FakeCustomXmlPartCollection, Excel.CustomXmlPartCollection>>,
  Expect<Conforms<O.FakeCustomXmlPartScopedCollection, Excel.CustomXmlPartScopedCollection>>,
  Expect<Conforms<O.FakeCustomXmlPart_, Excel.CustomXmlPart>>,
  Expect<Conforms<O.FakeCustomPropertyCollection, Excel.CustomPropertyCollection>>,
  Expect<Conforms<O.FakeCustomProperty, Excel.CustomProperty>>,
  Expect<Conforms<O.FakeSettingCollection, Excel.SettingCollection>>,
  Expect<Conforms<O.FakeSetting, Excel.Setting>>,
  Expect<Conforms<O.FakeChartCollection, Excel.ChartCollection>>,
  Expect<Conforms<O.FakeChart_, Excel.Chart>>,
  Expect<Conforms<O.FakeChartTitle, Excel.ChartTitle>>,
  Expect<Conforms<O.FakeChartSeriesCollection, Excel.ChartSeriesCollection>>,
  Expect<Conforms<O.FakeChartSeries_, Excel.ChartSeries>>,
];
