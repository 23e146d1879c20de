import { describeContext } from "../../core/plan/issuer";
import {
  Badge,
  Body1,
  Body1Strong,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { MergesUnknownReason } from "../../excel";
import type { TableState } from "../actions";
import { type Lang, type StringKey, t } from "../i18n";
import { describeTable, tableRange } from "../model/table";
import { type Notice, NoticeBar } from "./Notice";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  sheet: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  found: { overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  badge: { alignSelf: "flex-start" },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** The pane's text for each reason the adapter gives for unknown merged cells (the adapter returns codes only). */
const MERGES_UNKNOWN_TEXT: Record<MergesUnknownReason, StringKey> = {
  noApi: "mergesUnknownNoApi",
  tooMany: "mergesUnknownTooMany",
  failed: "mergesUnknownFailed",
};

export interface TableCardProps {
  readonly lang: Lang;
  readonly state: TableState | null;
  readonly disabled: boolean;
  readonly notice: Notice | null;
  readonly onReread: () => void;
  readonly onUseSelection: () => void;
}

/** What the pane found on the sheet, and how to help it when it found nothing. */
export function TableCard({ lang, state, disabled, notice, onReread, onUseSelection }: TableCardProps) {
  const styles = useStyles();
  if (!state) {
    return (
      <section className={styles.card} aria-label={t(lang, "reading")}>
        <Spinner size="tiny" labelPosition="after" label={t(lang, "reading")} />
      </section>
    );
  }
  const table = state.table;
  return (
    <section className={styles.card} aria-labelledby="phuluc-table-status">
      <Caption1 className={styles.sheet}>{t(lang, "onSheet", state.sheet)}</Caption1>
      {table ? (
        <>
          <Body1Strong id="phuluc-table-status" className={styles.found} data-testid="table-status">
            {describeTable(table, lang)}
          </Body1Strong>
          {state.hint ? (
            <Badge className={styles.badge} appearance="tint" color="informative">
              {t(lang, "fromSelection")}
            </Badge>
          ) : null}
          <Caption1 className={styles.hint} data-testid="plan-issuer">
            {describeContext(table.context, lang)
              ? t(lang, "issuedBy", describeContext(table.context, lang) as string)
              : t(lang, "issuerUnknown")}
          </Caption1>
          {state.others.length ? (
            <Caption1 className={styles.hint} data-testid="more-tables">
              {t(lang, "moreTables", state.others.length, state.others.map(tableRange).join(", "))}
            </Caption1>
          ) : null}
          {!table.planPeriod ? <Caption1 className={styles.hint}>{t(lang, "noPeriod")}</Caption1> : null}
        </>
      ) : state.role !== "plan" ? (
        // PhuLuc's own summary sheet, or the agency list: not a plan, nothing to recognise or check here.
        <MessageBar intent="info" layout="multiline" id="phuluc-table-status" data-testid="table-status" data-role={state.role}>
          <MessageBarBody>
            <Body1Strong>{t(lang, state.role === "summary" ? "summarySheetHere" : "agencySheetHere", state.sheet)}</Body1Strong>{" "}
            <Body1>{t(lang, "otherSheetHelp")}</Body1>
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="warning" layout="multiline" id="phuluc-table-status" data-testid="table-status">
          <MessageBarBody>
            <Body1Strong>{t(lang, state.empty ? "emptySheet" : "noTable", state.sheet)}</Body1Strong>{" "}
            <Body1>{t(lang, "noTableHelp")}</Body1>
          </MessageBarBody>
        </MessageBar>
      )}
      {!state.mergesKnown ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody data-testid="merges-unknown">{t(lang, MERGES_UNKNOWN_TEXT[state.mergesUnknown ?? "noApi"])}</MessageBarBody>
        </MessageBar>
      ) : null}
      <NoticeBar notice={notice} />
      <div className={styles.actions}>
        <Button size="small" onClick={onReread} disabled={disabled}>
          {t(lang, "reread")}
        </Button>
        <Button
          size="small"
          appearance={table ? "secondary" : "primary"}
          onClick={onUseSelection}
          disabled={disabled}
          title={t(lang, "useSelectionHint")}
        >
          {t(lang, "useSelection")}
        </Button>
      </div>
    </section>
  );
}
