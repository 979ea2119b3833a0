/**
 * A bounded memo keyed by token text, for facts about a token that do not depend on the article: a news
 * vocabulary repeats, so work done once per distinct token is saved on every later occurrence.
 *
 * Long tokens are never kept: V8 may hold a long substring as a slice of the whole text it came from, and a
 * memo entry would then keep that article alive. Short tokens are copies. The bound keeps a long-running
 * process to a working set; the memo empties when full rather than tracking recency, which costs nothing per hit.
 */
export class TokenMemo<V> {
  private readonly entries = new Map<string, V>();

  constructor(
    private readonly capacity = 20_000,
    private readonly longestKept = 12,
  ) {}

  /** The value for `token`, computed by `compute` the first time (and every time for a long token). */
  get(token: string, compute: (token: string) => V): V {
    const known = this.entries.get(token);
    if (known !== undefined) return known;
    const value = compute(token);
    if (token.length <= this.longestKept) {
      if (this.entries.size >= this.capacity) this.entries.clear();
      this.entries.set(token, value);
    }
    return value;
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
