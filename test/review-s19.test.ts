// REVIEW, session 19: siblings written by the reviewer (own words: other bodies, firms, places, days and wording than
// any page or other test) that guard the classes this session's commits opened, and defects found in review
// (/work/briefs/s19/review-findings.md R-numbers). A defect row is `it.fails`: it passes while the defect stands and
// turns red when the defect is fixed; whoever fixes it changes `it.fails` to `it` in the same commit.
// Every row is read from a file, as a page is (loaders/read cleans, joins and drops lines before extraction: R15).
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFile } from '../loaders/index.ts';
import { publishedDate } from '../loaders/extract/dates.ts';
import type { DocumentFacts } from '../loaders/types.ts';

let dir = '';
let n = 0;
beforeAll(async () => { dir = await fs.mkdtemp(path.join(os.tmpdir(), 'review-s19-')); });
afterAll(async () => { await fs.rm(dir, { recursive: true, force: true }); });
/** The facts of a page: a headline, its date line and the body, written to a file and read as any page is. */
const x = async (body: string, publishedOn = '2026-11-20', headline = 'Review page'): Promise<DocumentFacts> => {
  const file = path.join(dir, `p${++n}.txt`);
  await fs.writeFile(file, `${headline}\nRelease Date:${publishedOn}\n\n${body}\n`);
  return extractFile(file);
};
/** "issuer id ← licence name" for each licence the text gives. */
const licences = async (text: string): Promise<string[]> => {
  const d = await x(text);
  return d.entities.filter((e) => e.label === 'License').map((l) => `${d.relations.filter((r) => r.type === 'ISSUED' && r.to === l.id).map((r) => r.from).join('+')} ← ${l.name}`);
};
const issuedBy = async (text: string, body: string): Promise<boolean> => (await licences(text)).some((l) => l.startsWith(`${body} ←`));
const NMPA = 'agency:cn/nmpa';

describe('M5 English approvals of a described product (guards 9ec5590)', () => {
  const rows: Array<[string, string]> = [
    ["China's drug regulator has given a conditional green light to a gene therapy for Duchenne muscular dystrophy developed by Beijing Myogene Therapeutics, the company said on Tuesday.", NMPA],
    ["The National Medical Products Administration handed a conditional nod to Shenzhen Tcelix Biotech's TCR-T therapy on Tuesday.", NMPA],
    ['The NMPA gave the go-ahead to Suzhou Helix Gene\'s AAV therapy for haemophilia A on 5 November.', NMPA],
    ['The IND application for QX-201, an autologous, gene-edited T-cell product for lupus, was cleared by the CDE in October 2026, Qixin Bio said.', 'agency:cn/nmpa/cde'],
    ["Hong Kong's Pharmacy and Poisons Board granted a certificate of registration to Harbour Cell Therapeutics Limited for its CAR-T product on 2 December 2026.", 'agency:cn-hk/pharmacy-and-poisons-board'],
  ];
  it.each(rows)('issued by the body: %s', async (s, body) => expect(await issuedBy(s, body)).toBe(true));
  const none = [
    "The NMPA gave a nod of approval to the industry's push for faster reviews, analysts said.",
    'The National Medical Products Administration has approved nine cell therapies since 2021. In March it granted funding to three hospitals for cell therapy research.',
    'Shanghai Cellora Bio handed the licence to its partner, Osaka Regen, in a deal worth 50 million dollars.',
    'The IND application for QX-201, an autologous, gene-edited T-cell product for lupus, was accepted by the CDE in October 2026.',
  ];
  it.each(none)('no licence: %s', async (s) => expect(await licences(s)).toEqual([]));
  // R10: the owned-product look passes "Co., Ltd." (the company's whole name) before "for its".
  it('R10: "granted … to X Co., Ltd. for its CAR-T product" gives a licence', async () =>
    expect(await issuedBy('The NMPA granted conditional approval to Jiangsu Hengrui Medicine Co., Ltd. for its CAR-T product on 3 November.', NMPA)).toBe(true));
  // R11: a licence issued to a named holder, no product (grant.licence-to.en).
  it('R11: "issued a drug manufacturing licence to X Co., Ltd." gives a licence', async () =>
    expect(await issuedBy('The Guangdong Provincial Medical Products Administration issued a drug manufacturing licence to Guangzhou Rida Cell Technology Co., Ltd. on 20 October.', 'agency:cn-gd/medical-products')).toBe(true));
});

describe('M7 a provincial licence does not apply to its issuer\'s province (guards 9063609)', () => {
  const applies = async (text: string): Promise<string[]> => (await x(text)).relations.filter((r) => r.type === 'APPLIES_TO').map((r) => r.to);
  it('a provincial production licence', async () => {
    const t = '11月12日，浙江省药品监督管理局向杭州启真细胞治疗有限公司核发《药品生产许可证》，许可范围包括细胞治疗产品。';
    expect((await licences(t)).length).toBe(1);
    expect(await applies(t)).not.toContain('region:CN-ZJ');
  });
  it('a provincial import approval', async () => {
    const t = 'The Sichuan Provincial Medical Products Administration approved the urgent import of a Japanese-made stem cell product for use at a Chengdu hospital.';
    expect((await licences(t)).length).toBe(1);
    expect(await applies(t)).not.toContain('region:CN-SC');
  });
  it('a Hong Kong registration keeps Hong Kong', async () =>
    expect(await applies("Hong Kong's Pharmacy and Poisons Board approved the registration of a CAR-T therapy from Juventas Cell Therapy on November 27, 2026.")).toContain('region:CN-HK'));
});

describe('M1 headline verbs are no title words (guards 8a2c651)', () => {
  const policies = async (headline: string, body: string): Promise<string[]> => (await x(body, '2026-11-20', headline)).entities.filter((e) => e.label === 'Policy').map((e) => e.name);
  it.each([
    ['Hubei Unveils Measures to Support Cell Therapy Industry', 'The Hubei provincial government on Thursday released measures to support the cell therapy industry.'],
    ['Guangdong Releases Guidelines on Stem Cell Clinical Research', 'The Health Commission of Guangdong Province has released new guidelines.'],
    ['Shenzhen Approved Regulations on Cell and Gene Therapy Industry Promotion', "The Standing Committee of the Shenzhen Municipal People's Congress approved the regulations on Tuesday."],
  ])('no policy named "<Place> <Verb> …": %s', async (h, b) => expect((await policies(h, b)).filter((n) => /^(?:Hubei|Guangdong|Shenzhen) /.test(n))).toEqual([]));
  it.each([
    ['The National Medical Products Administration on Monday issued the Revised Measures for the Administration of Cell Therapy Product Registration.', 'Revised Measures for the Administration of Cell Therapy Product Registration'],
    ['The State Council promulgated the Amended Regulations on the Administration of Human Genetic Resources on 3 May.', 'Amended Regulations on the Administration of Human Genetic Resources'],
  ])('a title led by a participle keeps it: %s', async (s, title) => expect(await policies('Rules', s)).toContain(title));
});

describe('D proposals at the national sessions (guards e64e3e9)', () => {
  const proposalDate = async (text: string, on: string): Promise<string | undefined> => (await x(text, on, '提案')).entities.find((e) => e.label === 'Proposal')?.date;
  it.each([
    ['在今年全国两会期间，全国人大代表、湖南省人民医院院长张军提交了《关于加快细胞治疗产品医保准入的建议》。', '2026-11-10', '2026-03'],
    ['全國政協委員李華在今年全國兩會上提交《關於規範幹細胞治療機構的提案》，呼籲加強監管。', '2026-08-15', '2026-03'],
    // (去年: the year before; af8823a writes the year alone, as h11's gold does: either precision is right.)
    ['去年全国两会上，全国政协委员王强提交了《关于支持干细胞产业发展的提案》。', '2026-06-01', '2025'],
    ['全国政协委员刘明在今年全国两会期间提交的《关于加快干细胞临床转化的提案》，国家卫生健康委已于8月12日作出答复。', '2026-09-01', '2026-03'],
    ['全国人大代表孙丽于3月6日在十四届全国人大四次会议上提交了《关于细胞治疗产品纳入医保的建议》。', '2026-09-01', '2026-03-06'],
  ])('%s', async (s, on, want) => expect((await proposalDate(s, on))?.slice(0, want.length)).toBe(want));
});

describe('D a yearless dateline (2219734)', () => {
  it('the weekday said is the dateline\'s own: that year', () =>
    expect(publishedDate("China clears gene therapy\n\nSHANGHAI, Dec 2 (Reuters) - China's National Medical Products Administration has approved a gene therapy for an inherited form of blindness developed by Suzhou Alpine Gene, the company said on Wednesday.\n\nThe company's earlier product was approved in January 2024.")).toBe('2026-12-02'));
  // R13: "said on <the day before the dateline>" (a story filed the next morning) keeps the year whose dateline day follows that weekday.
  it('R13: a weekday said the day before the dateline keeps the page\'s year', () =>
    expect(publishedDate("China clears gene therapy\n\nSHANGHAI, Dec 3 (Reuters) - China's National Medical Products Administration has approved a gene therapy for an inherited form of blindness developed by Suzhou Alpine Gene, the company said on Wednesday.\n\nThe company filed its marketing application in January 2026 and received priority review in March.")?.slice(0, 4)).toBe('2026'));
});

describe('M3 contact blocks (d69381c)', () => {
  const notice = (foot: string): string => `各州、市卫生健康委，各有关医疗机构：\n为加强干细胞临床研究管理，现就开展机构自查工作通知如下。\n\n${foot}\n\n云南省卫生健康委员会\n2026年11月10日`;
  const HEAD = '云南省卫生健康委员会关于开展干细胞临床研究机构自查工作的通知';
  const persons = async (foot: string): Promise<DocumentFacts> => x(notice(foot), '2026-11-12', HEAD);
  it('names no surname list knows, each entry on its own line with its body', async () => {
    const d = await persons('联系人：省卫生健康委科技教育处　扎西次仁　0871-67195012\n联系人：省药品监督管理局药品注册处　阿依古丽　0871-67195999');
    const units = d.relations.filter((r) => r.type === 'PART_OF').map((r) => r.to);
    expect(d.entities.filter((e) => e.label === 'Person').length).toBe(2);
    expect(units).toEqual(expect.arrayContaining(['agency:cn-yn/health-commission', 'agency:cn-yn/medical-products']));
  });
  // R4/R15: an unnumbered label alone on its line with the entry under it (the reader keeps them as one entry).
  it('R4: 联系人： alone on its line, the entry on the next', async () =>
    expect((await persons('联系人：\n省卫生健康委科技教育处　杨丽华　0871-67195012')).entities.filter((e) => e.label === 'Person').length).toBe(1));
  // R5/R15: an indented second entry whose name has 5+ characters goes on with the label above (read/clean.ts CONTACT_MORE).
  it('R5: a second entry indented under the first', async () =>
    expect((await persons('联系人：药品生产监管处　阿依古丽·买买提　0871-67195012\n　　　　药品注册处　乌兰其其格　0871-67195999')).entities.filter((e) => e.label === 'Person').length).toBe(2));
});

describe('defects found late in review (it.fails: red when fixed)', () => {
  // R24: a count of registrations (共有三款…, 已有多款…) is no single licence.
  it('R24: a count of products registered in Hong Kong gives no licence', async () =>
    expect(await licences('醫務衞生局表示，截至今年十月，共有三款基因治療產品獲准在港註冊。')).toEqual([]));
  // R19: a base year taken from a future date ("plans to file … in 2028") moves the dateline's year forward.
  it('R19: a future year named in the story does not date a yearless dateline', async () =>
    expect(publishedDate('Wire\n\nSHANGHAI, Nov 30 (Reuters) - China\'s National Medical Products Administration approved a CAR-T therapy developed by Lumen Cell, the company said on Monday. Lumen Cell listed in Hong Kong in 2025 and plans to file in the United States in 2028.')?.slice(0, 4)).toBe('2026'));
  // R25: f959b61 read "to <Company ending in -s>' <product>" as a holder with no product and gave nothing; e24cc6e fixed it.
  it('R25: "granted conditional approval to X Biologics\' KD-07" gives a licence', async () =>
    expect(await issuedBy("The NMPA granted conditional approval to Beijing Kangda Biologics' KD-07 on 3 November.", NMPA)).toBe(true));
  // R22: a motion the page places at another sitting does not take the first sitting's day.
  it('R22 defect: a motion of another sitting keeps its own month', async () => {
    const d = await x('立法會在十月十五日會議上，通過由林美華議員動議的「推動細胞治療產業發展」議案。在本月較早前的另一次會議上，由張志強議員動議的「完善先進療法規管」議案則獲通過。', '2026-11-27', '立法會會議回顧');
    const second = d.entities.find((e) => e.label === 'Proposal' && /完善/.test(e.name));
    expect(second?.date?.slice(0, 7)).toBe('2026-11');
  });
});

