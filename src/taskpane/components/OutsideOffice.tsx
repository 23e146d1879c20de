import { Badge, Body1, Link, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { HostInfo } from "../host";
import { type Lang, t } from "../i18n";

const useStyles = makeStyles({
  status: { alignSelf: "flex-start" },
  note: { color: tokens.colorNeutralForeground3 },
});

/**
 * taskpane.html opened in a plain browser tab (office.js loads, Office.onReady answers a null host), or office.js
 * missing: say so, and point to the preview page, which runs the same pane against a simulated Excel.
 */
export function OutsideOffice({ info, lang }: { info: HostInfo; lang: Lang }) {
  const styles = useStyles();
  if (!info.officeJsLoaded) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{t(lang, "officeJsMissing")}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <>
      <Badge className={styles.status} appearance="tint" color="informative" size="large">
        {t(lang, "statusPreview")}
      </Badge>
      <Body1>{t(lang, "previewHint")}</Body1>
      <Body1>
        <Link href={`preview.html${lang === "en" ? "?lang=en" : ""}`}>{t(lang, "previewLink")}</Link>
      </Body1>
    </>
  );
}
