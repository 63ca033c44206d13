// Session 20 (PERSONS), class M2 "a post of a body written before the name": ORG + unit + posts (、 or 暨) + NAME, the
// body named in full, by its short name, or by 该院 / 公司 (zh-Hans, zh-Hant). Each person is MEMBER_OF the body. Pages of
// our own (test/persons-s20-pages.ts), read from files through the real reader.
import { describe, expect, it } from 'vitest';
import { pageFiles } from './page-files.ts';
import { ZH_POST_NEAR, ZH_POST_PAGES, holdsZh as holds, memberIds as members } from './persons-s20-pages.ts';

const extractPage = pageFiles('persons-zh-posts-');

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
