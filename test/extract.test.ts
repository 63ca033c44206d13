// The extraction engine on texts written for these tests and on the seed documents (no Neo4j involved).
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../config.ts';
import { extractFile, extractText, resolveAcross } from '../loaders/index.ts';
import { toFormatJson } from '../loaders/facts-json.ts';
import type { DocumentFacts } from '../loaders/types.ts';

const TEXTS = path.join(ROOT, 'test', 'fixtures', 'texts');
const SEEDS = path.join(ROOT, '..', 'shared', 'corpus', 'seeds');

const has = (d: DocumentFacts, type: string, from: string, to: string): boolean =>
  d.relations.some((r) => r.type === type && r.from === from && r.to === to);
const entity = (d: DocumentFacts, id: string) => d.entities.find((e) => e.id === id);
const policyNamed = (d: DocumentFacts, re: RegExp) => d.entities.find((e) => e.label === 'Policy' && re.test(e.name));

const doc = (name: string, text: string, publishedOn?: string) => ({
  path: `/tmp/${name}`, name, sha256: '0', text, language: /\p{Script=Han}/u.test(text) ? ('zh-Hans' as const) : ('en' as const), title: name,
  ...(publishedOn ? { publishedOn } : {}),
});

describe('English rules', () => {
  it('a provincial body issues a trial measure, dated, applying to its province', async () => {
    const d = await extractFile(path.join(TEXTS, 'yunnan-cell-therapy.txt'));
    const p = policyNamed(d, /^Measures for the Administration of Cell Therapy Clinical Research/);
    expect(p).toMatchObject({ kind: 'measures', status: 'trial', date: '2022-05-03' });
    expect(entity(d, 'agency:cn-yn/health-commission')?.name).toBe('Yunnan Provincial Health Commission');
    const issued = d.relations.find((r) => r.type === 'ISSUED' && r.to === p!.id);
    expect(issued).toMatchObject({ from: 'agency:cn-yn/health-commission', date: '2022-05-03' });
    expect(issued?.evidence).toMatch(/Yunnan Provincial Health Commission issued/);
    expect(has(d, 'APPLIES_TO', p!.id, 'region:CN-YN')).toBe(true);
  });

  it("a CPPCC member's posts and proposal, targeting the zone its title names", async () => {
    const d = await extractFile(path.join(TEXTS, 'yunnan-cell-therapy.txt'));
    expect(has(d, 'MEMBER_OF', 'person:chen-haoran', 'agency:cn/cppcc/national-committee')).toBe(true);
    expect(has(d, 'MEMBER_OF', 'person:chen-haoran', 'org:lianhe-biotech')).toBe(true);
    const prop = d.entities.find((e) => e.label === 'Proposal');
    expect(prop?.name).toMatch(/^Proposal to support the clinical use of cell therapy/);
    // A proposal reported in news of the sessions is dated by the report's month.
    expect(prop?.date).toBe('2022-05');
    expect(has(d, 'PROPOSED', 'person:chen-haoran', prop!.id)).toBe(true);
    expect(has(d, 'APPLIES_TO', prop!.id, 'region:ftz/hainan')).toBe(true);
  });

  it('a department "of the" ministry is part of it, and a draft is a draft', async () => {
    const d = await extractFile(path.join(TEXTS, 'yunnan-cell-therapy.txt'));
    const dept = d.entities.find((e) => e.label === 'Agency' && /Science and Technology Department/.test(e.name));
    expect(dept).toBeDefined();
    expect(has(d, 'PART_OF', dept!.id, 'agency:cn/moe')).toBe(true);
    const g = policyNamed(d, /Laboratory Biosafety/);
    expect(g).toMatchObject({ kind: 'guideline', status: 'draft', date: '2022-06-02' });
    expect(has(d, 'ISSUED', dept!.id, g!.id)).toBe(true);
  });

  it('a list under a date heading takes the date; "ten departments including A, B" gives one ISSUED each', () => {
    const d = extractText(doc('list.txt', [
      'Policy round-up', '', 'June 3, 2021', '',
      'Several departments, including the Ministry of Commerce, the National Development and Reform Commission and the Ministry of Finance, jointly issued the Guidelines for Foreign Investment in Biotechnology.',
    ].join('\n')));
    const p = policyNamed(d, /Guidelines for Foreign Investment in Biotechnology/);
    const issuers = d.relations.filter((r) => r.type === 'ISSUED' && r.to === p!.id);
    expect(issuers.map((r) => r.from).sort()).toEqual(['agency:cn/mofcom', 'agency:cn/mof', 'agency:cn/ndrc'].sort());
    expect(issuers.every((r) => r.date === '2021-06-03')).toBe(true);
  });

  it('does not take quoted speech or places inside names for entities', () => {
    const d = extractText(doc('speech.txt', '"How to raise the quality standards of cell products is the key," said Professor Zhao Ming of the Dongfang Hospital.'));
    expect(d.entities.some((e) => e.label === 'Policy')).toBe(false);
    expect(d.entities.some((e) => e.label === 'Region')).toBe(false);
  });
});

describe('Chinese rules', () => {
  it('co-issuers joined by 、 each get ISSUED; a document number is kept', async () => {
    const d = await extractFile(path.join(TEXTS, 'joint-notice-zh.txt'));
    const p = policyNamed(d, /关于规范细胞治疗临床研究的通知/);
    expect(p).toMatchObject({ kind: 'notice', status: 'final', docNumber: '国卫办医政发〔2022〕18号' });
    expect(has(d, 'ISSUED', 'agency:cn/nhc/general-office', p!.id)).toBe(true);
    expect(d.relations.filter((r) => r.type === 'ISSUED' && r.to === p!.id)).toHaveLength(2);
  });

  it('a licence granted by a provincial MPA to a named company', async () => {
    const d = await extractFile(path.join(TEXTS, 'joint-notice-zh.txt'));
    const lic = d.entities.find((e) => e.label === 'License');
    expect(lic?.date).toBe('2022-08');
    expect(has(d, 'ISSUED', 'agency:cn-sc/medical-products', lic!.id)).toBe(true);
    const holder = d.relations.find((r) => r.type === 'GRANTED_TO' && r.from === lic!.id);
    expect(entity(d, holder!.to)?.name).toBe('成都天府细胞科技有限公司');
  });

  it('a licence goes to its applicant (X申报的) and to its receiver (X收到), past one bracketed aside', () => {
    const holderOf = (text: string): string[] => {
      const d = extractText(doc('holder.txt', text, '2024-03-01'));
      const lic = d.entities.find((e) => e.label === 'License');
      return d.relations.filter((r) => r.type === 'GRANTED_TO' && r.from === lic?.id).map((r) => entity(d, r.to)?.name ?? '');
    };
    expect(holderOf('2024年3月1日，国家药监局批准星河细胞科技有限公司（以下简称“星河”）申报的星河注射液上市，用于治疗膝骨关节炎。')).toEqual(['星河细胞科技有限公司']);
    expect(holderOf('近日，远山生物科技有限公司收到国家药品监督管理局颁发的《药品注册证书》，其细胞治疗产品获准上市。')).toEqual(['远山生物科技有限公司']);
    // A company only named in the sentence (its partner) is no holder.
    expect(holderOf('国家药监局批准星河细胞科技有限公司申报的星河注射液上市，远山生物科技有限公司负责生产。')).toEqual(['星河细胞科技有限公司']);
  });

  it("the owner of an approved product is the licence's holder (X's product)", () => {
    const d = extractText(doc('holder-en.txt', 'On 4 March, the National Medical Products Administration approved NovaCell-7 for knee osteoarthritis.\nThe regulator approved Nova Regen Biotech Co., Ltd.\'s NovaCell-7 after a single pivotal trial.', '2024-03-05'));
    const lic = d.entities.find((e) => e.label === 'License');
    const holders = d.relations.filter((r) => r.type === 'GRANTED_TO' && r.from === lic?.id).map((r) => entity(d, r.to)?.name);
    expect(holders).toEqual(['Nova Regen Biotech Co., Ltd.']);
  });

  it('a day written alone (13日, 今（27）日) is a day of the page\'s month, or of the month before', () => {
    const issuedOn = (text: string, page: string) => extractText(doc('day.txt', text, page)).relations.find((r) => r.type === 'ISSUED')?.date;
    expect(issuedOn('国家卫生健康委13日印发《细胞治疗产品临床研究管理办法》。', '2025-02-14')).toBe('2025-02-13');
    expect(issuedOn('卫生福利部今（27）日公告修正「细胞治疗技术管理办法」。', '2024-12-30')).toBe('2024-12-27');
    // News of the 30th read on the 2nd of the next month.
    expect(issuedOn('国家卫生健康委30日印发《细胞治疗产品临床研究管理办法》。', '2025-02-02')).toBe('2025-01-30');
  });

  it('Hong Kong ordinances and bills are laws; a reply (答复) headline is a notice dated by its record\'s 答复日期 field', () => {
    const en = extractText(doc('hk.txt', 'The Medical Devices (Amendment) Ordinance 2021 (Cap. 999) was passed by the Legislative Council on 3 March 2021.\nThe Government will introduce the Clinical Trials Regulation Bill into the Legislative Council next year.', '2021-03-10'));
    expect(policyNamed(en, /^Medical Devices \(Amendment\) Ordinance 2021/)).toMatchObject({ kind: 'law', date: '2021-03-03' });
    expect(policyNamed(en, /^Clinical Trials Regulation Bill$/)).toMatchObject({ kind: 'law' });
    const zh = extractText(doc('reply.txt', '承办单位 | 答复日期 | 答复内容 |\n某省卫生健康委员会 | 2020-08-14 | 查看\n某省卫生健康委员会关于省人大代表建议第123号办理情况的答复(复文分类:A)\n张某代表：您提出的建议收悉。'));
    expect(policyNamed(zh, /办理情况的答复$/)).toMatchObject({ kind: 'notice', date: '2020-08-14' });
  });

  it('"passed the third reading of" issues; two acts joined by "and the" are two; Catalogue-led titles keep their closing bracket', () => {
    const d = extractText(doc('acts.txt', "Taiwan's Legislative Yuan on Tuesday (May 6) passed the third reading of the Cell Therapy Act and the Cell Therapy Products Act, which take effect next year.\nThe Catalogue of Encouraged Industries for Overseas Investment and the Special Administrative Measures for Overseas Market Access (Negative List) of China set the rules.\nThe Catalogue for the Guidance of Overseas Investment Industries (Revised in 2011) was promulgated in 2011.", '2025-05-08'));
    for (const re of [/^Cell Therapy Act$/, /^Cell Therapy Products Act$/]) {
      const p = policyNamed(d, re);
      expect(p).toMatchObject({ kind: 'law', date: '2025-05-06' });
      expect(has(d, 'ISSUED', 'agency:cn-tw/legislative-yuan', p!.id)).toBe(true);
    }
    expect(policyNamed(d, /^Catalogue of Encouraged Industries for Overseas Investment$/)).toBeDefined();
    expect(policyNamed(d, /^Special Administrative Measures for Overseas Market Access \(Negative List\)$/)).toBeDefined();
    // Dated by "was promulgated in", issued by nobody named.
    const cat = policyNamed(d, /^Catalogue for the Guidance of Overseas Investment Industries \(Revised in 2011\)$/);
    expect(cat?.date).toBe('2011');
    expect(d.relations.some((r) => r.type === 'ISSUED' && r.to === cat!.id)).toBe(false);
  });

  it('"jointly issued a circular on Friday" names the issuers and day of the Circular titled in the next sentence', () => {
    const d = extractText(doc('circular.txt', 'The National Health Commission and the National Medical Products Administration jointly issued a circular on Friday tightening checks on cell therapy trials.\nThe Circular on Strengthening the Supervision of Cell Therapy Trials asks hospitals to register every trial.\nA third paragraph mentions the Notice on Hospital Ethics Committees without saying who issued it.', '2025-03-10'));
    const p = policyNamed(d, /^Circular on Strengthening the Supervision/);
    expect(p?.date).toBe('2025-03-07');
    expect(has(d, 'ISSUED', 'agency:cn/nhc', p!.id) && has(d, 'ISSUED', 'agency:cn/nmpa', p!.id)).toBe(true);
    // A title two sentences on, of another kind, is not that circular.
    const other = policyNamed(d, /^Notice on Hospital Ethics Committees/);
    expect(d.relations.some((r) => r.type === 'ISSUED' && r.to === other?.id)).toBe(false);
  });

  it('Taiwan 预告/订定: a clause opened by 并 keeps the subject; a date the text takes effect is not its issuing date', () => {
    const d = extractText({ ...doc('tw.txt', '衛生福利部今（15）日公告「細胞治療技術管理條例」自114年3月1日施行，並同步預告「細胞治療技術審查辦法」草案，徵求各界意見。', '2025-01-15'), language: 'zh-Hant' as const });
    const p = policyNamed(d, /细胞治疗技术审查办法/);
    expect(p?.status).toBe('draft');
    expect(policyNamed(d, /细胞治疗技术管理条例/)?.status).toBe('final');
    expect(d.relations.find((r) => r.type === 'ISSUED' && r.from === 'agency:cn-tw/mohw' && r.to === p?.id)?.date).toBe('2025-01-15');
    const e = extractText({ ...doc('tw2.txt', '衛生福利部於本月10日訂定「細胞製劑儲存管理辦法」。', '2025-01-12'), language: 'zh-Hant' as const });
    expect(has(e, 'ISSUED', 'agency:cn-tw/mohw', policyNamed(e, /细胞制剂储存管理办法/)!.id)).toBe(true);
  });

  it('a three-character law in corner quotes (「藥事法」) is a policy; proposing to amend it (提案修正) issues nothing', () => {
    const d = extractText({ ...doc('tw3.txt', '立法委員王某某等人提案修正「藥事法」部分條文，案經付委審查中。', '2025-01-12'), language: 'zh-Hant' as const });
    const p = policyNamed(d, /^药事法$/);
    expect(p).toMatchObject({ kind: 'law' });
    expect(d.relations.some((r) => r.type === 'ISSUED' && r.to === p!.id)).toBe(false);
  });

  it('Traditional script resolves to the same ids as Simplified and English', async () => {
    const d = await extractFile(path.join(TEXTS, 'measures-zh-hant.txt'));
    expect(d.language).toBe('zh-Hant');
    const p = policyNamed(d, /体细胞治疗临床研究管理办法/);
    expect(p).toMatchObject({ kind: 'measures', status: 'trial', date: '2021-10' });
    expect(p!.aliases).toContain('體細胞治療臨床研究管理辦法(試行)');
    expect(has(d, 'ISSUED', 'agency:cn/nhc', p!.id)).toBe(true);
    expect(has(d, 'PART_OF', 'agency:cn-js/general-office', 'agency:cn-js/government')).toBe(true);
    const en = extractText(doc('en.txt', 'The National Health Commission issued the Measures for Somatic Cell Therapy Clinical Research (Trial) in October 2021.'));
    expect(en.entities.find((e) => e.label === 'Policy')?.id).toBe(p!.id);
  });
});

describe('seed documents', () => {
  const seed = (n: string) => extractFile(path.join(SEEDS, n));

  it('002: the CDE of the NMPA issued the stem-cell pharmaceutical guideline on 2023-04-25', async () => {
    const d = await seed('002_aa38597a7d2e4e9c.txt');
    const p = policyNamed(d, /^Technical Guidelines for Pharmaceutical Research and Evaluation of human Stem Cell Products/i);
    expect(p).toMatchObject({ kind: 'guideline', status: 'trial', date: '2023-04-25' });
    expect(d.relations.find((r) => r.type === 'ISSUED' && r.to === p!.id)).toMatchObject({ from: 'agency:cn/nmpa/cde', date: '2023-04-25' });
    expect(has(d, 'PART_OF', 'agency:cn/nmpa/cde', 'agency:cn/nmpa')).toBe(true);
  });

  // 'Ding Leeming' is no pinyin: the check that accepted any word (and made it a fourth spelling) is gone.
  it('001: the pinyin spellings of Ding Lieming are one person with two posts and a proposal', async () => {
    const d = await seed('001_6f4a84632ba18ea6.txt');
    const dings = d.entities.filter((e) => e.label === 'Person' && e.name.startsWith('Ding'));
    expect(dings).toHaveLength(1);
    for (const v of ['Ding Liming', 'Ding Leiming', 'Ding Lieming']) expect([dings[0]!.name, ...dings[0]!.aliases]).toContain(v);
    expect(has(d, 'MEMBER_OF', dings[0]!.id, 'agency:cn/cppcc/national-committee')).toBe(true);
    expect(d.relations.some((r) => r.type === 'PROPOSED' && r.from === dings[0]!.id)).toBe(true);
    expect(d.merges.some((m) => m.id === dings[0]!.id)).toBe(true);
  });

  it('003 (Traditional script) names bodies with the same ids as the English seed 002', async () => {
    const [d2, d3] = await Promise.all([seed('002_aa38597a7d2e4e9c.txt'), seed('003_2b7de66b02ee1e2a.txt')]);
    for (const id of ['agency:cn/state-council', 'agency:cn-440300/peoples-congress-standing-committee', 'agency:cn-sh/science-technology', 'region:CN-BJ']) {
      expect(entity(d2, id), id).toBeDefined();
      expect(entity(d3, id), id).toBeDefined();
    }
    const [r2, r3] = resolveAcross([d2, d3]);
    const shenzhen = (d: DocumentFacts) => d.entities.find((e) => e.label === 'Policy' && /深圳经济特区细胞和基因产业促进条例|Shenzhen Special Economic Zone/.test(`${e.name} ${e.aliases.join(' ')}`));
    expect(shenzhen(r2!)?.id).toBe(shenzhen(r3!)?.id);
  });

  it('ids do not depend on the batch or its order', async () => {
    const files = ['000_9b8dc05f0c326349.txt', '001_6f4a84632ba18ea6.txt', '002_aa38597a7d2e4e9c.txt', '003_2b7de66b02ee1e2a.txt', '004_961fa441884743f9.txt'];
    const docs = await Promise.all(files.map(seed));
    const a = toFormatJson(resolveAcross(docs));
    const b = toFormatJson(resolveAcross([...docs].reverse()));
    const ids = (x: typeof a) => Object.fromEntries(x.documents.map((d) => [d.document, d.entities.map((e) => e.id).sort()]));
    expect(ids(b)).toEqual(ids(a));
  });
});

describe('policygraph facts', () => {
  it('reports a bad file on stderr, still prints the good ones, exits 1', async () => {
    const run = promisify(execFile);
    const err = await run('node', [path.join(ROOT, 'bin', 'policygraph.js'), 'facts', path.join(TEXTS, 'missing.txt'), path.join(TEXTS, 'yunnan-cell-therapy.txt')], { cwd: ROOT })
      .then(() => undefined, (e: { code: number; stdout: string; stderr: string }) => e);
    expect(err?.code).toBe(1);
    expect(err?.stderr).toMatch(/missing\.txt: /);
    const out = JSON.parse(err!.stdout) as { documents: Array<{ document: string }> };
    expect(out.documents.map((d) => d.document)).toEqual(['yunnan-cell-therapy.txt']);
  });

  it('takes a folder: every document in it, in name order', async () => {
    const run = promisify(execFile);
    const { stdout } = await run('node', [path.join(ROOT, 'bin', 'policygraph.js'), 'facts', SEEDS], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    const out = JSON.parse(stdout) as { documents: Array<{ document: string; entities: unknown[] }> };
    const names = (await fs.readdir(SEEDS)).filter((f) => !f.startsWith('.')).sort();
    expect(out.documents.map((d) => d.document)).toEqual(names);
    for (const d of out.documents) expect(d.entities.length, d.document).toBeGreaterThan(0);
  });
});
