import { useEffect, useState } from "react";
import { Badge, Body1, Caption1, MessageBar, MessageBarBody, Spinner, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { HostInfo } from "./host";
import { type Lang, pickLang, t } from "./i18n";
import { HostDetails } from "./HostDetails";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    maxWidth: "480px",
  },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
  logo: { width: "32px", height: "32px", flexShrink: 0 },
  title: { margin: 0 },
  // A column flex box stretches its children; the status badge should keep the width of its text.
  status: { alignSelf: "flex-start" },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface AppProps {
  /** Finds out where the pane runs; injected so tests and the preview need no real Office. */
  detect: () => Promise<HostInfo>;
  /** Language asked for in the page address (?lang=en), used only when Office does not report one. */
  requestedLang: string | null;
  version: string;
}

export function App({ detect, requestedLang, version }: AppProps) {
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

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <img className={styles.logo} src="assets/icon-64.png" alt="" />
        <Title3 as="h1" className={styles.title}>{t(lang, "productName")}</Title3>
      </header>
      <Body1>{t(lang, "tagline")}</Body1>
      <Status info={info} lang={lang} badgeClassName={styles.status} />
      {info?.inOffice ? <HostDetails info={info} lang={lang} /> : null}
      {info && !info.inOffice && info.officeJsLoaded ? <Body1>{t(lang, "previewHint")}</Body1> : null}
      <Caption1 className={styles.note}>{t(lang, "notYet", version)}</Caption1>
    </main>
  );
}

function Status({ info, lang, badgeClassName }: { info: HostInfo | null; lang: Lang; badgeClassName: string }) {
  if (!info) return <Spinner size="tiny" labelPosition="after" label={t(lang, "statusChecking")} />;
  if (!info.officeJsLoaded) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{t(lang, "officeJsMissing")}</MessageBarBody>
      </MessageBar>
    );
  }
  return info.inOffice ? (
    <Badge className={badgeClassName} appearance="tint" color="success" size="large">
      {t(lang, "statusInExcel")}
    </Badge>
  ) : (
    <Badge className={badgeClassName} appearance="tint" color="informative" size="large">
      {t(lang, "statusPreview")}
    </Badge>
  );
}
