import { isBareOfficeWord } from "../agency/forms";
import { AgencyItem } from "../report/schema";
import { SummaryTask } from "./types";

/** One agency as the summaries count it: its canonical name, never split into members when it is a group. */
export interface AgencyRef {
  readonly key: string;
  readonly name: string;
  readonly group: boolean;
}

/**
 * Two spellings of one canonical name count as one agency. The agency parser already gives canonical names;
 * this only folds what is left (case, Unicode form, spacing) so that hand-made or user-added names agree too.
 */
export function agencyKey(name: string): string {
  return name.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("vi");
}

function refsOf(items: readonly AgencyItem[], skip: ReadonlySet<string>): AgencyRef[] {
  const out: AgencyRef[] = [];
  const seen = new Set(skip);
  for (const item of items) {
    // The same body worded otherwise counts under one name; a bare "UBND" names no body to count.
    const name = (item.countAs ?? item.canonical).trim() || item.text.trim();
    if (name === "" || (!item.known && isBareOfficeWord(item.text))) continue;
    const key = agencyKey(name);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ key, name: name.normalize("NFC").replace(/\s+/g, " "), group: item.group });
  }
  return out;
}

/**
 * The agencies a task counts for. An agency named twice counts once; an agency that both leads and supports
 * one task counts as lead only (the validator reports LEAD_ALSO_SUPPORT), so no task is in both of its lists.
 */
export function taskAgencies(task: SummaryTask): { leads: AgencyRef[]; supports: AgencyRef[] } {
  const leads = refsOf(task.lead, new Set());
  const supports = refsOf(task.support, new Set(leads.map((a) => a.key)));
  return { leads, supports };
}

const collator = new Intl.Collator("vi");

/** Vietnamese alphabetical order ("Đ" after "D", tones after the bare letter). */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}
