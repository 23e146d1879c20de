// First: the pane's actions below build zod schemas, which must not probe for eval (see taskpane/no-eval.ts).
import "../taskpane/no-eval";
import { ChangeEvent, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { WorkbookData } from "../core/workbook/model";
import * as paneActions from "../taskpane/actions";
import { Root } from "../taskpane/components/Root";
import { detectHost } from "../taskpane/host";
import { type Lang, t } from "../taskpane/i18n";
import type { OfficeThemeColors } from "../taskpane/theme";
import { installFakeOffice } from "./fake";
import type { FakeExcel, FakeSheet, FakeWorkbookState } from "./fake";
import { Grid, GRID_CSS } from "./Grid";
import { fetchSeed, readXlsx, Seed } from "./load-xlsx";

export type PreviewTheme = "light" | "dark";

/** Office's theme colours as Excel reports them for its white and dark-grey themes. */
const OFFICE_THEMES: Record<PreviewTheme, OfficeThemeColors> = {
  light: {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#262626",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#262626",
  },
  dark: {
    bodyBackgroundColor: "#292929",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#3B3B3B",
    controlForegroundColor: "#FFFFFF",
  },
};

export const PANE_WIDTH = 350;

export interface PreviewOptions {
  readonly seed: string | null;
  readonly lang: Lang;
  readonly theme: PreviewTheme;
  /** Highest ExcelApi set the simulated host reports ("1.7" shows the feature-detection messages). */
  readonly api: string | null;
}

interface Loaded {
  readonly fake: FakeExcel;
  /** Remounts the pane: a new workbook is a fresh start, like reopening the pane. */
  readonly key: number;
}

declare global {
  interface Window {
    Office?: typeof Office;
    __fakeExcel?: FakeExcel;
    __phulucPreview?: { ready: boolean; workbook: string; syncs: number };
  }
}

/** Calls `changed` after every sync of the fake, once its operations are applied. */
function watch(fake: FakeExcel, changed: () => void): void {
  fake.onChange(() => setTimeout(changed, 0));
}

function install(workbook: WorkbookData | FakeWorkbookState, options: PreviewOptions): FakeExcel {
  const fake = installFakeOffice(window, workbook, {
    displayLanguage: options.lang === "en" ? "en-US" : "vi-VN",
    ...(options.api ? { apiVersion: options.api } : {}),
  });
  const office = window.Office as unknown as { context: { officeTheme?: OfficeThemeColors } };
  office.context.officeTheme = OFFICE_THEMES[options.theme];
  return fake;
}

const PAGE_CSS = `
.preview-root { height: 100%; display: flex; flex-direction: column; background: #f3f2f1; }
.toolbar { display: flex; flex-wrap: wrap; gap: 6px 16px; align-items: center; padding: 6px 12px; background: #217346; color: #fff; font-size: 13px; }
.toolbar h1 { font-size: 15px; margin: 0 8px 0 0; font-weight: 600; }
.toolbar label { display: inline-flex; gap: 6px; align-items: center; }
.toolbar select, .toolbar input[type=file] { font: inherit; font-size: 12px; max-width: 260px; }
.toolbar select { padding: 2px 4px; border-radius: 3px; border: 1px solid #0e5c2f; }
.toolbar .note { font-size: 12px; opacity: .9; flex-basis: 100%; }
.toolbar .error { background: #fde7e9; color: #a4262c; padding: 2px 8px; border-radius: 3px; }
.preview-main { flex: 1; display: flex; min-height: 0; }
.sheet-area { flex: 1; min-width: 0; display: flex; flex-direction: column; border-right: 1px solid #c8c8c8; }
.pane-area { flex: 0 0 ${PANE_WIDTH}px; width: ${PANE_WIDTH}px; overflow-y: auto; overflow-x: hidden; }
.pane-area:focus-visible { outline: 2px solid #217346; }
.loading { padding: 16px; }
`;

export function PreviewApp({ seeds, options }: { seeds: readonly Seed[]; options: PreviewOptions }) {
  const [opts, setOpts] = useState<PreviewOptions>(options);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [workbookName, setWorkbookName] = useState<string>("");
  const keyRef = useRef(0);
  const lang = opts.lang;

  const bump = useCallback(() => {
    setVersion((v) => v + 1);
    const fake = window.__fakeExcel;
    if (window.__phulucPreview && fake) window.__phulucPreview.syncs = fake.syncs.length;
  }, []);

  const start = useCallback(
    (workbook: WorkbookData | FakeWorkbookState, next: PreviewOptions, name: string) => {
      const fake = install(workbook, next);
      watch(fake, bump);
      keyRef.current++;
      setLoaded({ fake, key: keyRef.current });
      setWorkbookName(name);
      window.__phulucPreview = { ready: true, workbook: name, syncs: 0 };
      bump();
    },
    [bump],
  );

  const seedById = useMemo(() => new Map(seeds.map((s) => [s.id, s])), [seeds]);
  const defaultSeed = seeds.find((s) => s.id === options.seed) ?? seeds.find((s) => s.id.startsWith("samples/")) ?? seeds[0];

  const loadSeed = useCallback(
    async (seed: Seed | undefined, next: PreviewOptions) => {
      if (!seed) return;
      setError(null);
      try {
        start(await fetchSeed(seed), next, seed.id);
      } catch (e) {
        setError(t(next.lang, "previewLoadFailed", seed.name, e instanceof Error ? e.message : String(e)));
      }
    },
    [start],
  );

  useEffect(() => {
    void loadSeed(defaultSeed, options);
    // Only the first seed: later ones are loaded by the picker.
  }, []);

  const onSeed = (e: ChangeEvent<HTMLSelectElement>) => {
    const seed = seedById.get(e.target.value);
    const url = new URL(window.location.href);
    url.searchParams.set("seed", e.target.value);
    window.history.replaceState(null, "", url);
    void loadSeed(seed, opts);
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    setError(null);
    try {
      start(await readXlsx(file.name, await file.arrayBuffer()), opts, file.name);
    } catch (err) {
      setError(t(lang, "previewLoadFailed", file.name, err instanceof Error ? err.message : String(err)));
    }
  };

  /** Language and theme are the host's: reinstall the same workbook with the new host settings, reopen the pane. */
  const change = (patch: Partial<PreviewOptions>) => {
    const next = { ...opts, ...patch };
    setOpts(next);
    const url = new URL(window.location.href);
    for (const [k, v] of Object.entries(patch)) url.searchParams.set(k, String(v));
    window.history.replaceState(null, "", url);
    if (loaded) start(loaded.fake.state, next, workbookName);
  };

  // The user's own actions on the simulated sheet.
  const select = (sheet: FakeSheet, address: string) => {
    sheet.selection = address;
    bump();
  };
  /** A tab click: the sheet becomes active and Excel raises WorksheetActivated (the pane follows). */
  const activate = (sheet: FakeSheet) => {
    if (!loaded) return;
    loaded.fake.activateSheet(sheet.id);
    bump();
  };
  const follow = (reference: string) => {
    if (!loaded) return;
    const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(reference);
    const name = m ? (m[1] ? m[1].replace(/''/g, "'") : m[2]) : null;
    const target = loaded.fake.state.sheets.find((s) => s.name === name);
    // Excel does not follow a link into a hidden sheet.
    if (!target || !m || target.visibility !== "Visible") return;
    target.selection = (m[3] as string).replace(/\$/g, "");
    loaded.fake.activateSheet(target.id);
    bump();
  };

  const currentSeed = seeds.some((s) => s.id === workbookName) ? workbookName : "";
  const detect = useMemo(
    () => () => detectHost(window.Office),
    // A new detector per installed fake, so the pane re-reads the host.
    [loaded],
  );

  return (
    <FluentProvider theme={webLightTheme} className="preview-root">
      <style>{PAGE_CSS + GRID_CSS}</style>
      <header className="toolbar">
        <h1>{t(lang, "previewTitle")}</h1>
        <label>
          {t(lang, "previewWorkbook")}
          <select value={currentSeed} onChange={onSeed} data-testid="seed-picker">
            {currentSeed === "" ? <option value="">{workbookName || "—"}</option> : null}
            {seeds.map((s) => (
              <option key={s.id} value={s.id}>
                {s.id}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(lang, "previewOpenFile")}
          <input
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => void onFile(e)}
          />
        </label>
        <label>
          {t(lang, "previewLanguage")}
          <select value={opts.lang} onChange={(e) => change({ lang: e.target.value === "en" ? "en" : "vi" })}>
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
          </select>
        </label>
        <label>
          {t(lang, "previewTheme")}
          <select value={opts.theme} onChange={(e) => change({ theme: e.target.value === "dark" ? "dark" : "light" })}>
            <option value="light">{t(lang, "themeLight")}</option>
            <option value="dark">{t(lang, "themeDark")}</option>
          </select>
        </label>
        {error ? (
          <span className="error" role="alert">
            {error}
          </span>
        ) : null}
        <span className="note">{t(lang, "previewNote")}</span>
      </header>
      <div className="preview-main">
        <section className="sheet-area">
          {loaded ? (
            <Grid lang={lang} state={loaded.fake.state} version={version} onSelect={select} onActivate={activate} onFollow={follow} />
          ) : (
            <p className="loading">{t(lang, "previewLoading")}</p>
          )}
        </section>
        <aside className="pane-area" aria-label={t(lang, "previewPane")} data-testid="pane">
          {loaded ? <Root key={loaded.key} detect={detect} office={window.Office} requestedLang={lang} actions={paneActions} /> : null}
        </aside>
      </div>
    </FluentProvider>
  );
}
