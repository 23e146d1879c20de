/**
 * Following the user to another sheet. Sheet activation events arrive late and in bursts (code that activates a
 * sheet, a deleted active sheet, quick tab clicks), so the pane does not trust an event's sheet: once it is idle it
 * asks which sheet is active now and decides from that.
 */

/**
 * - `own`: the pane itself opened that sheet (a summary sheet it wrote, a link of its list) and the user has not
 *   left it since — keep what the pane shows (the check and the list of written sheets still belong together).
 * - `same`: the sheet the pane works on is active (again) — nothing to do.
 * - `switch`: the user is on another sheet — read it, recognise its table, drop the old results.
 * Any decision but `own` ends the pane's own navigation (the user has moved on).
 */
export type SheetSwitch = "own" | "same" | "switch";

export interface SheetFocus {
  /** The sheet of the table the pane shows (null before the first read). */
  readonly tableSheet: string | null;
  /** The sheet the pane last activated itself and the user has not left since (null when none). */
  readonly opened: string | null;
}

export function sheetSwitch(active: string, focus: SheetFocus): SheetSwitch {
  if (focus.opened !== null && active === focus.opened) return "own";
  if (focus.tableSheet !== null && active === focus.tableSheet) return "same";
  return "switch";
}
