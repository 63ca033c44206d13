// Rules of the extraction engine on short texts written for these tests (no Neo4j involved).
import { describe, expect, it } from 'vitest';
import { extractText } from '../loaders/index.ts';
import type { DocumentFacts } from '../loaders/types.ts';

const doc = (name: string, text: string, publishedOn?: string) => ({
  path: `/tmp/${name}`, name, sha256: '0', text, language: /\p{Script=Han}/u.test(text) ? ('zh-Hans' as const) : ('en' as const), title: name,
  ...(publishedOn ? { publishedOn } : {}),
});
const labelled = (d: DocumentFacts, label: string) => d.entities.filter((e) => e.label === label);

describe('Chinese place names inside ordinary words', () => {
  it('a bare county-level name used as a word is not a place', () => {
    const d = extractText(doc('words.txt', '两家企业加强国际合作，占据了行业的半壁江山，成为地区界首屈一指的企业。'));
    expect(labelled(d, 'Region').map((e) => e.id)).toEqual([]);
  });

  it('the same names stand as places with their parent, a suffix, a body or word edges', () => {
    const d = extractText(doc('places.txt', '浙江衢州江山开展试点。甘肃合作市和江山、界首等地卫健委参加会议。'));
    const ids = labelled(d, 'Region').map((e) => e.id);
    expect(ids).toContain('region:CN-330881');
    expect(ids).toContain('region:CN-623001');
    expect(ids).toContain('region:CN-341282');
  });
});

describe('Chinese organisation boundaries', () => {
  it('a clause verb between two names splits them', () => {
    const d = extractText(doc('orgs.txt', '国家再生医学资源库落地复旦大学，华山医院建设上海再生医学临床研究中心。'));
    const names = labelled(d, 'Organization').map((e) => e.name);
    expect(names).toContain('复旦大学');
    expect(names).toContain('上海再生医学临床研究中心');
    expect(names.some((n) => /落地|建设/.test(n))).toBe(false);
  });

  it('a verb that also occurs inside names splits only before a place or national word', () => {
    const d = extractText(doc('bank.txt', '中国建设银行股份有限公司与该医院签署合作协议。'));
    expect(labelled(d, 'Organization').map((e) => e.name)).toContain('中国建设银行股份有限公司');
  });
});
