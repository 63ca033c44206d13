// A licence given to a named company, in the active voice ("The X MPA issued a drug production licence to Y Co., Ltd."),
// the twin of "Y received a … licence from X"; and "granted approval to Y Co., Ltd. for its product". Our own sentences.
import { describe, expect, it } from 'vitest';
import { pageFiles } from './page-files.ts';

const extractPage = pageFiles('licence-to-');

const facts = async (sentence: string) => {
  const d = await extractPage(`Cell therapy licences\n\n2026-10-30\n\n${sentence}\n`);
  const licences = d.entities.filter((e) => e.label === 'License');
  const issuers = d.relations.filter((r) => r.type === 'ISSUED' && licences.some((l) => l.id === r.to)).map((r) => r.from);
  const holders = d.relations.filter((r) => r.type === 'GRANTED_TO').map((r) => d.entities.find((e) => e.id === r.to)?.name);
  return { licences: licences.map((l) => l.name), issuers, holders };
};

describe('a licence given to a named company', () => {
  it.each([
    ['The Sichuan Provincial Medical Products Administration has issued a drug production licence to Chengdu Ruitai Cell Technology Co., Ltd.', 'agency:cn-sc/medical-products', 'drug production licence'],
    ['The National Medical Products Administration granted a drug registration certificate to Hangzhou Yuanjing Biotech Co., Ltd. on 12 October.', 'agency:cn/nmpa', 'drug registration certificate'],
    ['The Fujian Provincial Medical Products Administration awarded a GMP certificate to Xiamen Haicang Cell Engineering Co., Ltd. last week.', 'agency:cn-fj/medical-products', 'GMP certificate'],
  ])('%s', async (s, body, name) => {
    const f = await facts(s);
    expect(f.licences).toContain(name);
    expect(f.issuers).toContain(body);
    expect(f.holders.length).toBe(1);
  });

  it('"to X Co., Ltd. for its product": the product approved, the company holds it', async () => {
    const f = await facts('The National Medical Products Administration granted conditional approval to Shandong Qilu Cell Co., Ltd. for its TIL product on 5 October.');
    expect(f.licences).toEqual(['approval of TIL product']);
    expect(f.issuers).toEqual(['agency:cn/nmpa']);
  });

  it.each([
    "The National Medical Products Administration granted conditional approval to Nanhu Cell Therapeutics' NH-07 on 2 October.",
    "The National Medical Products Administration granted conditional approval to Kunlun Biotech's KL-19 on 2 October.",
  ])('a company\'s product after "to" is the product, not a holder: %s', async (s) => {
    const f = await facts(s);
    expect(f.licences.length).toBe(1);
    expect(f.issuers).toEqual(['agency:cn/nmpa']);
  });

  it.each([
    'The Zhejiang Provincial Medical Products Administration issued a licence plate to the courier.',
    'The Jiangsu Provincial Medical Products Administration issued a notice to Nanjing Boyuan Cell Co., Ltd. on its inspection.',
    'Suzhou Hengtai Cell Co., Ltd. applied for a drug production licence in September.',
  ])('no licence: %s', async (s) => expect((await facts(s)).licences).toEqual([]));
});
