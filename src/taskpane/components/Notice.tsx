import { Body1, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { WrittenSheet } from "../../excel";

/** A result message shown in the part of the pane it belongs to. */
export interface Notice {
  readonly tab: "table" | "check" | "summary" | "settings";
  readonly intent: "success" | "info" | "warning" | "error";
  readonly text: string;
  readonly sheets?: readonly WrittenSheet[];
}

const useStyles = makeStyles({
  bar: { minWidth: 0 },
  text: { overflowWrap: "anywhere" },
  extra: { marginTop: tokens.spacingVerticalXS },
});

export function NoticeBar({ notice, children }: { notice: Notice | null; children?: ReactNode }) {
  const styles = useStyles();
  if (!notice) return null;
  return (
    <MessageBar className={styles.bar} intent={notice.intent} layout="multiline" role="status">
      <MessageBarBody>
        <Body1 className={styles.text}>{notice.text}</Body1>
        {children ? <div className={styles.extra}>{children}</div> : null}
      </MessageBarBody>
    </MessageBar>
  );
}
