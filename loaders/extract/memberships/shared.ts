// What the Chinese and English post finders share: the houses a seat is in, the first body a page names, the names a
// company goes by.
import type { Knowledge } from '../gazetteer-source.ts';
import { companyShortName } from '../organizations.ts';
import { orgKey, type Registry } from '../registry.ts';
import { startsWithPlace } from '../spans/regions.ts';

/** A body the sentence names by a head word alone ("the commission"), resolved (spans/anaphora.ts). */
export interface Span { id: string; start: number; end: number }

export const LEGISLATURES: ReadonlySet<string> = new Set(['agency:cn-hk/legislative-council', 'agency:cn-tw/legislative-yuan', 'agency:cn-mo/legislative-assembly']);
export const PEOPLES_CONGRESS = /^agency:(?:cn\/npc|cn-[\w-]+\/peoples-congress)$/;
export const CPPCC_COMMITTEE = /^agency:(?:cn\/cppcc\/national-committee|cn-[\w-]+\/cppcc-committee)$/;

/** The body of those `fits` accepts that the page named first. */
export function firstNamed(reg: Registry, fits: (id: string) => boolean): string | undefined {
  let best: string | undefined;
  for (const id of reg.entities.keys()) if (fits(id) && (best === undefined || reg.firstSeen.get(id)! < reg.firstSeen.get(best)!)) best = id;
  return best;
}

/** The names a company goes by in a sentence: in full, without its legal form, short (once per name). */
const namesCache = new Map<string, Set<string>>();
export function writtenNames(name: string, K: Knowledge): Set<string> {
  let out = namesCache.get(name);
  if (!out) {
    const short = companyShortName(name, (n) => startsWithPlace(K, n));
    out = new Set([name, orgKey(name), ...(short ? [short] : [])]);
    if (namesCache.size > 20_000) namesCache.clear();
    namesCache.set(name, out);
  }
  return out;
}
