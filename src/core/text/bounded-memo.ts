/**
 * A memo for pure functions of text that cannot grow without bound, whatever text passes through it: the engine
 * memos are module- or directory-wide and live as long as the task pane, across workbooks. Bounded three ways —
 * entries, the length of one key (a longer text is worked out each time and never stored) and the characters
 * of all keys together — and cleared when full rather than evicting one by one (the same texts come back at
 * once in the next cells).
 */
export interface MemoLimits {
  /** Entries before the memo is cleared. */
  readonly entries: number;
  /** Longest key stored; longer texts are computed each time. */
  readonly keyChars: number;
  /** Characters of all keys together before the memo is cleared. */
  readonly totalChars: number;
}

export class BoundedMemo<V> {
  private readonly map = new Map<string, V>();
  private chars = 0;

  constructor(private readonly limits: MemoLimits) {}

  /** The value for key: remembered, or computed (and remembered when the key is short enough). */
  get(key: string, compute: () => V): V {
    if (key.length > this.limits.keyChars) return compute();
    if (this.map.has(key)) return this.map.get(key) as V;
    const value = compute();
    if (this.map.size >= this.limits.entries || this.chars + key.length > this.limits.totalChars) this.clear();
    this.map.set(key, value);
    this.chars += key.length;
    return value;
  }

  clear(): void {
    this.map.clear();
    this.chars = 0;
  }

  /** What the memo holds now: for tests of its bounds. */
  footprint(): { entries: number; chars: number; longestKey: number } {
    let longestKey = 0;
    for (const k of this.map.keys()) longestKey = Math.max(longestKey, k.length);
    return { entries: this.map.size, chars: this.chars, longestKey };
  }
}
