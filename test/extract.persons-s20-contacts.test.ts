// Session 20 (PERSONS), class M3 "a contact and the unit in brackets after the name": 联系人：A（某处），电话…；B（某处）,
// "Contact: A (X Division), Tel: …; B (Y Division)". Each person is MEMBER_OF the unit after their own name (a unit of
// the page's body). Pages of our own (test/persons-s20-pages.ts), read from files through the real reader.
import { describe, expect, it } from 'vitest';
import { pageFiles } from './page-files.ts';
import { CONTACT_UNIT_NEAR, CONTACT_UNIT_PAGES, holdsZh as holds, memberIds as members } from './persons-s20-pages.ts';

const extractPage = pageFiles('persons-contacts-');

describe('a contact and the unit in brackets after the name', () => {
  it.each(CONTACT_UNIT_PAGES)('%s', async (_what, page, pairs) => {
    const d = await extractPage(page);
    for (const [p, u] of pairs) expect(holds(d, p, u), `${p} -> ${u} in ${JSON.stringify(members(d))}`).toBe(true);
  });
  it.each(CONTACT_UNIT_NEAR)('no: %s', async (_what, page, pairs) => {
    const d = await extractPage(page);
    for (const [p, u] of pairs) expect(holds(d, p, u), `${p} -> ${u}`).toBe(false);
  });
});
