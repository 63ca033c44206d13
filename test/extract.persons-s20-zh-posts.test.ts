// Session 20 (PERSONS), class M2 "a post of a body written before the name": ORG + unit + posts (、 or 暨) + NAME, the
// body named in full, by its short name, or by 该院 / 公司 (zh-Hans, zh-Hant). Each person is MEMBER_OF the body. Pages of
// our own (test/persons-s20-pages.ts), read from files through the real reader.
import { describe, expect, it } from 'vitest';
import { pageFiles } from './page-files.ts';
import type { DocumentFacts, Entity } from '../loaders/types.ts';
import { toSimplified } from '../loaders/read/script.ts';
import { ZH_POST_NEAR, ZH_POST_PAGES } from './persons-s20-pages.ts';

const extractPage = pageFiles('persons-zh-posts-');

/** Every name an entity goes by, in Simplified. */
const called = (e: Entity | undefined): string[] => (e ? [e.name, e.nameZh, ...e.aliases].flatMap((n) => (n ? [toSimplified(n)] : [])) : []);
/** The person named `person` is MEMBER_OF a body one of whose names contains `unit` (the body's name). */
function holds(d: DocumentFacts, person: string, unit: string): boolean {
  const p = d.entities.find((e) => e.label === 'Person' && called(e).includes(toSimplified(person)));
  if (!p) return false;
  const of = d.relations.filter((r) => r.type === 'MEMBER_OF' && r.from === p.id).map((r) => d.entities.find((e) => e.id === r.to));
  return of.some((e) => called(e).some((n) => n.includes(toSimplified(unit))));
}
const members = (d: DocumentFacts): string[] => d.relations.filter((r) => r.type === 'MEMBER_OF').map((r) => `${r.from} -> ${r.to}`);

describe('a post of a body written before the name', () => {
  it.each(ZH_POST_PAGES)('%s', async (_what, page, pairs) => {
    const d = await extractPage(page);
    for (const [p, u] of pairs) expect(holds(d, p, u), `${p} -> ${u} in ${JSON.stringify(members(d))}`).toBe(true);
  });
  it.each(ZH_POST_NEAR)('no: %s', async (_what, page, pairs) => {
    const d = await extractPage(page);
    for (const [p, u] of pairs) expect(holds(d, p, u), `${p} -> ${u}`).toBe(false);
  });
});
