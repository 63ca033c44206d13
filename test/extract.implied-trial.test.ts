// An implied clinical-trial licence (临床试验默示许可: no objection within the review window) is the CDE's by law, also
// when the sentence names no body or names it far from the verb. Our own sentences.
import { describe, expect, it } from 'vitest';
import { pageFiles } from './page-files.ts';

const extractPage = pageFiles('implied-trial-');

const CDE = 'agency:cn/nmpa/cde';
const grants = async (sentence: string) => {
  const d = await extractPage(`某产品获临床试验默示许可\n\n2026-11-05\n\n${sentence}\n`);
  const licences = d.entities.filter((e) => e.label === 'License');
  return licences.map((l) => ({ name: l.name, by: d.relations.filter((r) => r.type === 'ISSUED' && r.to === l.id).map((r) => r.from) }));
};

describe('implied trial licences', () => {
  it.each([
    ['11月4日，药审中心官网显示，杭州某某生物科技有限公司（以下简称“某某生物”）申报的“人诱导多能干细胞来源视网膜色素上皮细胞注射液”（研发代号HZ-R02）获得临床试验默示许可，拟用于治疗干性黄斑变性。', 'HZ-R02'],
    ['甲公司的KM-11注射液已获药物临床试验默示许可。', 'KM-11'],
    ['乙公司自主研发的LX-7细胞注射液取得了临床试验默示许可。', 'LX-7'],
  ])('%s', async (s, code) => {
    const g = await grants(s);
    expect(g.length).toBe(1);
    expect(g[0]!.name).toContain(code);
    expect(g[0]!.by).toEqual([CDE]);
  });

  it.each([
    '截至10月底，国内已有30款干细胞类产品获得临床试验默示许可。',
    '甲公司表示，将为KM-12注射液申请临床试验默示许可。',
    '该类产品获得临床试验默示许可后方可开展试验。',
  ])('no licence: %s', async (s) => expect(await grants(s)).toEqual([]));
});
