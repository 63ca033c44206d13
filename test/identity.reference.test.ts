// Names of one thing across scripts that are not translations of each other, read from the reference list of the
// field's organisations and landmark policies (loaders/identity/reference.ts), and yearly texts told apart by the
// year their titles state. Facts written by hand; the sentences are our own.
import { describe, expect, it } from 'vitest';
import { resolveAcross } from '../loaders/index.ts';
import { nameKey } from '../loaders/identity/profile.ts';
import { ORGANIZATIONS, POLICIES, referenceIds, referenceKey } from '../loaders/identity/reference.ts';
import type { Entity } from '../loaders/types.ts';
import { handFacts } from './hand-facts.ts';

/** Whether two documents each naming one entity end with one id for it. */
const oneId = (a: Partial<Entity>, b: Partial<Entity>): boolean => {
  const [x, y] = resolveAcross([handFacts('a.txt', [{ id: 'x:a', ...a }]), handFacts('b.txt', [{ id: 'x:b', ...b }])]);
  return x!.entities[0]!.id === y!.entities[0]!.id;
};
const org = (name: string): Partial<Entity> => ({ label: 'Organization', name });
const pol = (name: string, date?: string, status?: Entity['status']): Partial<Entity> => ({ name, ...(date ? { date } : {}), ...(status ? { status } : {}) });

describe('the reference list', () => {
  it('gives every form to one entry only, and each form finds its own entry', () => {
    for (const [label, entries] of [['Organization', ORGANIZATIONS], ['Policy', POLICIES]] as const) {
      const owner = new Map<string, string>();
      for (const e of entries) {
        for (const f of e.forms) {
          const k = referenceKey(label, f);
          expect(owner.get(k) ?? e.id, `${label} ${f}`).toBe(e.id);
          owner.set(k, e.id);
          expect(referenceIds(label, [f])).toEqual([e.id]);
        }
      }
    }
  });

  it('reads Traditional characters, a stock code and a legal form, but not a bracketed place', () => {
    expect(referenceIds('Organization', ['科濟藥業'])).toEqual(['carsgen']);
    expect(referenceIds('Organization', ['信达生物（01801.HK）'])).toEqual(['innovent']);
    expect(referenceIds('Organization', ['Innovent Biologics (Suzhou) Co., Ltd.'])).toEqual(['innovent']);
    // A subsidiary in another place is another company.
    expect(referenceIds('Organization', ['信達生物（香港）有限公司'])).toEqual([]);
    expect(referenceIds('Policy', ['《中華人民共和國藥品管理法》（2019年修訂）'])).toEqual(['cn-drug-administration-law']);
    expect(nameKey('Drug Administration Law of the People’s Republic of China')).not.toBe(nameKey('药品管理法'));
    expect(referenceIds('Policy', ['Drug Administration Law of the People’s Republic of China'])).toEqual(['cn-drug-administration-law']);
  });
});

describe('organisations named across scripts by the reference list', () => {
  it('are one: a company under its English and its Chinese name, short or full', () => {
    expect(oneId(org('CARsgen Therapeutics Co., Ltd.'), org('科济药业'))).toBe(true);
    expect(oneId(org('IASO Bio'), org('南京驯鹿生物技术股份有限公司'))).toBe(true);
    expect(oneId(org('JW Therapeutics (Shanghai) Co., Ltd.'), org('药明巨诺'))).toBe(true);
    expect(oneId(org('Fudan University'), org('復旦大學'))).toBe(true);
  });

  it('are not: two listed entries (a university and its hospital, a hospital and its branch), nor an unlisted look-alike', () => {
    expect(oneId(org('Fudan University'), org('复旦大学附属中山医院'))).toBe(false);
    expect(oneId(org('Ruijin Hospital'), org('瑞金海南医院'))).toBe(false);
    expect(oneId(org('JW Pharmaceutical'), org('JW Therapeutics'))).toBe(false);
    expect(oneId(org('信达生物（香港）有限公司'), org('Innovent Biologics'))).toBe(false);
  });

  it('leaves out a bare name other places give too (Xiamen also has a Zhongshan Hospital)', () => {
    expect(referenceIds('Organization', ['Zhongshan Hospital'])).toEqual([]);
    expect(referenceIds('Organization', ['Institute of Zoology'])).toEqual([]);
    expect(oneId(org('Xiamen University Zhongshan Hospital'), org('复旦大学附属中山医院'))).toBe(false);
  });
});

describe('landmark policies named across scripts by the reference list', () => {
  it('are one text under a short title, a full title and an English rendering', () => {
    expect(oneId(pol('Drug Administration Law', '2019-08'), pol('中华人民共和国药品管理法'))).toBe(true);
    expect(oneId(pol('Regenerative Medicine Act'), pol('再生醫療法', '2024-06-04'))).toBe(true);
    expect(oneId(pol('"1+" mechanism', '2023-11'), pol('「1+」機制'))).toBe(true);
    expect(oneId(pol('Pharmacy and Poisons Ordinance (Cap. 138)'), pol('《藥劑業及毒藥條例》'))).toBe(true);
  });

  it('a long listed title cut short where a page ends is that text; a short start is not', () => {
    expect(oneId(pol('Regulations on the Administration of Clinical Research and Clinical Transl'), pol('生物医学新技术临床研究和临床转化应用管理条例'))).toBe(true);
    expect(referenceIds('Policy', ['Regulations on the Administration of'])).toEqual([]);
  });

  it('a listed law under the years of two revisions in its titles is one law; an unlisted title so is two', () => {
    expect(oneId(pol('中华人民共和国药品管理法（2015年修正）'), pol('药品管理法（2019年修订）'))).toBe(true);
    expect(oneId(pol('某某省药品监督管理条例（2015年修正）'), pol('某某省药品监督管理条例（2019年修订）'))).toBe(false);
  });

  it('a listed text dated by its promulgation on one page and its entry into force on another is one text', () => {
    const zh = '生物医学新技术临床研究和临床转化应用管理条例';
    expect(oneId(pol(zh, '2025-09-28'), pol('Regulations on the Clinical Research and Clinical Translational Application of New Biomedical Technologies', '2026-05-01'))).toBe(true);
    // An unlisted title dated in two years stays two texts.
    expect(oneId(pol('细胞治疗产品临床研究管理办法', '2025-09-28'), pol('细胞治疗产品临床研究管理办法', '2026-05-01'))).toBe(false);
  });

  it('are not: two listed texts of one field, or a draft and its final text', () => {
    expect(oneId(pol('Regenerative Medicine Act'), pol('再生醫療製劑條例'))).toBe(false);
    expect(oneId(pol('人类遗传资源管理条例'), pol('人类遗传资源管理条例实施细则'))).toBe(false);
    expect(oneId(pol('药品生产质量管理规范-细胞治疗产品附录（征求意见稿）', '2022-01', 'draft'), pol('Appendix on Cell Therapy Products to the Good Manufacturing Practice for Drugs', '2022-01', 'final'))).toBe(false);
  });
});

describe('yearly texts and glossary words', () => {
  it("Hong Kong's Policy Address of one year is one text in both scripts, however the page dates it", () => {
    expect(oneId(pol('2024 Policy Address', '2024'), pol('2024年施政報告', '2024'))).toBe(true);
    expect(oneId(pol('行政長官2026年施政報告'), pol('2026 Policy Address', '2026'))).toBe(true);
    expect(oneId(pol('2026年施政報告', '2027'), pol('2026 Policy Address', '2026'))).toBe(true);
  });

  it('the Policy Addresses of two years are two texts, also when one page gives no date', () => {
    expect(oneId(pol('2024年施政報告'), pol('2025 Policy Address', '2025'))).toBe(false);
    expect(oneId(pol('2024年施政报告'), pol('行政长官2025年施政报告'))).toBe(false);
  });

  it('a bioeconomy plan and an advertising rule read across scripts', () => {
    expect(oneId(pol('Guangxi Bioeconomy Development Plan'), pol('广西生物经济发展规划'))).toBe(true);
    expect(oneId(pol('Guangxi Bioeconomy Development Plan'), pol('广西生物医药产业发展规划'))).toBe(false);
    expect(oneId(pol('Yunnan Measures for the Administration of Medical Advertising'), pol('云南省医疗广告管理办法'))).toBe(true);
  });

  it('abbreviations, GMP annexes and synonyms a repost swaps in read as the glossary words they stand for', () => {
    expect(oneId(pol('Memorandum of Understanding on Regulatory Cooperation for CGT Products'), pol('关于细胞和基因治疗产品监管合作的备忘录'))).toBe(true);
    expect(oneId(pol('MoU on Regulatory Cooperation on ATPs'), pol('關於先進療法產品監管合作的備忘錄'))).toBe(true);
    expect(oneId(pol('Annex on Gene Therapy Products to the Good Manufacturing Practice for Drugs'), pol('药品生产质量管理规范—基因治疗产品附录'))).toBe(true);
    expect(oneId(pol('Annex on Gene Therapy Products to the Good Manufacturing Practice for Drugs'), pol('药品生产质量管理规范—细胞治疗产品附录'))).toBe(false);
    expect(oneId(pol('海南省细胞和基因工业推进条例'), pol('海南省细胞和基因产业促进条例'))).toBe(true);
  });

  it('生物医药 reads as biomedical or biopharmaceutical, 生物技术 as biotechnology', () => {
    expect(oneId(pol('Gansu Biomedical Industry Development Plan'), pol('甘肃省生物医药产业发展规划'))).toBe(true);
    expect(oneId(pol('Gansu Biopharmaceutical Industry Development Plan'), pol('甘肃省生物医药产业发展规划'))).toBe(true);
    expect(oneId(pol('Gansu Biomedical Industry Development Plan'), pol('甘肃省生物技术产业发展规划'))).toBe(false);
  });

  it('a clinical trial is a trial (试验), not a text on trial (试行)', () => {
    expect(oneId(pol('Guangxi Pilot Plan for Clinical Trial Data Submission of Gene Therapy Products'), pol('广西基因治疗产品临床试验资料提交试点方案'))).toBe(true);
    expect(oneId(pol('Guangxi Pilot Plan for Gene Therapy Products (Trial)'), pol('广西基因治疗产品临床试验资料提交试点方案'))).toBe(false);
  });
});

describe("a country's first product of a class names it", () => {
  const approval = (name: string, date: string): Partial<Entity> => ({ label: 'License', name, date });
  const oneLicence = (a: Partial<Entity>, b: Partial<Entity>): boolean => {
    const doc = (d: string, e: Partial<Entity>) =>
      handFacts(d, [{ id: `license:${d}`, ...e }, { id: 'agency:cn/nmpa', label: 'Agency', name: 'NMPA' }], [{ type: 'ISSUED', from: 'agency:cn/nmpa', to: `license:${d}` }]);
    const [x, y] = resolveAcross([doc('a.txt', a), doc('b.txt', b)]);
    return x!.entities[0]!.id === y!.entities[0]!.id;
  };

  it('the first stem-cell drug approved in China is amimestrocel, in either language', () => {
    expect(oneLicence(approval("regulator's approval of the nation's first stem cell drug", '2025-01'), approval('艾米迈托赛注射液附条件批准上市', '2025-01-02'))).toBe(true);
    expect(oneLicence(approval('我國首款間充質幹細胞治療藥品獲批', '2025-01'), approval('approval of amimestrocel', '2025-01-02'))).toBe(true);
    expect(oneLicence(approval("approval of China's first CAR-T cell therapy", '2021-06'), approval('阿基仑赛注射液获批上市', '2021-06-23'))).toBe(true);
  });

  it('is not another first: the first CAR-T, nor a first for one disease', () => {
    expect(oneLicence(approval("China's first CAR-T therapy approved", '2025-01'), approval('艾米迈托赛注射液附条件批准上市', '2025-01-02'))).toBe(false);
    expect(oneLicence(approval("the country's first stem cell therapy for knee osteoarthritis", '2025-01'), approval('艾米迈托赛注射液附条件批准上市', '2025-01-02'))).toBe(false);
    // The first clinical trial of a class is not its first approved product.
    expect(oneLicence(approval("China's first stem cell therapy clinical trial approval", '2025-01'), approval('approval of amimestrocel', '2025-01-02'))).toBe(false);
  });
});
