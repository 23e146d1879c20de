import { Title3, makeStyles, tokens } from "@fluentui/react-components";
import { type Lang, t } from "../i18n";

const useStyles = makeStyles({
  header: { display: "flex", alignItems: "center" },
  compact: { gap: tokens.spacingHorizontalS },
  large: { gap: tokens.spacingHorizontalM },
  logoCompact: { width: "24px", height: "24px", flexShrink: 0 },
  logoLarge: { width: "32px", height: "32px", flexShrink: 0 },
  title: { margin: 0 },
});

/**
 * The product name and icon: compact above the working pane, larger above a page that is not the pane (outside
 * Office, host too old), where it is all there is to see.
 */
export function ProductHeader({ lang, size }: { readonly lang: Lang; readonly size: "compact" | "large" }) {
  const styles = useStyles();
  const compact = size === "compact";
  return (
    <header className={`${styles.header} ${compact ? styles.compact : styles.large}`}>
      <img className={compact ? styles.logoCompact : styles.logoLarge} src={compact ? "assets/icon-32.png" : "assets/icon-64.png"} alt="" />
      <Title3 as="h1" className={styles.title}>
        {t(lang, "productName")}
      </Title3>
    </header>
  );
}
