import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { HostInfo } from "../host";
import { type Lang, type StringKey, t } from "../i18n";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
});

/** Host, platform, Office build and API level: what a support call asks first. */
export function HostDetails({ info, lang }: { info: HostInfo; lang: Lang }) {
  const styles = useStyles();
  const rows: [StringKey, string | null][] = [
    ["hostDetails", info.host],
    ["platform", info.platform],
    ["officeVersion", info.officeVersion],
    ["excelApi", info.excelApi],
    ["language", info.displayLanguage],
  ];
  return (
    <dl className={styles.list}>
      {rows.map(([key, value]) => (
        <div key={key} style={{ display: "contents" }}>
          <dt className={styles.term}>
            <Caption1>{t(lang, key)}</Caption1>
          </dt>
          <dd className={styles.value}>
            <Caption1>{value ?? t(lang, "unknown")}</Caption1>
          </dd>
        </div>
      ))}
    </dl>
  );
}
