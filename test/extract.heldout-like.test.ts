// Extraction on documents written for this project in the style of the corpus but unlike the seeds (a CDE
// guideline in English, a 关于印发…的通知, a provincial regulation, a Traditional-Chinese HK/TW report, a
// two-sessions round-up, a city's first licence, an FTZ opening notice, a provincial regulator's guideline),
// scored against their hand-written gold; each batch misses exactly what test/fixtures/heldout-like/known-misses.json
// lists (test/heldout-batches.ts; review a batch's list with node --import tsx test/known-misses.ts BATCH).
import fs from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFile, extractText, resolveAcross } from '../loaders/index.ts';
import type { DocumentFacts } from '../loaders/types.ts';
import { batchMisses, HELDOUT_DIR, mergesWithin, missDifference, pageNumber, readKnownMisses, scoreHeldout, type ScorerReport } from './heldout-batches.ts';

const DIR = HELDOUT_DIR;

let docs: DocumentFacts[] = [];
const byName = (name: string): DocumentFacts => {
  const d = docs.find((x) => x.document === name);
  if (!d) throw new Error(`no facts for ${name}`);
  return d;
};
const rel = (d: DocumentFacts, type: string, from: string, to: string) => d.relations.find((r) => r.type === type && r.from === from && r.to === to);
const named = (d: DocumentFacts, label: string, re: RegExp) => d.entities.find((e) => e.label === label && re.test(e.name));

beforeAll(async () => {
  const files = (await fs.readdir(DIR)).filter((f) => f.endsWith('.txt')).sort();
  docs = resolveAcross(await Promise.all(files.map((f) => extractFile(path.join(DIR, f)))));
});

describe('heldout-like documents: the facts a user relies on', () => {
  it('the CDE (not its parent NMPA) issues the final guideline on the day the text gives; the final replaces the draft', () => {
    const d = byName('h01_en_cde_guideline.txt');
    const final = named(d, 'Policy', /Genetically Modified Immune Cell Therapy Products \(Trial\)$/);
    const draft = named(d, 'Policy', /\(Draft for Comments\)$/);
    expect(final).toMatchObject({ kind: 'guideline', status: 'trial', date: '2024-05-13' });
    expect(rel(d, 'ISSUED', 'agency:cn/nmpa/cde', final!.id)?.date).toBe('2024-05-13');
    expect(rel(d, 'ISSUED', 'agency:cn/nmpa', final!.id)).toBeUndefined();
    expect(rel(d, 'SUPERSEDES', final!.id, draft!.id)).toBeDefined();
    expect(rel(d, 'PART_OF', 'agency:cn/nmpa/cde', 'agency:cn/nmpa')).toBeDefined();
  });

  it('foreign policies: the Biden administration (not the FDA of the earlier clause) launched the initiative, dated by its own clause; acts apply to their countries', () => {
    const d = byName('h01_en_cde_guideline.txt');
    const nbbi = named(d, 'Policy', /^National Biotechnology and Biomanufacturing Initiative$/);
    expect(nbbi?.date).toBe('2022-09');
    expect(rel(d, 'ISSUED', 'agency:us/government', nbbi!.id)?.date).toBe('2022-09');
    expect(rel(d, 'ISSUED', 'agency:us/fda', nbbi!.id)).toBeUndefined();
    const jp = named(d, 'Policy', /^Act on the Safety of Regenerative Medicine$/);
    const kr = named(d, 'Policy', /^Advanced Regenerative Bio Act$/);
    expect(jp?.kind).toBe('law');
    expect(rel(d, 'APPLIES_TO', jp!.id, 'region:JP')).toBeDefined();
    expect(rel(d, 'APPLIES_TO', kr!.id, 'region:KR')).toBeDefined();
  });

  it('关于印发X的通知: X is issued by the bodies of the headline on the signing date; the 2015 text it repeals stays a policy of its own', () => {
    const d = byName('h02_zh_nhc_notice.txt');
    const guide = d.entities.find((e) => e.label === 'Policy' && e.name === '干细胞临床研究机构备案工作指南(试行)');
    const old = d.entities.find((e) => e.label === 'Policy' && e.name === '干细胞临床研究机构备案工作指南');
    expect(guide).toMatchObject({ kind: 'guideline', status: 'trial', date: '2024-06-18' });
    expect(rel(d, 'ISSUED', 'agency:cn/nhc/general-office', guide!.id)?.date).toBe('2024-06-18');
    expect(rel(d, 'ISSUED', 'agency:cn/nmpa/zong-he-si', guide!.id)?.date).toBe('2024-06-18');
    expect(old?.id).not.toBe(guide!.id);
    expect(old?.date).toBe('2015');
    expect(rel(d, 'SUPERSEDES', guide!.id, old!.id)).toBeDefined();
    // 新疆生产建设兵团 in the salutation is the Corps, not Xinjiang.
    expect(d.entities.some((e) => e.id === 'region:CN-XJ')).toBe(false);
  });

  it('a provincial standing committee passes a regulation for its province; 省药品监督管理局 is the province in context', () => {
    const d = byName('h03_zh_jilin_regulation.txt');
    const reg = d.entities.find((e) => e.label === 'Policy' && e.name === '吉林省细胞和基因治疗产业促进条例');
    expect(reg).toMatchObject({ kind: 'regulation', date: '2024-09-27' });
    expect(rel(d, 'ISSUED', 'agency:cn-jl/peoples-congress-standing-committee', reg!.id)?.date).toBe('2024-09-27');
    expect(rel(d, 'APPLIES_TO', reg!.id, 'region:CN-JL')).toBeDefined();
    expect(d.entities.find((e) => e.id === 'agency:cn-jl/medical-products')?.name).toBe('Jilin Provincial Medical Products Administration');
  });

  it('《A》及《B》 passed together: both are issued by the Legislative Yuan on that day and apply to Taiwan', () => {
    const d = byName('h04_hant_hk_tw.txt');
    for (const title of ['再生医疗法', '再生医疗制剂条例']) {
      const p = d.entities.find((e) => e.label === 'Policy' && e.name === title);
      expect(p?.date, title).toBe('2024-06-04');
      expect(rel(d, 'ISSUED', 'agency:cn-tw/legislative-yuan', p!.id)?.date, title).toBe('2024-06-04');
      expect(rel(d, 'APPLIES_TO', p!.id, 'region:CN-TW'), title).toBeDefined();
    }
  });

  it('two-sessions proposals stated in sentences: proposer, the report month, seat and target zone', () => {
    const d = byName('h05_en_two_sessions.txt');
    const proposals = d.entities.filter((e) => e.label === 'Proposal');
    expect(proposals).toHaveLength(4);
    for (const p of proposals) expect(p.date).toBe('2025-03');
    const chen = named(d, 'Proposal', /^Proposal to establish a national fast-track review channel for cell therapy products$/);
    expect(rel(d, 'PROPOSED', 'person:chen-xiaoping', chen!.id)?.date).toBe('2025-03');
    expect(rel(d, 'MEMBER_OF', 'person:chen-xiaoping', 'agency:cn/npc')).toBeDefined();
    const zhou = named(d, 'Proposal', /^Proposal to build a stem cell clinical research/);
    expect(rel(d, 'PROPOSED', 'person:zhou-min', zhou!.id)).toBeDefined();
    expect(rel(d, 'APPLIES_TO', zhou!.id, 'region:zone/chengdu-tianfu-bio-town')).toBeDefined();
    expect(rel(d, 'MEMBER_OF', 'person:zhou-min', 'agency:cn-sc/cppcc-committee')).toBeDefined();
    const huang = named(d, 'Proposal', /Boao Lecheng/);
    expect(rel(d, 'APPLIES_TO', huang!.id, 'region:zone/boao-lecheng')).toBeDefined();
  });

  it("a city regulator grants a licence on the dateline's day; a zone's administration issues its measures", () => {
    const d = byName('h06_en_city_license.txt');
    const lic = d.entities.find((e) => e.label === 'License');
    expect(lic).toMatchObject({ name: 'Drug Manufacturing Certificate', date: '2024-11-19' });
    expect(rel(d, 'ISSUED', 'agency:cn-sh/medical-products', lic!.id)?.date).toBe('2024-11-19');
    expect(d.relations.some((r) => r.type === 'GRANTED_TO' && r.from === lic!.id && r.to === 'org:shanghai-huiyuan-cell-biotech')).toBe(true);
    const measures = named(d, 'Policy', /^Several Measures to Support the Development of the Biomedical Industry in the Lin-gang Special Area$/);
    expect(measures?.date).toBe('2024-03');
    expect(rel(d, 'ISSUED', 'agency:ftz/shanghai/lingang/administrative-committee', measures!.id)).toBeDefined();
    expect(rel(d, 'APPLIES_TO', measures!.id, 'region:ftz/shanghai/lingang')).toBeDefined();
  });

  it('近日 three ministries jointly issue a notice (dated by the page) applying to the free-trade zones it lists', () => {
    const d = byName('h07_zh_medical_opening.txt');
    const n = d.entities.find((e) => e.label === 'Policy' && e.name === '关于在医疗领域开展扩大开放试点工作的通知');
    expect(n).toMatchObject({ kind: 'notice', date: '2024-09' });
    for (const a of ['agency:cn/mofcom', 'agency:cn/nhc', 'agency:cn/nmpa']) expect(rel(d, 'ISSUED', a, n!.id)?.date, a).toBe('2024-09');
    for (const z of ['region:ftz/beijing', 'region:ftz/shanghai', 'region:ftz/guangdong', 'region:ftz/hainan']) expect(rel(d, 'APPLIES_TO', n!.id, z), z).toBeDefined();
    // 在…海南全岛设立外商独资医院 names no organisation.
    expect(d.entities.some((e) => e.label === 'Organization' && /外商独资/.test(e.name))).toBe(false);
  });
});

describe('heldout-like documents written after the first fixes (scored blind first)', () => {
  it('a provincial regulator issues a guideline by number and date; the NMPA draft it cites is the NMPA\'s, not the province\'s', () => {
    const d = byName('h08_zh_guangdong_guide.txt');
    const g = d.entities.find((e) => e.label === 'Policy' && e.name === '广东省细胞治疗产品生产质量管理指南(试行)');
    expect(g).toMatchObject({ kind: 'guideline', status: 'trial', date: '2024-03-12', docNumber: '粤药监规〔2024〕2号' });
    expect(rel(d, 'ISSUED', 'agency:cn-gd/medical-products', g!.id)?.date).toBe('2024-03-12');
    expect(rel(d, 'APPLIES_TO', g!.id, 'region:CN-GD')).toBeDefined();
    const annex = d.entities.find((e) => e.label === 'Policy' && /细胞治疗产品附录/.test(e.name));
    expect(annex).toMatchObject({ status: 'draft', date: '2022' });
    expect(rel(d, 'ISSUED', 'agency:cn/nmpa', annex!.id)?.date).toBe('2022');
    expect(rel(d, 'ISSUED', 'agency:cn-gd/medical-products', annex!.id)).toBeUndefined();
  });

  it("an NPC deputy's 建议，… is a proposal applying to the zone it names; 日前 dates a city's measures by the page", () => {
    const d = byName('h08_zh_guangdong_guide.txt');
    const p = d.entities.find((e) => e.label === 'Proposal');
    expect(p?.date).toBe('2024-03');
    expect(p?.name).toMatch(/^在粤港澳大湾区建立细胞治疗产品跨境临床研究协作机制/);
    expect(rel(d, 'PROPOSED', 'person:xiao-haipeng', p!.id)?.date).toBe('2024-03');
    expect(rel(d, 'APPLIES_TO', p!.id, 'region:zone/greater-bay-area')).toBeDefined();
    expect(rel(d, 'MEMBER_OF', 'person:xiao-haipeng', 'agency:cn/npc')).toBeDefined();
    const gz = d.entities.find((e) => e.label === 'Policy' && e.name === '广州市促进生物医药产业高质量发展若干措施');
    expect(gz?.date).toBe('2024-03');
    expect(rel(d, 'ISSUED', 'agency:cn-440100/general-office', gz!.id)).toBeDefined();
  });
});

// Short texts of other layouts met while checking the rules on unseen documents (written for these tests).
const text = (name: string, body: string, publishedOn?: string) =>
  extractText({
    path: `/tmp/${name}`, name, sha256: '0', text: body, title: name,
    language: /\p{Script=Han}/u.test(body) ? (/[國與發會區]/u.test(body) ? 'zh-Hant' : 'zh-Hans') : 'en',
    ...(publishedOn ? { publishedOn } : {}),
  });

describe('layouts of unseen documents', () => {
  it('国务院印发关于…的意见 without 《》 is a policy of the State Council, dated by 近日 and the page', () => {
    const d = text('a.txt', '近日，国务院印发关于支持天津滨海新区高质量发展的意见，提出发展细胞和基因治疗等前沿产业。', '2024-05-20');
    const p = d.entities.find((e) => e.label === 'Policy');
    expect(p).toMatchObject({ name: '关于支持天津滨海新区高质量发展的意见', kind: 'opinion', date: '2024-05' });
    expect(rel(d, 'ISSUED', 'agency:cn/state-council', p!.id)?.date).toBe('2024-05');
  });

  it('「」 titles (Taiwan) issued by 发布修正, and a headline short form that is the lead\'s full title', () => {
    const d = text('b.txt', '衛福部修正「特管辦法」\n\n衛生福利部於2018年9月6日發布修正「特定醫療技術檢查檢驗醫療儀器施行或使用管理辦法」，開放六項細胞治療技術。', '2018-09-07');
    const policies = d.entities.filter((e) => e.label === 'Policy');
    expect(policies).toHaveLength(1);
    expect(policies[0]).toMatchObject({ name: '特定医疗技术检查检验医疗仪器施行或使用管理办法', date: '2018-09-06' });
    expect(rel(d, 'ISSUED', 'agency:cn-tw/mohw', policies[0]!.id)?.date).toBe('2018-09-06');
    expect(rel(d, 'APPLIES_TO', policies[0]!.id, 'region:CN-TW')).toBeDefined();
  });

  it("'released on Friday by' past an aside: the issuer, and the Friday before the page's date", () => {
    const d = text('c.txt', 'The "Guidelines for Quality Control Research of Human Stem Cell Products (Trial)", on which experts commented for nearly a year, were released on Friday by the Center for Drug Evaluation.', '2023-11-06');
    const p = d.entities.find((e) => e.label === 'Policy');
    expect(rel(d, 'ISSUED', 'agency:cn/nmpa/cde', p!.id)?.date).toBe('2023-11-03');
  });

  it("a provincial member's heading '省政协委员X：…' is a proposal by a member of that province's CPPCC", () => {
    const d = text('d.txt', '浙江省政协十三届二次会议开幕。\n\n省政协委员、浙江大学医学院附属第二医院副院长张伟提交提案，建议由省财政设立干细胞临床研究转化专项基金。', '2024-01-25');
    const p = d.entities.find((e) => e.label === 'Proposal');
    expect(p?.date).toBe('2024-01');
    expect(rel(d, 'PROPOSED', 'person:zhang-wei', p!.id)).toBeDefined();
    expect(rel(d, 'MEMBER_OF', 'person:zhang-wei', 'agency:cn-zj/cppcc-committee')).toBeDefined();
    expect(d.entities.some((e) => e.id === 'agency:cn/cppcc')).toBe(false);
  });

  it("'Last year, the State Council issued a guideline supporting X': an untitled policy, dated the year before the page", () => {
    const d = text('e.txt', 'Last year, the State Council issued a guideline supporting Hainan Free Trade Port in building a hub for international medical tourism.', '2023-08-02');
    const p = d.entities.find((e) => e.label === 'Policy');
    expect(p).toMatchObject({ kind: 'guideline', date: '2022' });
    expect(rel(d, 'ISSUED', 'agency:cn/state-council', p!.id)?.date).toBe('2022');
    expect(rel(d, 'APPLIES_TO', p!.id, 'region:ftz/hainan')).toBeDefined();
  });

  it("an IND approval granted to a company's product is a licence of the regulator, dated by the release's dateline", () => {
    const d = text('f.txt', 'SUZHOU, China, June 3, 2024 /PRNewswire/ -- Kangyuan Biotherapeutics Co., Ltd. today announced that the National Medical Products Administration (NMPA) has granted Investigational New Drug (IND) approval for KY-101, a cell therapy.');
    const lic = d.entities.find((e) => e.label === 'License');
    expect(lic?.name).toMatch(/^Investigational New Drug \(IND\) approval for KY-101$/);
    expect(rel(d, 'ISSUED', 'agency:cn/nmpa', lic!.id)?.date).toBe('2024-06-03');
    expect(d.relations.some((r) => r.type === 'ISSUED' && r.to === lic!.id && r.from.startsWith('org:'))).toBe(false);
  });
});

describe('English press epithets and approvals', () => {
  it("'China's top legislature … adopted an amendment to the X Law' on Wednesday: the NPC Standing Committee, dated", () => {
    const d = text('g.txt', "BEIJING, Dec. 25 (Xinhua) -- China's top legislature on Wednesday adopted an amendment to the Drug Administration Law, adding provisions on conditional approval.", '2024-12-26');
    const p = d.entities.find((e) => e.label === 'Policy');
    expect(p).toMatchObject({ name: 'amendment to the Drug Administration Law', kind: 'law' });
    expect(rel(d, 'ISSUED', 'agency:cn/npc/standing-committee', p!.id)?.date).toBe('2024-12-25');
  });

  it("'the FDA approved Casgevy … in December 2023' is the FDA's licence; 同日 takes the sentence before's date", () => {
    const en = text('h.txt', 'The US Food and Drug Administration approved Casgevy, the first CRISPR-based therapy, in December 2023.');
    const lic = en.entities.find((e) => e.label === 'License');
    expect(lic?.name).toBe('approval of Casgevy');
    expect(rel(en, 'ISSUED', 'agency:us/fda', lic!.id)?.date).toBe('2023-12');
    const zh = text('i.txt', '11月28日，北京市人大常委会表决通过《北京市促进生物医药产业发展条例》。同日，北京市药品监督管理局向北京益华生物科技有限公司核发《药品生产许可证》。', '2024-11-29');
    const dpl = zh.entities.find((e) => e.label === 'License');
    expect(rel(zh, 'ISSUED', 'agency:cn-bj/medical-products', dpl!.id)?.date).toBe('2024-11-28');
  });
});

describe('heldout-like pages of the hidden set\'s other kinds (HK, Taiwan, Traditional reposts, English news; scored blind first)', () => {
  it('a LegCo question and reply: the Hon asks as a member, the Secretary for Health heads the Health Bureau, the former Food and Health Bureau stays itself', () => {
    const d = byName('h09_en_hk_legco_atp.txt');
    expect(rel(d, 'MEMBER_OF', 'person:tang-ka-piu', 'agency:cn-hk/legislative-council')).toBeDefined();
    expect(rel(d, 'MEMBER_OF', 'person:lo-chung-mau', 'agency:cn-hk/health-bureau')).toBeDefined();
    expect(d.entities.some((e) => e.id === 'agency:cn-hk/food-and-health-bureau')).toBe(true);
    const orgs = d.entities.filter((e) => e.label === 'Organization').map((e) => e.name);
    expect(orgs).toEqual(expect.arrayContaining(['University of Hong Kong', 'Chinese University of Hong Kong', 'Hong Kong Science and Technology Parks Corporation']));
    // "approved the registration of five products" is no licence.
    expect(d.entities.some((e) => e.label === 'License' && /five/.test(e.name))).toBe(false);
  });

  it('a Taiwan release in Minguo years: both acts passed on 2024-06-04, the TFDA\'s first conditional permit on 12-20, a legislator\'s motion', () => {
    const d = byName('h10_hant_tw_mohw_regen.txt');
    for (const t of ['再生医疗法', '再生医疗制剂条例']) {
      const p = d.entities.find((e) => e.label === 'Policy' && e.name === t);
      expect(rel(d, 'ISSUED', 'agency:cn-tw/legislative-yuan', p!.id)?.date, t).toBe('2024-06-04');
    }
    const lic = d.entities.find((e) => e.label === 'License');
    expect(rel(d, 'ISSUED', 'agency:cn-tw/tfda', lic!.id)?.date).toBe('2024-12-20');
    const prop = d.entities.find((e) => e.label === 'Proposal');
    expect(rel(d, 'PROPOSED', 'person:lin-jingyi', prop!.id)).toBeDefined();
    expect(rel(d, 'MEMBER_OF', 'person:lin-jingyi', 'agency:cn-tw/legislative-yuan')).toBeDefined();
  });

  it('a Traditional repost: the joint notice of NHC and NMPA, a deputy\'s suggestion of the year before', () => {
    const d = byName('h11_hant_mainland_repost.txt');
    const n = d.entities.find((e) => e.label === 'Policy' && e.name === '关于规范细胞治疗产品临床应用管理的通知');
    for (const a of ['agency:cn/nhc', 'agency:cn/nmpa']) expect(rel(d, 'ISSUED', a, n!.id), a).toBeDefined();
    const p = d.entities.find((e) => e.label === 'Proposal');
    expect(p?.date).toBe('2024');
    expect(rel(d, 'MEMBER_OF', 'person:xiao-haipeng', 'agency:cn/npc')).toBeDefined();
  });

  it('a LegCo reply in Traditional Chinese: Chinese-numeral dates, 議員 and 局長 posts, hospitals named without a place', () => {
    const d = byName('h13_hant_hk_legco_reply.txt');
    const ord = d.entities.find((e) => e.label === 'Policy' && /^2019年药剂业及毒药\(修订\)条例$/.test(e.name));
    expect(rel(d, 'ISSUED', 'agency:cn-hk/legislative-council', ord!.id)?.date).toBe('2019-12-11');
    expect(rel(d, 'MEMBER_OF', 'person:chen-kaixin', 'agency:cn-hk/legislative-council')).toBeDefined();
    // Found by name: his id is the one h09 gives him in English once identity reads Cantonese romanisation.
    const lo = d.entities.find((e) => e.label === 'Person' && [e.name, ...(e.aliases ?? [])].some((n) => /卢宠茂|盧寵茂/.test(n)));
    expect(rel(d, 'MEMBER_OF', lo!.id, 'agency:cn-hk/health-bureau')).toBeDefined();
    for (const o of ['org:queen-mary-hospital', 'org:prince-of-wales-hospital', 'org:hkstp']) expect(d.entities.some((e) => e.id === o), o).toBe(true);
  });

  it('English news: a motion and a proposal of the March session, an official of an NHC department', () => {
    const d = byName('h12_en_joint_news.txt');
    const props = d.entities.filter((e) => e.label === 'Proposal');
    expect(props).toHaveLength(2);
    for (const p of props) expect(p.date).toBe('2024-03');
    expect(rel(d, 'MEMBER_OF', 'person:wang-hui', 'agency:cn/nhc/medical-administration')).toBeDefined();
    const hengqin = props.find((p) => /Hengqin/.test(p.name));
    expect(rel(d, 'APPLIES_TO', hengqin!.id, 'region:zone/hengqin')).toBeDefined();
  });
});

const known = readKnownMisses();
let report: Promise<ScorerReport> | undefined;

/** A batch misses exactly what known-misses.json lists for it: a new miss fails, and so does a listed one found now
 *  (a fix takes it off the list in its commit: node --import tsx test/known-misses.ts BATCH --write). */
async function expectKnownMisses(name: string): Promise<void> {
  const entry = (await known).batches.find((b) => b.batch === name);
  if (!entry) throw new Error(`batch ${name} is not in known-misses.json`);
  const actual = batchMisses(await (report ??= scoreHeldout(docs)), name, entry.pages);
  expect(missDifference(entry, actual), `batch ${name}: + a new miss, - listed but found now`).toEqual([]);
}

describe('heldout-like documents: scored against their gold, misses as listed (known-misses.json)', () => {
  it('every page with gold is in one batch of the list', async () => {
    const gold = JSON.parse(await fs.readFile(path.join(DIR, 'gold.json'), 'utf8')) as { documents: Array<{ document: string }> };
    const { batches } = await known;
    const outside = gold.documents.map((d) => d.document).filter((doc) => batches.filter((b) => pageNumber(doc) >= b.pages[0] && pageNumber(doc) <= b.pages[1]).length !== 1);
    expect(outside).toEqual([]);
  });

  it('over all pages, only the listed wrong merges (each with the gold doubt it comes from)', async () => {
    const merges = mergesWithin(await (report ??= scoreHeldout(docs)), () => true);
    expect(missDifference({ documents: {}, wrongMerges: (await known).allPages.wrongMerges }, { documents: {}, wrongMerges: merges })).toEqual([]);
  });

  it('the first eight pages miss only what is listed', async () => {
    // Measured 1.000 / 0.976 / dates 0.964 at session 5's end.
    await expectKnownMisses('h01–h08');
  });

  it('the HK / Taiwan / Traditional / English-news pages miss only what is listed (blind: h09–h12 0.761 / 0.638 / dates 0.350, h13 0.783 / 0.400)', async () => {
    // Measured 0.987 / 0.971 / dates 0.914 (32/35) after the fixes (bare 衞生署 on a Hong Kong page among them).
    await expectKnownMisses('h09–h13');
  });

  it('pages written blind for the hidden set\'s kinds miss only what is listed (blind: h14–h20 0.876 / 0.735 / dates 12/16)', async () => {
    // Measured 0.978 / 0.906 / dates 24/24 after the fixes (test/extract.hidden-kinds.test.ts has their classes),
    // against the gold as written blind: no optional item added after seeing the output.
    await expectKnownMisses('h14–h20');
  });

  it('a second blind batch, written after the fixes above to see whether they hold (blind: h21–h26 0.816 / 0.400 / dates 4/4)', async () => {
    // Measured 0.964 / 0.903 / dates 13/13 after the fixes (a local body's general office, 规程/规例, permits after a
    // statement, lists after "including", zones by head word, 他 after a named member).
    await expectKnownMisses('h21–h26');
  });

  it('batch A of session 6, written blind by PAGES (blind: h27–h34 0.872 / 0.529 / dates 18/25)', async () => {
    // Measured 0.958 / 0.903 / dates 44/46 after the fixes (English passives with dates, reply headlines, bylines,
    // Taiwan items, short names after a document number, a body's own text, 'Notice of X on Printing and Distributing Y',
    // page dates on a short top line, 我委办公厅).
    await expectKnownMisses('A');
  });

  it('batch B of session 6, written blind by PAGES after the first fixes (blind: h35–h42 0.859 / 0.577 / dates 9/21)', async () => {
    // Measured 0.937 / 0.899 / dates 32/36 after the fixes (lists published by a notice, owners before a title, votes
    // to pass, 即-lists, English licences granted or received, Hong Kong regulations, page dates, company names,
    // unquoted implementing rules, a spinner's 国度); 0.957 / 0.928 / 34/36 after session 7's (the HK Government,
    // company posts, a bare name again, 去年 proposals, Connect schemes).
    await expectKnownMisses('B');
  });

  it('batch C of session 6, written blind by PAGES (blind: h43–h50 0.817 / 0.449 / dates 13/13)', async () => {
    // Measured 0.926 / 0.909 / dates 40/40 after the fixes (approval documents listed in a table, an application
    // approved by / the clearance of X's IND by, 已于…获X批准, 次長/处长/立委 posts, legislators' draft amendments, issuers
    // in the next sentence's aside, 您提出的《…建议》, a bare 省X after a zone, reply letters, quoted speech, "the Board");
    // 0.951 / 0.925 / 40/40 after session 7's.
    await expectKnownMisses('C');
  });

  it('batch D of session 7, written blind by PAGES (blind: h51–h58 0.843 / 0.567 / dates 11/21)', async () => {
    // Measured 0.926 / 0.835 / dates 29/35 after the fixes (English approvals of news roundups, Traditional-Chinese
    // licences and posts, companies without a legal suffix, notices with a quoted programme in their title, 经X于DATE三读通过,
    // a title with and without its issuer, 以下简称《公告》, Connect schemes, another university's 附属协和医院).
    await expectKnownMisses('D');
  });

  it('batch E of session 7, written blind by PAGES after the batch-D fixes (blind: h59–h66 0.825 / 0.545 / dates 14/15)', async () => {
    // Measured 0.913 / 0.758 / dates 23/24 after the fixes (democratic parties' proposals, 基準 / 計畫 titles, 停止適用,
    // 組長, Taiwan's CDE, counted approvals, site names, pinyin document numbers); 0.929 / 0.845 / 27/28 after the
    // English reply to a deputy and the licence received with its product.
    await expectKnownMisses('E');
  });

  it('batch F of session 7, written blind by PAGES on the lowest-recall classes in new forms (blind: h67–h74 0.784 / 0.333 / dates 4/10)', async () => {
    // Measured 0.870 / 0.731 / dates 30/38 after the fixes (licence registers as tables, fronted participles, LegCo
    // motions, metadata tables, official letters); 0.887 / 0.753 / 30/40 after 和 inside a company name and translated
    // approval notices.
    await expectKnownMisses('F');
  });

  it('batch G of session 8, a realistic mix written blind by PAGES (blind: h75–h82 0.766 / 0.576 / dates 24/24)', async () => {
    // Measured 0.917 / 0.921 / dates 43/43 after the fixes (English verbs as one list, licences in news sentences, a
    // title's bracket of document number and short name, a spinner's words, companies of market news and their posts).
    // 0.953 / 0.949 / dates 43/43 at 75dcff3.
    await expectKnownMisses('G');
  });

  it('batch H of session 8, kinds and surface forms not yet in h01–h82, written blind by PAGES (blind: h83–h90 0.854 / 0.642 / dates 12/17)', async () => {
    // Measured 0.889 / 0.900 / dates 22/24 after the fixes (a notice forwarding another, a draft carried by a notice, a
    // body's short name in brackets, 取得X批准, hospital units, draft amendments, one text keyed two ways, Connect → GBA).
    // 0.942 / 0.968 / dates 28/28 at 75dcff3 (h86's listed clearances, dated by its byline).
    await expectKnownMisses('H');
  });

  it('batch I of session 8, a realistic mix again, written blind by PAGES (blind: h91–h98 0.872 / 0.654 / dates 4/17)', async () => {
    // Measured 0.882 / 0.766 / dates 9/18 after the fixes (effective dates, issuers acting under a law, revisions to
    // come, short names in brackets), against the gold as corrected by PAGES (6529722).
    // 0.962 / 0.863 / dates 15/22 at 75dcff3 (the 细则 draft of h95, h92's licence, h96's meeting).
    await expectKnownMisses('I');
  });

  it('batch J of session 8, a realistic mix again, written blind by PAGES (blind: h99–h106 0.804 / 0.610 / dates 9/18)', async () => {
    // Measured 0.856 / 0.873 / dates 19/23 after the fixes (a sector named alone is no company nor, in a byline, a person;
    // a fronted "Made by X under …"; a reply's 委员 and its 我委 under the site's header; a post's bracketed field; an
    // agency's division; 批准…等N家医疗机构开展X; a headline's described product; a speaker is no issuer; "approved the
    // IND on D" after the clearance named; 上月 before the verb), against the gold as corrected by PAGES (1585b26).
    // 0.945 / 0.931 / dates 23/23 at 75dcff3 (session 9's classes and ENTITIES' spans).
    await expectKnownMisses('J');
  });

  it('batch K of session 9, a realistic mix written blind by PAGES (blind: h107–h114 0.856 / 0.700 / dates 19/24)', async () => {
    // Measured 0.957 / 0.871 / dates 29/32 after the fixes (licences in news wording: a regulator's 昨日（20日）, a product
    // described then named, 该产品 approved elsewhere, 「X」施行计画, a possessive owner's product approved twice; a bare
    // bracket's short name; "Policies" titles and a headline inside the lead's title; a headline's proposal summary;
    // ENTITIES' company and zone spans), against the gold as corrected by PAGES (fccb8e6).
    // 0.979 / 0.954 / dates 33/33 at 75dcff3 (seats 同为…委员, 经理 posts, aliases of a company).
    await expectKnownMisses('K');
  });

  it('batch L of session 9, a realistic mix written blind by PAGES (blind: h115–h122 0.864 / 0.642 / dates 12/22)', async () => {
    // Measured 0.884 / 0.821 / dates 17/30 after the fixes (a body opening a document number; 我中心 under the site's
    // header; a planned act's partner; a 备忘录 signed by two bodies; 'the accompanying X on the same day'; a pilot
    // converted into a standing procedure; a headline's approval restated by the lead; 「X」计画 approved under a law).
    // 0.966 / 0.897 / dates 24/30 at 75dcff3, after ENTITIES' batch-L fixes too.
    await expectKnownMisses('L');
  });

  it('batch M of session 9, a realistic mix written blind by PAGES (blind: h123–h130 0.871 / 0.735 / dates 13/17)', async () => {
    // Measured 0.913 / 0.840 / dates 15/20 at the end of session 9 (ENTITIES' fixes; a headline 甲关于…的实施意见; a
    // gazette's 预告订定「X」草案). 0.952 / 0.963 / dates 24/24 after EXTRACT2's (a list published without 《》; a
    // document number's year; a board's signature date; a gazette's 依據 laws, Minguo numeral dates, its draft named bare;
    // a nested-quote title; a place only inside a hospital's name; "deputy director of the commission"; "a hematologist at").
    await expectKnownMisses('M');
  });

  it('batch N of session 9, a realistic mix written blind by PAGES (blind: h131–h138 0.848 / 0.627 / dates 21/21)', async () => {
    // Measured 0.910 / 0.794 / dates 28/28 at the start of session 10 (lists and "Key Points" named without quotes,
    // the HKEX announcement's defined terms, the NHIA under 衛福部); 0.995 / 0.976 / dates 37/37 after session 10's
    // batch-N classes (a pair's second title, a company's received licence and trial consent, a licence type a rule
    // requires, standards by their code, 經總統公布, 在港註冊的X, posts of a district, a department, a board).
    await expectKnownMisses('N');
  });

  it('batch O of session 10, a realistic mix written blind by PAGES (blind: h139–h146 0.913 / 0.853 / dates 21/29)', async () => {
    // Measured 0.948 / 0.932 / dates 34/34 after the fixes (a body's own draft put out for comment, a repealed text
    // with its own agent, an MT notice dated by its signature, "The clearance, dated D", a licence for a facility, a
    // national session's number).
    await expectKnownMisses('O');
  });

  it('batch P of session 10, a realistic mix written blind by PAGES (blind: h147–h154 0.897 / 0.633 / dates 12/17)', async () => {
    // Measured 0.907 / 0.800 / dates 22/23 after EXTRACT's fixes (a proposal's record page in fields, a task assigned in
    // a proposal's asks, 该条例, an act passed by its short name, a Hong Kong 牌照, recent news over a target year),
    // against the gold as corrected by PAGES (5201be8); 0.978 / 0.971 / 25/25 after ENTITIES' too.
    await expectKnownMisses('P');
  });

  it('batch Q of session 10, a realistic mix written blind by PAGES (blind: h155–h162 0.835 / 0.621 / dates 15/22)', async () => {
    // Measured 0.872 / 0.842 / dates 23/29 after EXTRACT's fixes (a designation granted, a possessive clearance, a
    // reward's licence condition, a reply's 我局 granting a permit, a premier's signature in a relative clause, "The
    // Measures replace the 2015 X", 2024年公布的 with no issuer, an announcement's number-year under its signature).
    // 0.968 / 0.862 / 29/29 with ENTITIES' batch-Q fixes too.
    await expectKnownMisses('Q');
  });

  it('batch R of session 10, a realistic mix written blind by PAGES (blind: h163–h170 0.871 / 0.688 / dates 16/18)', async () => {
    // Measured 0.903 / 0.794 / dates 23/26 after EXTRACT's fixes (a certificate after an inspection, a practice approved
    // to be carried out, a therapy's own name that "won conditional approval", 《条例》由国务院于D公布, a roundup's dated
    // items), against the gold as corrected by PAGES (90a02c8); 0.972 / 0.919 / dates 23/28 in the tree with ENTITIES'
    // batch-R persons (the 议案 found, but undated: a local numbered session); 0.991 / 0.949 / 27/30 after the 议案's
    // month, a place's head, a draft named by its short name.
    await expectKnownMisses('R');
  });

  it('batch S of session 10, a realistic mix written blind by PAGES (blind: h171–h178 0.910 / 0.615 / dates 14/21)', async () => {
    // Measured 0.943 / 0.844 / dates 21/25 after EXTRACT's fixes (a ceremony's permit, a decree number's issuer, "They
    // also repeal", a solicitation in a relative clause, a 通告's signature date, a use approved in a zone); 0.978 / 0.896 /
    // 23/27 with ENTITIES' batch-S fixes, 党组书记 in a post chain and an amendment passed to an act's articles.
    await expectKnownMisses('S');
  });

  it('batch T of session 10, the last blind batch of that session (blind: h179–h186 0.874 / 0.586 / dates 14/14)', async () => {
    // 0.884 / 0.630 against the gold as corrected (4b4e1f6); 0.969 / 0.958 / dates 24/28 after ENTITIES' and POSTS' batch-T
    // fixes and EXTRACT's (the NMPA news formula 发布消息，通过…程序附条件批准, 经X批准在P作为Y使用, "won clearance from X last
    // September", approval "to start a Phase 1 trial", a product included in the breakthrough therapy procedure, a listing
    // rule's chapter, a fee schedule gazetted, a relative clause's issuers after 依据); 0.990 / 1.000 / 29/29 at b3b8d80 with
    // h184's byline read and the helpers' later fixes.
    await expectKnownMisses('T');
  });

  it('batch U of session 11, a realistic mix written blind by PAGES (blind: h187–h194 0.833 / 0.667 / dates 15/20)', async () => {
    // 0.843 / 0.688 against the gold as corrected (e53d68b); 0.962 / 0.899 / dates 18/27 after ENTITIES', POSTS' and EXTRACT's
    // batch-U fixes (a relative clause's approving body, counts and adjectival participles, basis texts, 'published D by',
    // 'revised by', texts listed after a publishing lead); 0.967 / 0.958 / 26/30 at b3b8d80 (h189's signer read, posts).
    await expectKnownMisses('U');
  });

  it('batch V of session 11, a realistic mix written blind by PAGES (blind: h195–h202 0.857 / 0.613 / dates 9/19)', async () => {
    // 0.857 / 0.623 against the gold as corrected (7da602d, 210ed46); 0.883 / 0.806 / dates 23/27 after EXTRACT's batch-V fixes
    // (a portal's registration and a restated mainland approval, designations from two bodies, a standards notice's codes
    // and 其中 list, an address's header and speaker line, an approval dated where it is restated); 0.970 / 0.972 / 25/29 at
    // b3b8d80 with ENTITIES' and POSTS' batch-V fixes.
    await expectKnownMisses('V');
  });

  it('batch W of session 11, the last blind batch of that session, not fixed (blind: h203–h210 0.871 / 0.700 / dates 15/21)', async () => {
    // 0.887 / 0.757 / dates 15/21 against the gold as corrected (3f358b2), at 3f358b2: the figure it holds until its classes
    // (an MT reply's proposal, 我局 in MT, a LegCo-approved fee regulation, …) are fixed.
    await expectKnownMisses('W');
  });

  it('batch X of session 12, written blind by PAGES (blind: h211–h218 0.859 / 0.612 / dates 7/10)', async () => {
    // 0.886 / 0.612 / dates 7/10 against the gold as corrected (b89597e).
    await expectKnownMisses('X');
  });

  it('batch Y of session 12, written blind by PAGES (blind: h219–h226 0.867 / 0.750 / dates 8/13)', async () => {
    // 0.876 / 0.750 / dates 8/13 against the gold as corrected (76dd857).
    await expectKnownMisses('Y');
  });

  it("batch Z of session 12, the session's last blind batch, not fixed (blind: h227–h234 0.902 / 0.780 / dates 15/21)", async () => {
    // Written at ea05eb3 with the conventions batches X and Y taught (no gold correction after the blind score).
    await expectKnownMisses('Z');
  });
});
