// First, as in index.tsx: the preview page enters here too (see no-eval.ts).
import "../no-eval";
import { useEffect, useMemo, useState } from "react";
import { FluentProvider, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { MINIMUM_EXCEL_API, requirementReport } from "../../excel";
import type { ExcelHost } from "../../excel";
import { type HostInfo } from "../host";
import { type Lang, pickLang, t } from "../i18n";
import { officeThemeColors, themeFor } from "../theme";
import { HostDetails } from "./HostDetails";
import { OutsideOffice } from "./OutsideOffice";
import { Pane, type PaneActions } from "./Pane";
import { ProductHeader } from "./ProductHeader";

const useStyles = makeStyles({
  provider: { minHeight: "100%", backgroundColor: tokens.colorNeutralBackground1 },
  outside: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    maxWidth: "480px",
  },
});

export interface RootProps {
  /** Finds out where the pane runs; injected so the preview and tests need no real Office. */
  readonly detect: () => Promise<HostInfo>;
  /** The Office global (real or the preview's fake), for the theme. */
  readonly office: typeof Office | undefined;
  /** Language asked for in the page address (?lang=en), used only when Office does not report one. */
  readonly requestedLang: string | null;
  /** What the pane's buttons do (src/taskpane/actions.ts in the add-in and the preview); must keep its identity. */
  readonly actions: PaneActions;
  readonly host?: ExcelHost;
}

/** Waits for Office, then shows the pane (inside Excel) or says where it is (a plain browser tab). */
export function Root({ detect, office, requestedLang, actions, host }: RootProps) {
  const styles = useStyles();
  const [info, setInfo] = useState<HostInfo | null>(null);
  useEffect(() => {
    let live = true;
    void detect().then((found) => {
      if (live) setInfo(found);
    });
    return () => {
      live = false;
    };
  }, [detect]);

  const lang: Lang = pickLang(info?.displayLanguage ?? requestedLang);
  // Keeps screen readers and the browser's hyphenation in step with the strings shown.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const theme = useMemo(() => themeFor(info ? officeThemeColors(office) : null), [info, office]);
  const requirements = useMemo(() => (info?.inOffice ? requirementReport(host) : null), [info, host]);

  return (
    <FluentProvider theme={theme} className={styles.provider} dir="ltr">
      {!info ? (
        <div className={styles.outside}>
          <Spinner size="tiny" labelPosition="after" label={t(lang, "statusChecking")} />
        </div>
      ) : info.inOffice && requirements && !requirements.minimum ? (
        // Below the manifest's minimum: the pane is not started at all (no Excel call is made), only this says why.
        <main className={styles.outside}>
          <ProductHeader lang={lang} size="large" />
          <MessageBar intent="error" layout="multiline" data-testid="needs-newer-excel">
            <MessageBarBody>
              {/* Both languages: a host this old may not report its display language reliably. */}
              <p lang="vi">{t("vi", "needsNewerExcel", MINIMUM_EXCEL_API, info.excelApi ?? t("vi", "unknown"))}</p>
              <p lang="en">{t("en", "needsNewerExcel", MINIMUM_EXCEL_API, info.excelApi ?? t("en", "unknown"))}</p>
            </MessageBarBody>
          </MessageBar>
          <HostDetails info={info} lang={lang} />
        </main>
      ) : info.inOffice && requirements ? (
        // Keyed by language: the pane's state holds messages in the language it started with.
        <Pane key={lang} lang={lang} requirements={requirements} info={info} actions={actions} {...(host ? { host } : {})} />
      ) : (
        <main className={styles.outside}>
          <ProductHeader lang={lang} size="large" />
          <OutsideOffice info={info} lang={lang} />
        </main>
      )}
    </FluentProvider>
  );
}
