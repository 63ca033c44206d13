// Name-matching automata over the gazetteer, built once: a character trie for Chinese names (matched on
// Simplified text) and a word trie for Latin names. Longest match wins; matching is linear in the text.
import type { GazetteerEntry } from '../gazetteer/types.ts';
import { BODY_TYPES } from './bodies.ts';
import { normalizeForMatch } from './sentences.ts';

export interface LexMatch {
  start: number;
  end: number;
  entries: GazetteerEntry[];
}

interface CharNode {
  next: Map<number, CharNode>;
  entries?: GazetteerEntry[];
}
interface WordNode {
  next: Map<string, WordNode>;
  entries?: GazetteerEntry[];
  /** Surface must match case exactly (acronyms: US, EU, CDE). */
  exact?: string;
  /** A one-word name, or a body type's own name ("Health Bureau"): the text must capitalise it. */
  capital?: boolean;
}

const HAN = /\p{Script=Han}/u;
const GAP_CHARS = new Set([...' \t\n-\'’,.()&'].map((c) => c.charCodeAt(0)));
const WORD = /[A-Za-z0-9]+/g;

function add<T extends { entries?: GazetteerEntry[] }>(node: T, e: GazetteerEntry): void {
  if (!node.entries) node.entries = [];
  if (!node.entries.includes(e)) node.entries.push(e);
}

// Provinces and countries keep their two-character names (the most frequent matches, seldom inside a word); other short
// names may sit inside a verb before a longer name (会同江苏: 同江).
const MAJOR_KINDS = new Set(['province', 'municipality', 'autonomous_region', 'sar', 'country']);
const minorPlace = (e: GazetteerEntry): boolean => !MAJOR_KINDS.has(e.kind);

// A known body whose name is a body type's ("Health Bureau" of Hong Kong, of Macao): "the district health bureau" of a
// machine translation is some place's, not that body.
const typeKey = (n: string): string => n.toLowerCase().replace(/\s+/g, ' ').trim();
const BODY_TYPE_NAMES = new Set(BODY_TYPES.flatMap((b) => b.en.map(typeKey)));

/** Names too generic to find on their own: they would match ordinary words. */
const GENERIC = new Set(['government', 'the government', 'state', 'the state', 'municipal government', 'central', 'china daily']);

const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** ASCII letter/digit runs of a sentence (what WORD matches), in parallel arrays reused from call to call: a sentence's
 *  words are many and short-lived, objects for them would be most of what matching allocates. */
class Tokens {
  n = 0;
  start: number[] = [];
  end: number[] = [];
  lc: string[] = [];

  read(s: string): this {
    this.n = 0;
    let i = 0;
    const len = s.length;
    // One lower-casing of the sentence, its words sliced from it (a word at a time when lower case changes a length).
    const low = s.toLowerCase();
    const same = low.length === len;
    while (i < len) {
      if (!isWordChar(s.charCodeAt(i))) {
        i++;
        continue;
      }
      const a = i;
      while (i < len && isWordChar(s.charCodeAt(i))) i++;
      this.start[this.n] = a;
      this.end[this.n] = i;
      this.lc[this.n] = same ? low.slice(a, i) : s.slice(a, i).toLowerCase();
      this.n++;
    }
    return this;
  }
}
const TOKENS = new Tokens();

export class Lexicon {
  private readonly chars: CharNode = { next: new Map() };
  /** Characters that start a Chinese name: most positions of a sentence start none, and this test is cheaper than the trie's. */
  private readonly firstChars = new Uint8Array(65536);
  private readonly words: WordNode = { next: new Map() };
  readonly byId = new Map<string, GazetteerEntry>();

  constructor(entries: readonly GazetteerEntry[]) {
    for (const e of entries) {
      this.byId.set(e.id, e);
      const names = new Set([e.name, e.nameZh, ...e.aliases].filter((n): n is string => !!n && n.trim().length > 0));
      for (const n of names) this.addName(n, e);
    }
  }

  addName(name: string, e: GazetteerEntry): void {
    if (GENERIC.has(name.toLowerCase())) return;
    if (HAN.test(name)) {
      const key = normalizeForMatch(name).replace(/\s+/g, '');
      if ([...key].length < 2) return;
      let node = this.chars;
      this.firstChars[key.charCodeAt(0)] = 1;
      for (let i = 0; i < key.length; i++) {
        const ch = key.charCodeAt(i);
        let n = node.next.get(ch);
        if (!n) node.next.set(ch, (n = { next: new Map() }));
        node = n;
      }
      add(node, e);
      return;
    }
    const toks = name.match(WORD);
    if (!toks || toks.length === 0) return;
    if (toks.length === 1 && toks[0]!.length < 2) return;
    let node = this.words;
    for (const t of toks) {
      const k = t.toLowerCase();
      let n = node.next.get(k);
      if (!n) node.next.set(k, (n = { next: new Map() }));
      node = n;
    }
    add(node, e);
    if (/^[A-Z][A-Z0-9]{1,7}$/.test(name.trim())) node.exact = name.trim();
    else if (toks.length === 1 || BODY_TYPE_NAMES.has(typeKey(name))) node.capital = true;
  }

  private readonly shortCache = new Map<string, LexMatch[]>();

  /** match() for short strings met again and again (names, titles): cached. */
  matchShort(s: string): LexMatch[] {
    let hit = this.shortCache.get(s);
    if (!hit) {
      hit = this.match(s);
      if (this.shortCache.size > 100_000) this.shortCache.clear();
      this.shortCache.set(s, hit);
    }
    return hit;
  }

  /** The end of the longest Chinese name starting at `i` (or -1). */
  private longerFrom(cs: string, i: number): number {
    if (this.firstChars[cs.charCodeAt(i)] === 0) return -1;
    let node: CharNode | undefined = this.chars;
    let end = -1;
    for (let j = i; j < cs.length && node; ) {
      node = node.next.get(cs.charCodeAt(j));
      j++;
      if (node?.entries && j - i > 2) end = j;
    }
    return end;
  }

  /** All longest, non-overlapping name matches in a normalised sentence (Chinese and Latin). */
  match(s: string): LexMatch[] {
    const out: LexMatch[] = [];
    // Chinese: scan characters.
    if (HAN.test(s)) {
      const cs = s;
      let i = 0;
      while (i < cs.length) {
        if (this.firstChars[cs.charCodeAt(i)] === 0) {
          i++;
          continue;
        }
        let node: CharNode | undefined = this.chars;
        // The longest name so far, as its end and entries (one object only for the match kept).
        let bestEnd = -1;
        let bestEntries: GazetteerEntry[] | undefined;
        let j = i;
        while (j < cs.length && node) {
          node = node.next.get(cs.charCodeAt(j));
          j++;
          if (node?.entries) {
            bestEnd = j;
            bestEntries = node.entries;
          }
        }
        // A two-character name overlapped by a longer one starting inside it (会同江苏省: 同江 and 江苏) gives way to it.
        if (bestEntries && bestEnd - i === 2 && bestEntries.every(minorPlace) && this.longerFrom(cs, i + 1) > bestEnd) bestEntries = undefined;
        if (bestEntries) {
          out.push({ start: i, end: bestEnd, entries: bestEntries });
          i = bestEnd;
        } else i++;
      }
    }
    const hanCount = out.length;
    // Latin: scan words.
    const tk = TOKENS.read(s);
    let k = 0;
    while (k < tk.n) {
      let node: WordNode | undefined = this.words;
      let bestEnd = -1;
      let bestEntries: GazetteerEntry[] | undefined;
      let j = k;
      while (j < tk.n && node) {
        // Words of one name are separated by spaces, hyphens, apostrophes, commas or brackets only.
        if (j > k) {
          const from = tk.end[j - 1]!;
          const to = tk.start[j]!;
          if (to - from > 3) break;
          let ok = true;
          for (let c = from; c < to; c++) if (!GAP_CHARS.has(s.charCodeAt(c))) ok = false;
          if (!ok) break;
        }
        node = node.next.get(tk.lc[j]!);
        j++;
        if (node?.entries) {
          if (node.exact && s.slice(tk.start[k]!, tk.end[j - 1]!) !== node.exact) continue;
          if (node.capital) {
            const c = s.charCodeAt(tk.start[k]!);
            if (c < 65 || c > 90) continue;
          }
          bestEnd = j;
          bestEntries = node.entries;
        }
      }
      if (bestEntries) {
        let end = tk.end[bestEnd - 1]!;
        if (s[end] === ')' && s.slice(tk.start[k]!, end).includes('(')) end++;
        out.push({ start: tk.start[k]!, end, entries: bestEntries });
        k = bestEnd;
      } else k++;
    }
    // Each script's matches are in order already: only a sentence with both needs sorting.
    return hanCount > 0 && hanCount < out.length ? out.sort((a, b) => a.start - b.start || b.end - a.end) : out;
  }
}
