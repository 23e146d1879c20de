/**
 * How a cell's value is quoted inside a message. A message is read in a list, a tooltip, a note on the cell: a
 * 5,000-character paste quoted whole buries what the message says. The report's `value` keeps the full text
 * (the contract: the offending value as written); only the message shortens it.
 */
export const MESSAGE_VALUE_CHARS = 120;

export function quoteForMessage(text: string): string {
  if (text.length <= MESSAGE_VALUE_CHARS) return text;
  let head = text.slice(0, MESSAGE_VALUE_CHARS);
  // Never cut a character in two (an emoji or a rare Han character is a surrogate pair).
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  return `${head}…`;
}
