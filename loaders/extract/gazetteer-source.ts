// Where the extractor gets its reference names: the gazetteer (regions, national and foreign agencies),
// built once per process and indexed for matching.
import { gazetteer, type GazetteerEntry } from '../gazetteer/index.ts';
import { Lexicon } from './lexicon.ts';

export interface Knowledge {
  lex: Lexicon;
  byId: Map<string, GazetteerEntry>;
  /** Children by parent id (for "General Office of the X"). */
  children: Map<string, GazetteerEntry[]>;
}

let cached: Knowledge | undefined;

export function knowledge(): Knowledge {
  if (cached) return cached;
  const entries = gazetteer().entries;
  const lex = new Lexicon(entries);
  const children = new Map<string, GazetteerEntry[]>();
  for (const e of entries) {
    if (!e.partOf) continue;
    const list = children.get(e.partOf) ?? [];
    list.push(e);
    children.set(e.partOf, list);
  }
  cached = { lex, byId: lex.byId, children };
  return cached;
}
