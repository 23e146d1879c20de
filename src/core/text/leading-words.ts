import { foldKey } from "./normalize";

/**
 * The first words of a text, for tests that only look at how a text begins ("Các …", "Sở …", "huyện …"). Folding
 * or splitting a whole 32,767-character cell to read its first two words would make every such test cost the
 * cell's length; these stop after the words asked for.
 */

/** The text up to the end of its n-th word (leading spaces kept off), or the whole text when it has fewer. */
export function leadingWords(text: string, n: number): string {
  const re = /\S+/gu;
  let end = 0;
  let m: RegExpExecArray | null;
  for (let count = 0; count < n && (m = re.exec(text)) !== null; count++) end = m.index + m[0].length;
  return text.slice(0, end).trimStart();
}

/** True when the text has more than n words (counted up to n + 1 only). */
export function hasMoreWords(text: string, n: number): boolean {
  const re = /\S+/gu;
  let count = 0;
  while (re.exec(text) !== null) if (++count > n) return true;
  return false;
}

/**
 * The first n words of the text's folded key (foldKey), folding only as much of the text as they need. foldKey
 * drops words made only of punctuation ("-", "(", "…"), so n written words may fold to fewer: more are read
 * until n folded words are found or the text ends. Cut at a space, a text's head folds to the head of its key.
 */
export function leadingKey(text: string, n: number): string {
  const start = text.trimStart();
  for (let take = n; ; take *= 2) {
    const head = leadingWords(start, take);
    const words = foldKey(head)
      .split(" ")
      .filter((w) => w !== "");
    if (words.length >= n || head.length >= start.trimEnd().length) return words.slice(0, n).join(" ");
  }
}
