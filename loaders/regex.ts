// Building regex source from literal words: one escape, one alternation (rules/fragments.ts, posts.ts, the gazetteer
// and identity read them instead of each writing its own).

/** A literal as regex source. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Regex sources as one group of alternatives, in the order given. */
export const anyOf = (...sources: string[]): string => `(?:${sources.join('|')})`;

/** Literal words as one regex alternation shaped as a trie (a shared first character is tried once: the lists are
 *  tried at every position of every sentence). `sep` is what a space or hyphen inside a word may be written as. */
export function alternation(words: readonly string[], sep = '(?:-|\\s+)'): string {
  interface Node { end: boolean; next: Map<string, Node> }
  const root: Node = { end: false, next: new Map() };
  for (const w of words) {
    let n = root;
    for (const c of w.replace(/-/g, ' ')) {
      let m = n.next.get(c);
      if (!m) n.next.set(c, (m = { end: false, next: new Map() }));
      n = m;
    }
    n.end = true;
  }
  const emit = (n: Node): string => {
    const parts = [...n.next].map(([c, m]) => (c === ' ' ? sep : escapeRegExp(c)) + emit(m));
    if (parts.length === 0) return '';
    const body = parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
    // A word that ends here may also go on (委员 and 委员长): the longer is tried first, the end is optional.
    return n.end ? (parts.length === 1 && parts[0]!.length === 1 ? `${body}?` : `(?:${body})?`) : body;
  };
  return `(?:${emit(root)})`;
}
