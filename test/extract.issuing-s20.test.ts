// Issuing (M4, session 20): siblings written before the fix, in our own words and other structures than the pages
// that showed the misses, read from files through the real reader (test/page-files.ts). Near misses must not fire.
import { describe, expect, it } from 'vitest';
import type { DocumentFacts } from '../loaders/types.ts';
import { pageFiles } from './page-files.ts';

const extractPage = pageFiles('issuing-s20-');
const norm = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\s]/gu, '');

/** Issuers (ids) of the policy whose name, normalised, equals `title`'s: the span neither short nor run on. */
const issuersOf = (d: DocumentFacts, title: string): string[] => {
  const ids = new Set(d.entities.filter((e) => e.label === 'Policy' && norm(e.name) === norm(title)).map((e) => e.id));
  return d.relations.filter((r) => r.type === 'ISSUED' && ids.has(r.to)).map((r) => r.from).sort();
};
/** Every issuer of any policy on the page. */
const anyIssuers = (d: DocumentFacts): string[] =>
  d.relations.filter((r) => r.type === 'ISSUED' && r.to.startsWith('policy:')).map((r) => r.from).sort();

// Class A: a draft (revision) of a titled text released by one or more bodies, the title followed by more words
// of the clause ("and invited comments until …", "for public comment", "to hospitals", "on Monday").
const DRAFTS: Array<[string, string, string[]]> = [
  ['Draft rules on gene therapy trials out for comment\n\n2026-12-04\n\nThe National Health Commission and the National Medical Products Administration jointly issued a revised draft of the Provisions on the Ethical Review of Gene Therapy Trials, and opened it to public comment until 5 January 2027.\n',
    'Provisions on the Ethical Review of Gene Therapy Trials', ['agency:cn/nhc', 'agency:cn/nmpa']],
  ['Regulator seeks views on cell bank rules\n\n2026-10-14\n\nA draft amendment to the Rules for the Management of Human Cell Banks was put out for public comment on Monday by the National Medical Products Administration.\n',
    'Rules for the Management of Human Cell Banks', ['agency:cn/nmpa']],
  ['Regulatory digest, October 2026\n\n2026-10-31\n\nOn 8 October the Center for Drug Evaluation published the Technical Guidelines for Non-clinical Studies of Gene-modified Cell Products (Draft for Comments) for public comment.\n',
    'Technical Guidelines for Non-clinical Studies of Gene-modified Cell Products (Draft for Comments)', ['agency:cn/nmpa/cde']],
  ['Sichuan tightens oversight of cell therapy filings\n\n2026-09-22\n\nThe Sichuan Provincial Health Commission sent the Rules for the Filing of Cell Therapy Projects in Medical Institutions to hospitals across the province on Monday.\n',
    'Rules for the Filing of Cell Therapy Projects in Medical Institutions', ['agency:cn-sc/health-commission']],
  ['Zhejiang weighs changes to stem cell rules\n\n2026-08-19\n\nHANGZHOU, Aug. 18 -- Zhejiang\'s health commission on Tuesday released a draft revision of the Zhejiang Measures for Stem Cell Clinical Research and asked hospitals for feedback by mid-September.\n',
    'Zhejiang Measures for Stem Cell Clinical Research', ['agency:cn-zj/health-commission']],
  ['Monthly brief\n\n2026-11-28\n\n- Guidelines for the Storage of Umbilical Cord Blood Stem Cells: a revised draft was released by the National Health Commission on 20 November; comments close on 20 December.\n',
    'Guidelines for the Storage of Umbilical Cord Blood Stem Cells', ['agency:cn/nhc']],
  ['Second round of comments\n\n2026-12-01\n\nThe Sichuan Provincial Medical Products Administration put out a second draft of the Rules for Hospital Preparation of Cell Products for comment on Monday.\n',
    'Rules for Hospital Preparation of Cell Products', ['agency:cn-sc/medical-products']],
];
// Near misses: an act to come, asked for or done by others than the bodies named, issues nothing.
const DRAFT_MISSES: string[] = [
  'Hospital groups urged the National Health Commission to publish a revised draft of the Measures for Stem Cell Clinical Research next year.\n',
  'The National Medical Products Administration will release a draft amendment to the Rules for the Management of Human Cell Banks for public comment in March.\n',
  'Lawyers at Zhonglun reviewed the draft revision of the Provisions on the Ethical Review of Gene Therapy Trials for their clients.\n',
];

describe('A: a draft of a titled text, its issuers and its span', () => {
  it.each(DRAFTS)('%s', async (text, title, who) => expect(issuersOf(await extractPage(text), title)).toEqual(who));
  it.each(DRAFT_MISSES)('no issuer: %s', async (s) => expect(anyIssuers(await extractPage(`Draft watch\n\n2026-11-02\n\n${s}`))).toEqual([]));
});

// D: the day comments close is no day of the act ("until 30 June", "comments due by", "close on").
const DEADLINES: Array<[string, string, string | undefined]> = [
  ['The Center for Drug Evaluation released the Guidelines for Potency Assays of CAR-T Products (Draft for Comments) on 3 March 2026, with comments due by 2 April 2026.', 'Guidelines for Potency Assays of CAR-T Products (Draft for Comments)', '2026-03-03'],
  ['The Guangdong Provincial Medical Products Administration issued the Measures for Entrusted Production of Cell Products (Draft for Comments) and invited feedback until 12 April 2026.', 'Measures for Entrusted Production of Cell Products (Draft for Comments)', undefined],
  ['Yesterday the National Medical Products Administration put out a draft amendment to the Rules for Cell Therapy Inspections, open for comment through 30 June 2026.', 'Rules for Cell Therapy Inspections', '2026-03-09'],
  ['The Hubei Provincial Health Commission published the Guidelines for Gene Therapy Vector Testing for public comment, with a deadline of 15 May 2026.', 'Guidelines for Gene Therapy Vector Testing', undefined],
];
describe('D: a comment deadline dates no act', () => {
  it.each(DEADLINES)('%s', async (s, title, date) => {
    const d = await extractPage(`Comment periods\n\n2026-03-10\n\n${s}\n`);
    const p = d.entities.find((e) => e.label === 'Policy' && norm(e.name) === norm(title));
    expect(p).toBeDefined();
    expect(p?.date).toBe(date);
  });
});

// An English act still to come ("would issue", "plans to release", "is set to unveil") issues nothing (REVIEW S20-R3);
// an act done beside a clause about the future still does.
const NOT_YET_EN: string[] = [
  'The Jiangsu Provincial Health Commission said it would issue revised Rules for Cell Therapy Filing before the end of 2027.',
  'The National Medical Products Administration plans to release the Guidelines for Gene Therapy Manufacturing Inspections next spring.',
  'Officials at the Shenzhen Municipal Health Commission intend to publish the Shenzhen Measures for Stem Cell Banks once the consultation closes.',
  'The Sichuan Provincial Medical Products Administration is set to unveil the Rules for Entrusted Production of Cell Products in January.',
  'The Ministry of Health and Welfare is expected to promulgate the Regulations on Regenerative Medicine Preparations later this year.',
  'The Yunnan Provincial Health Commission will adopt amended Rules for Immune Cell Therapy Projects after the hearing.',
  'Beijing officials have begun to draft revised Measures for Cell Therapy Clinical Research, the newspaper reported.',
];
const DONE_BESIDE_EN: Array<[string, string[]]> = [
  ['The Hunan Provincial Health Commission, which said in March it would act, issued the Rules for Stem Cell Clinical Research Filing on 2 June.', ['agency:cn-hn/health-commission']],
  ['Having promised to act last year, the Guangxi Zhuang Autonomous Region Medical Products Administration has now released the Guidelines for Cell Therapy Production Sites.', ['agency:cn-gx/medical-products']],
  ['The Fujian Provincial Health Commission issued revised Measures for Stem Cell Clinical Research on 3 May.', ['agency:cn-fj/health-commission']],
  ['The National Healthcare Security Administration, which will review the list each year, published the Catalogue of Commercial Insurance Innovative Drugs on Friday.', ['agency:cn/nhsa']],
];
describe('M4: an English act to come issues nothing; one done beside it does', () => {
  it.each(NOT_YET_EN)('no issuer: %s', async (s) => expect(anyIssuers(await extractPage(`Policy pipeline\n\n2026-11-12\n\n${s}\n`))).toEqual([]));
  it.each(DONE_BESIDE_EN)('%s', async (s, who) => expect(anyIssuers(await extractPage(`Policy pipeline\n\n2026-11-12\n\n${s}\n`))).toEqual(who));
});

// D (REVIEW S19 R22): a motion the page places at another sitting ("本月較早前的另一次會議", "上月的另一次会议") takes that
// sitting's time, not the day of the sitting named before; one of the same sitting ("同一次會議上", "會上") keeps it.
const SITTINGS: Array<[string, string, string, string | undefined]> = [
  ['2026-11-20', '市人大常委會在九月二十八日的會議上，通過由王建國議員動議的「設立細胞治療專項基金」議案。上月的另一次會議上，由李明華議員動議的「加快幹細胞臨床轉化」議案亦獲通過。', '加快', '2026-10'],
  ['2026-12-03', '立法会在十一月五日会议上，通过由陈慧玲议员动议的「推动再生医学发展」议案。本月较早前的另一次会议上，由刘家明议员动议的「规管细胞治疗收费」议案则获通过。', '收费', '2026-12'],
  ['2026-11-27', '立法會在十月十五日會議上，通過由林美華議員動議的「推動細胞治療產業發展」議案。同一次會議上，由張志強議員動議的「完善先進療法規管」議案亦獲通過。', '完善', '2026-10-15'],
  ['2026-11-27', '立法會在十月十五日會議上，通過由林美華議員動議的「推動細胞治療產業發展」議案。會上，由張志強議員動議的「完善先進療法規管」議案亦獲通過。', '完善', '2026-10-15'],
];
describe('D: a motion of another sitting keeps its own time', () => {
  it.each(SITTINGS)('%s %s', async (day, body, which, date) => {
    const d = await extractPage(`立法會會議回顧\nRelease Date:${day}\n\n${body}\n`);
    const p = d.entities.find((e) => e.label === 'Proposal' && e.name.includes(which));
    expect(p).toBeDefined();
    expect(p?.date?.slice(0, date?.length)).toBe(date);
  });
});

// Class B: a text described by its kind words (no title), issued by a government, its general office or a bureau:
// "a five-year plan released Tuesday by the General Office of X", "X's government published a plan", 印发…行动方案.
const DESCRIBED: Array<[string, string]> = [
  ['Zhejiang sets out gene therapy goals\n\n2026-10-22\n\nThe subsidies are part of a five-year development plan released Tuesday by the General Office of the Zhejiang Provincial People\'s Government.\n', 'agency:cn-zj/general-office'],
  ['Tianjin hospitals get new duties\n\n2026-09-09\n\nUnder a work plan issued last week by the Tianjin Municipal Health Commission, hospitals must report every cell therapy case within 24 hours.\n', 'agency:cn-tj/health-commission'],
  ['Guangzhou bets on gene therapy\n\n2026-08-04\n\nGUANGZHOU -- Guangzhou\'s municipal government published a plan on Monday to make the city a hub for gene therapy makers by 2030.\n', 'agency:cn-440100/government'],
  ['河南发布细胞和基因治疗产业行动方案\n\n2026-07-15\n\n近日，河南省人民政府办公厅印发细胞和基因治疗产业发展行动方案，提出到2028年培育10家以上骨干企业。\n', 'agency:cn-ha/general-office'],
  ['重庆推出生物医药三年行动\n\n2026-06-30\n\nA three-year action plan for the biomedicine industry was released on Friday by the Chongqing Municipal People\'s Government.\n', 'agency:cn-cq/government'],
];
const DESCRIBED_MISSES: string[] = [
  'Under a plan proposed by researchers at Fudan University, hospitals in Shanghai would share cell banks.',
  '河南省人民政府办公厅表示，将适时印发细胞和基因治疗产业发展行动方案。',
  'A work plan written by hospital managers was discussed at a meeting of the Tianjin Municipal Health Commission.',
];
describe('B: a described text and the body that issued it', () => {
  it.each(DESCRIBED)('%s', async (text, body) => expect(anyIssuers(await extractPage(text))).toContain(body));
  it.each(DESCRIBED_MISSES)('no issuer: %s', async (s) => expect(anyIssuers(await extractPage(`Plans\n\n2026-10-02\n\n${s}\n`))).toEqual([]));
});

// REVIEW S20-R6: passing a text on (sent, circulated, distributed) issues it only to the issuer's own addressees
// ("to hospitals across the province"); to clients, to partner sites, among members or to a higher body for review, not.
const PASSED_ON: string[] = [
  'Partners at Zhonglun Law Firm sent the Provisions on Cell Bank Management to clients last week.',
  'The Zhejiang Provincial Health Commission sent the draft Measures for Gene Therapy Clinical Research to the provincial government for review.',
  'Hangzhou Qiming Bio distributed the Guidelines for Cell Therapy Pharmacovigilance to its partner hospitals.',
  'The Guangzhou Hospital Association circulated the Expert Consensus on CAR-T Nursing among member hospitals.',
];
describe('M4: a text passed on is not issued', () => {
  it.each(PASSED_ON)('no issuer: %s', async (s) => expect(anyIssuers(await extractPage(`Passed on\n\n2026-11-10\n\n${s}\n`))).toEqual([]));
  it('circulated for comment: issued', async () =>
    expect(anyIssuers(await extractPage('Finalised\n\n2026-11-10\n\nThe final text replaces the Guidelines for Cell Therapy Potency Testing (Draft for Comments), which the Jiangsu Provincial Medical Products Administration circulated for public comment in August.\n'))).toContain('agency:cn-js/medical-products'));
  it('a relayed notice (distributed the X, issued by B, to hospitals) is B\'s', async () =>
    expect(anyIssuers(await extractPage('Relayed\n\n2026-11-10\n\nThe Hangzhou Municipal Health Commission distributed the Notice on Improving Cell Therapy Ward Safety, issued by the National Health Commission, to all hospitals in the city.\n'))).toEqual(['agency:cn/nhc']));
  it('sent to hospitals of its province: issued', async () =>
    expect(anyIssuers(await extractPage('Circular\n\n2026-11-10\n\nThe Shaanxi Provincial Health Commission circulated the Rules for Stem Cell Project Filing to all medical institutions in the province on Monday.\n'))).toEqual(['agency:cn-sn/health-commission']));
});

// M4/PROPOSED: a reply letter addressed to a body (a party's central committee) names the proposal "贵党/贵会/你们提出的
// 《…提案》": the addressee proposed it. A letter to a person keeps the person; a body's request (请示) is no proposal.
const ADDRESSED_BODY: Array<[string, string, string]> = [
  ['关于政协第4567号提案答复的函\n\n民建中央：\n\n贵会提出的《关于加快细胞治疗产品医保准入的提案》收悉。经认真研究，现答复如下：\n\n一、关于医保准入\n我局将继续完善谈判机制。\n', 'agency:cn/cndca-central-committee', '关于加快细胞治疗产品医保准入的提案'],
  ['对全国政协十四届四次会议第0789号提案的答复\n\n九三学社中央：\n\n你们提出的《关于完善干细胞临床研究备案制度的提案》收悉。现答复如下。\n', 'agency:cn/jiusan-central-committee', '关于完善干细胞临床研究备案制度的提案'],
  ['關於政協第1122號提案答復的函\n\n民盟中央：\n\n貴盟提出的《關於支持基因治療藥物研發的提案》收悉。經商國家藥監局，現答復如下：\n', 'agency:cn/cdl-central-committee', '关于支持基因治疗药物研发的提案'],
];
describe('PROPOSED: the body a reply is addressed to', () => {
  it.each(ADDRESSED_BODY)('%s', async (text, body, title) => {
    const d = await extractPage(text);
    const p = d.entities.find((e) => e.label === 'Proposal' && norm(e.name) === norm(title));
    expect(d.relations.filter((r) => r.type === 'PROPOSED' && r.to === p?.id).map((r) => r.from)).toEqual([body]);
  });
  it('你单位提出的: the addressed body proposed it', async () => {
    const d = await extractPage('关于政协第2233号提案答复的函\n\n农工党中央：\n\n你单位提出的《关于推进细胞治疗临床研究规范化的提案》收悉。现答复如下：\n');
    expect(d.relations.filter((r) => r.type === 'PROPOSED').map((r) => r.from)).toEqual(['agency:cn/ngd-central-committee']);
  });
  it('a reply to a member: the member proposed it', async () => {
    const d = await extractPage('关于政协第3344号提案答复的函\n\n王立新委员：\n\n您提出的《关于推动细胞治疗产业集聚发展的提案》收悉。现答复如下：\n');
    expect(d.relations.filter((r) => r.type === 'PROPOSED').map((r) => d.entities.find((e) => e.id === r.from)?.label)).toEqual(['Person']);
  });
  it('a body\'s request is no proposal', async () => {
    const d = await extractPage('关于细胞制备中心建设的批复\n\n省卫生健康委：\n\n你委《关于建设省级细胞制备中心的请示》收悉。经研究，批复如下：\n');
    expect(d.relations.filter((r) => r.type === 'PROPOSED')).toEqual([]);
  });
});

// REVIEW S20-R10: Chinese forecast and under-way words (有望, 预计/預計, 正在/正抓紧) before the verb: no act done yet.
const FORECAST_ZH: Array<[string, string[]]> = [
  ['国家药监局有望在年底前发布《细胞治疗产品生产质量管理规范附录》。', []],
  ['廣東省藥監局預計下半年公告《細胞治療產品委託生產管理辦法》，目前正徵求意見。', []],
  ['上海市卫生健康委正在抓紧起草《上海市干细胞临床研究管理实施细则》，年内有望出台。', []],
  ['国家药监局正式发布《细胞治疗产品药学变更研究技术指导原则》。', ['agency:cn/nmpa']],
  ['江西省卫生健康委预计明年完成评估，此前已于今年3月印发《江西省细胞治疗技术临床应用管理办法》。', ['agency:cn-jx/health-commission']],
];
describe('M4: a Chinese act forecast or under way issues nothing', () => {
  it.each(FORECAST_ZH)('%s', async (s, who) => expect(anyIssuers(await extractPage(`政策动态\n\n2026-11-18\n\n${s}\n`))).toEqual(who));
});
