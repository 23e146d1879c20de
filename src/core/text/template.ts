/**
 * The one way PhuLuc fills a message template. Placeholders are `{name}` (named arguments, the catalog's
 * `{value}`, `{suggestion}`) or `{0}`, `{1}`… (positional arguments, the pane's and the command line's strings).
 *
 * A missing argument — undefined, or not given at all — leaves its placeholder as written ("{1}"). That is the one
 * rule: a message is never silently shortened to something that reads as complete but says less, and a forgotten
 * argument shows up in review and in tests instead of disappearing. An empty string is an argument, not a missing
 * one: the caller that passes "" asked for nothing there.
 */
export type TemplateValue = string | number | undefined;
export type TemplateArgs = Readonly<Record<string, TemplateValue>> | readonly TemplateValue[];

const PLACEHOLDER = /\{(\w+)\}/g;

function lookUp(args: TemplateArgs, key: string): TemplateValue {
  // Own entries only: "{length}" of a list or "{constructor}" of a record is text, not an argument.
  if (Array.isArray(args)) return /^\d+$/.test(key) ? (args as readonly TemplateValue[])[Number(key)] : undefined;
  return Object.hasOwn(args, key) ? (args as Readonly<Record<string, TemplateValue>>)[key] : undefined;
}

export function fill(template: string, args: TemplateArgs): string {
  return template.replace(PLACEHOLDER, (whole, key: string) => {
    const value = lookUp(args, key);
    return value === undefined ? whole : String(value);
  });
}
