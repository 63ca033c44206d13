// Layout classes of session 15, each as a table of sibling inputs written for this test (another voice, order, script
// or layout of the same fact) and a no-match: the document layer must read the class, not one page.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFile, extractText } from '../loaders/index.ts';
import { detectLanguage } from '../loaders/read/script.ts';
import type { DocumentFacts } from '../loaders/types.ts';

const x = (text: string, publishedOn?: string): DocumentFacts =>
  extractText({ path: '/tmp/t.txt', name: 't.txt', sha256: '0', text, language: detectLanguage(text), title: 't', ...(publishedOn ? { publishedOn } : {}) });
const policy = (d: DocumentFacts, name: string) => d.entities.find((e) => e.label === 'Policy' && (e.name === name || e.aliases?.includes(name)));
const issuedDates = (d: DocumentFacts, id: string | undefined) => d.relations.filter((r) => r.type === 'ISSUED' && r.to === id).map((r) => r.date);

describe('the page\'s own dates', () => {
  // Class: a story states in a sentence of its own when the text it reports was put out (文件出台日期为D, 该文件于D印发,
  // "The document was released on D") → that day dates the text and its ISSUED, over 近日 read against a repost's stamp.
  const siblings: Array<[string, string, string | undefined, string]> = [
    ['近日，国家卫生健康委员会联合科技部印发了《关于规范干细胞临床研究的若干意见》。\n\n要点一：《意见》明确，研究机构须备案。文件出台日期为2026年8月14日。\n\n要点二：加强监管。', '关于规范干细胞临床研究的若干意见', '2026-09-02', '2026-08-14'],
    ['國家衛生健康委員會日前會同國家藥監局發布《細胞治療產品臨床研究管理辦法》。\n\n《辦法》共六章。該文件於2026年8月14日印發。', '細胞治療產品臨床研究管理辦法', undefined, '2026-08-14'],
    ['衛生福利部日前公告《再生醫療製劑查驗登記須知》。\n\n該須知的發布日期為2026年8月14日。', '再生醫療製劑查驗登記須知', undefined, '2026-08-14'],
    ['近期，国家药监局发布《细胞治疗产品生产质量管理指南》。据了解，该指南的发布日期是2026年8月14日，自发布之日起施行。', '细胞治疗产品生产质量管理指南', undefined, '2026-08-14'],
    ['Recently, the National Health Commission and the Ministry of Science and Technology issued the Opinions on Regulating Stem Cell Clinical Research.\n\nThe Opinions require every institution to register its projects. The document was released on August 14, 2026.', 'Opinions on Regulating Stem Cell Clinical Research', '2026-09-02', '2026-08-14'],
    ['近日，广东省药品监督管理局印发《细胞治疗产品委托生产质量管理指南》，指导企业规范生产。该指南印发于2026年8月14日。', '细胞治疗产品委托生产质量管理指南', '2026-09-02', '2026-08-14'],
    ['衞生署日前公布《先進療法產品臨床試驗申請指引》。\n\n該指引於2026年8月14日發出，即日生效。', '先進療法產品臨床試驗申請指引', undefined, '2026-08-14'],
    ['The Shanghai Municipal Health Commission recently issued the Measures for the Filing of Cell Therapy Clinical Research. The measures, which were signed on August 14, 2026, take effect next month.', 'Measures for the Filing of Cell Therapy Clinical Research', '2026-09-02', '2026-08-14'],
    ['The National Medical Products Administration has issued the Guidelines on Cell Therapy Product Labels. The policy bears the date of 14 August 2026.', 'Guidelines on Cell Therapy Product Labels', undefined, '2026-08-14'],
    // An older text cited in between keeps its own year; the one the sentence means takes the day.
    ['近日，国家卫生健康委员会印发了《关于推进细胞治疗临床转化的若干意见》。国家药监局2023年发布的《细胞治疗产品生产质量管理指南》仍然有效。\n\n该文件于2026年8月14日印发。', '细胞治疗产品生产质量管理指南', '2026-09-02', '2023'],
    ['近日，国家卫生健康委员会印发了《关于推进细胞治疗临床转化的若干意见》。国家药监局2023年发布的《细胞治疗产品生产质量管理指南》仍然有效。\n\n该文件于2026年8月14日印发。', '关于推进细胞治疗临床转化的若干意见', '2026-09-02', '2026-08-14'],
    // No-match: a day in a later sentence that is not the text's.
    ['近日，国家卫生健康委员会印发了《关于加强细胞治疗监管的通知》。\n\n通知要求各地加强监管。记者从会上获悉，相关培训于2026年8月14日举行。', '关于加强细胞治疗监管的通知', undefined, 'none'],
  ];
  it.each(siblings)('%s', (text, title, published, date) => {
    const d = x(text, published);
    const p = policy(d, title);
    expect(p, title).toBeDefined();
    expect(p!.date ?? 'none').toBe(date);
    const issued = issuedDates(d, p!.id);
    expect(issued.length).toBeGreaterThan(0);
    for (const got of issued) expect(got ?? 'none').toBe(date);
  });
});

describe('proposal forms', () => {
  // Class: a CPPCC proposal's or a deputy's suggestion's form — fields on lines of their own in any order (提案人/领衔代表：
  // a member, a deputy or a party's committee; 案由/题目：关于…的提案; 提交日期) under the session's head line → the
  // proposal, PROPOSED by the proposer field, dated by the submission field, APPLIES_TO the head's place (我市, 我省).
  const siblings: Array<[string, string, string, string, string | undefined]> = [
    ['政协深圳市第七届委员会第五次会议\n提　案\n\n第20260088号\n\n提案人：刘文静\n界别：医药卫生界\n\n案由：关于推动我市干细胞临床研究备案提速的提案\n\n一、现状与问题\n近年来，我市细胞治疗企业不断集聚。\n\n附议人：陈志斌、郑丽华\n\n提交日期：2026年1月12日',
      '关于推动我市干细胞临床研究备案提速的提案', 'person:liu-wenjing', '2026-01-12', 'region:CN-440300'],
    ['政协广州市第十四届委员会第三次会议\n提案\n\n提案人：张明远（市政协委员，广州医科大学附属第一医院院长）\n案由：关于建设广州细胞治疗临床转化平台的提案\n提交时间：2026年1月8日\n\n一、基本情况\n广州细胞治疗产业发展较快。',
      '关于建设广州细胞治疗临床转化平台的提案', 'person:zhang-mingyuan', '2026-01-08', 'region:CN-440100'],
    ['题目：关于加快我省干细胞产业发展的建议\n领衔代表：李华\n提出日期：2026年1月20日\n\n浙江省第十四届人民代表大会第四次会议\n\n内容：我省干细胞产业基础较好。',
      '关于加快我省干细胞产业发展的建议', 'person:li-hua', '2026-01-20', 'region:CN-ZJ'],
    ['中國人民政治協商會議第十四屆全國委員會第四次會議\n提　案\n\n提案人：九三学社中央委员会\n案由：關於完善細胞治療產品定價機制的提案\n提交日期：2026年3月2日\n\n一、問題\n細胞治療價格較高。',
      '關於完善細胞治療產品定價機制的提案', 'agency:cn/jiusan-central-committee', '2026-03-02', undefined],
  ];
  it.each(siblings)('%s', (text, title, who, date, place) => {
    const d = x(text);
    const p = d.entities.find((e) => e.label === 'Proposal');
    expect(p?.name).toBe(title);
    expect(p?.date).toBe(date);
    expect(d.relations.filter((r) => r.type === 'PROPOSED' && r.to === p!.id).map((r) => [r.from, r.date])).toEqual([[who, date]]);
    expect(d.relations.filter((r) => r.type === 'APPLIES_TO' && r.from === p!.id).map((r) => r.to)).toEqual(place ? [place] : []);
  });

  // The form's other labels (review s15 F3): the title in a 提案名称/建议名称 field, and a form exported as a table, each
  // field a row of two cells (| 提案单位 | X |).
  const labels: Array<[string, string, string, string, string]> = [
    ['政协杭州市第十二届委员会第四次会议\n提案\n提案名称：关于加快细胞治疗产业发展的提案\n提案人：王芳\n提交时间：2026-02-03\n\n建议市政府设立细胞治疗产业专项资金，支持企业开展临床研究。',
      '关于加快细胞治疗产业发展的提案', 'person:wang-fang', '2026-02-03', 'region:CN-330100'],
    ['宁波市第十六届人民代表大会第五次会议\n代表建议\n建议名称：关于支持干细胞临床研究的建议\n领衔代表：王芳\n提出时间：2026-01-18\n\n建议市卫生健康委加强对干细胞临床研究机构的指导。',
      '关于支持干细胞临床研究的建议', 'person:wang-fang', '2026-01-18', 'region:CN-330200'],
    ['政協廣州市第十四屆委員會第五次會議\n提案名稱：關於完善細胞治療診所監管的提案\n提案人：陳明\n提交日期：2026年1月9日\n\n建議市衛生健康委加強細胞治療診所稽查。',
      '關於完善細胞治療診所監管的提案', 'person:chen-ming', '2026-01-09', 'region:CN-440100'],
    ['政协宁波市第十七届委员会第五次会议提案\n\n| 提案单位 | 民建宁波市委员会 |\n| 案由 | 关于推进细胞治疗临床转化的提案 |\n| 提交时间 | 2026-01-20 |\n\n建议加快建设细胞制备中心。',
      '关于推进细胞治疗临床转化的提案', 'agency:cn-330200/cndca-committee', '2026-01-20', 'region:CN-330200'],
  ];
  it.each(labels)('%s', (text, title, who, date, place) => {
    const d = x(text);
    const p = d.entities.find((e) => e.label === 'Proposal');
    expect(p?.name).toBe(title);
    expect(d.relations.filter((r) => r.type === 'PROPOSED' && r.to === p!.id).map((r) => [r.from, r.date])).toEqual([[who, date]]);
    expect(d.relations.filter((r) => r.type === 'APPLIES_TO' && r.from === p!.id).map((r) => r.to)).toEqual([place]);
  });

  it('a table of a proposer and its handling body with no title is no proposal', () => {
    const d = x('政协宁波市第十七届委员会第五次会议\n\n| 提案人 | 民盟宁波市委员会 |\n| 办理单位 | 市卫生健康委 |\n\n代表们认为：应当加快细胞治疗审评。');
    expect(d.entities.filter((e) => e.label === 'Proposal')).toEqual([]);
  });

  it('a penalty decision\'s 案由 and 当事人 fields are no proposal', () => {
    const d = x('晋江市卫生健康局\n行政处罚决定书\n\n当事人：某某医疗美容诊所有限公司\n案由：涉嫌未取得医疗机构执业许可证擅自执业\n\n经查，当事人于2026年5月开展干细胞注射。');
    expect(d.entities.filter((e) => e.label === 'Proposal')).toEqual([]);
  });
});

describe('a signer over the date', () => {
  // Class: a text closed by its signer on two lines — the post with its body, and the name, in either order — right over
  // the date (HK legal notices, mainland announcements, English guidance) → the text ISSUED by that body on that date,
  // the signer a person of that body (MEMBER_OF; English names: ENTITIES' reading).
  const siblings: Array<[string, string, string, string | undefined]> = [
    ['《2026年醫生註冊(修訂)規例》\n\n1.　本規例自2027年2月1日起實施。\n\n　　　　　　　　醫務衞生局局長\n　　　　　　　　　　盧寵茂\n2026年10月5日\n\n註釋\n本規例修訂《醫生註冊規例》。',
      'agency:cn-hk/health-bureau', '2026-10-05', 'person:lu-chongmao'],
    ['国家药品监督管理局公告\n2026年第91号\n\n关于发布《细胞治疗产品生产质量管理指南》的公告\n\n现予发布，自发布之日起施行。\n\n国家药品监督管理局\n局长　李利\n2026年11月20日',
      'agency:cn/nmpa', '2026-11-20', 'person:li-li'],
    // (With a colon between post and name the signer is not read as a person yet: ENTITIES.)
    ['国家药品监督管理局公告\n2026年第92号\n\n关于发布《细胞治疗产品标签撰写指导原则》的公告\n\n现予发布，自发布之日起施行。\n\n国家药品监督管理局局长：李利\n2026年11月20日',
      'agency:cn/nmpa', '2026-11-20', undefined],
    ['国家药品监督管理局公告\n2026年第88号\n\n关于发布《细胞治疗产品说明书撰写指导原则》的公告\n\n现予发布，自发布之日起施行。\n\n国家药品监督管理局局长\n李　利\n2026年11月20日',
      'agency:cn/nmpa', '2026-11-20', 'person:li-li'],
    ['《2026年醫療器械(修訂)規例》\n\n1.　本規例自2027年1月1日起實施。\n\n林文健\n衞生署署長\n2026年11月20日\n\n註釋\n本規例修訂有關規例。',
      'agency:cn-hk/department-of-health', '2026-11-20', 'person:lin-wenjian'],
    ['Guidelines on the Registration of Advanced Therapy Products\n\n1. These guidelines set out how applicants register advanced therapy products in Hong Kong.\n\n2. They apply from 1 March 2027.\n\nDr Leung Tak-ming\nChairman, Pharmacy and Poisons Board\n20 November 2026',
      'agency:cn-hk/pharmacy-and-poisons-board', '2026-11-20', undefined],
  ];
  it.each(siblings)('%s', (text, body, date, person) => {
    const d = x(text);
    const issued = d.relations.filter((r) => r.type === 'ISSUED' && r.from === body);
    expect(issued.map((r) => r.date)).toEqual([date]);
    expect(d.entities.find((e) => e.id === issued[0]!.to)?.date).toBe(date);
    if (person) expect(d.relations.some((r) => r.type === 'MEMBER_OF' && r.from === person && r.to === body)).toBe(true);
  });

  it('a contact\'s label and name over the date sign nothing', () => {
    const d = x('某市卫生健康委员会\n\n会议通知\n\n定于下周召开工作会议。\n\n联系人\n王　强\n2026年11月20日');
    expect(d.relations.filter((r) => r.type === 'ISSUED' || r.type === 'MEMBER_OF')).toEqual([]);
  });
});

// Read as a file, so the reader's layout passes (head title, page date) run as they do on a page.
const dir = mkdtempSync(path.join(tmpdir(), 'layout-classes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const fromFile = (text: string): Promise<DocumentFacts> => {
  const f = path.join(dir, `t${files++}.txt`);
  writeFileSync(f, text);
  return extractFile(f);
};
const policies = (d: DocumentFacts) => d.entities.filter((e) => e.label === 'Policy').map((e) => e.name);

describe('an English head title broken over lines', () => {
  // Class: a PDF's or a translation's title printed over two or three lines, broken where its phrase is open (after or
  // before of/for/on/in/under…) → one title; a title line over a body's line stays two lines.
  const siblings: Array<[string, string[]]> = [
    ['Center for Drug Evaluation, NMPA\n\nTechnical Guideline for Clinical Research\nof Autologous CAR-T Cell Products (Trial)\n\nI. Introduction\nThis guideline applies to autologous products developed as drugs.', ['Technical Guideline for Clinical Research of Autologous CAR-T Cell Products (Trial)']],
    ['National Health Commission\n\nAdministrative Measures for the Clinical Research of\nSomatic Cell Therapy\n\n(Unofficial translation)\n\nArticle 1 These measures are formulated to regulate clinical research.', ['Administrative Measures for the Clinical Research of Somatic Cell Therapy']],
    ['Shanghai Municipal Medical Products Administration\n\nImplementation Plan for the Pilot Programme of Entrusted Production\nfor Cell and Gene Therapy Products in Shanghai\n\n1. Objectives\nThe plan sets the pilot in motion.', ['Implementation Plan for the Pilot Programme of Entrusted Production for Cell and Gene Therapy Products in Shanghai']],
    // (The notice carries the principles: the carried text is the policy, no cut 'Notice … on Issuing the'.)
    ['National Medical Products Administration\n\nNotice of the National Medical Products Administration on Issuing the\nGuiding Principles for Cell Therapy Product Labels\n\nThe principles apply from 1 May 2027.', ['Guiding Principles for Cell Therapy Product Labels']],
    // No-match: the body's line under the title is no part of it.
    ['Center for Drug Evaluation, NMPA\n\nTechnical Guideline for Clinical Research\nCenter for Drug Evaluation, National Medical Products Administration\n\nThe guideline applies to all products.', ['Technical Guideline for Clinical Research']],
  ];
  it.each(siblings)('%s', async (text, titles) => {
    expect(policies(await fromFile(text))).toEqual(titles);
  });
});

describe('a cover: title, the issuing bodies\' line, its month', () => {
  // Class: a guideline's or a translation's cover — the title, then a line of the issuing bodies (a sub-body with its
  // parent signs alone), then the month or day (on the line or under it) → the title ISSUED by those bodies, dated.
  const siblings: Array<[string, string, string, string]> = [
    ['Unofficial English Translation\n\nTechnical Guideline for Clinical Research\nof Autologous CAR-T Cell Products (Trial)\n\nCenter for Drug Evaluation, National Medical Products Administration\nAugust 2026\n\nI. Introduction\nThis guideline applies to autologous products developed as drugs in China.',
      'Technical Guideline for Clinical Research of Autologous CAR-T Cell Products (Trial)', 'agency:cn/nmpa/cde', '2026-08'],
    ['异体细胞治疗产品药学研究技术指导原则（试行）\n\n国家药品监督管理局药品审评中心\n2026年8月\n\n目　录\n一、概述\n\n一、概述\n本指导原则适用于按照药品研发和注册的异体细胞治疗产品。',
      '异体细胞治疗产品药学研究技术指导原则(试行)', 'agency:cn/nmpa/cde', '2026-08'],
    ['異體細胞治療產品藥學研究技術指導原則（試行）\n\n國家藥品監督管理局藥品審評中心\n二〇二六年八月\n\n一、概述\n本指導原則適用於按照藥品研發和註冊的異體細胞治療產品。',
      '异体细胞治疗产品药学研究技术指导原则(试行)', 'agency:cn/nmpa/cde', '2026-08'],
    ['Guidelines on Clinical Trials of Advanced Therapy Products\n\nDepartment of Health\nHong Kong Special Administrative Region\n\nVersion 1.0\nMarch 2027\n\n1. Purpose\nThese guidelines apply to trials of advanced therapy products.',
      'Guidelines on Clinical Trials of Advanced Therapy Products', 'agency:cn-hk/department-of-health', '2027-03'],
  ];
  it.each(siblings)('%s', async (text, title, body, date) => {
    const d = await fromFile(text);
    const p = d.entities.find((e) => e.label === 'Policy' && e.name === title);
    expect(p?.date).toBe(date);
    expect(d.relations.filter((r) => r.type === 'ISSUED' && r.to === p!.id).map((r) => [r.from, r.date])).toEqual([[body, date]]);
  });

  // Review F13: a government site's news page has the same shape — a headline, the site's body, a date — but its
  // headline tells of a text (an issuing verb, a 解读 word, 我省, a body named in it): no cover, no Policy, no ISSUED.
  const headlines: Array<[string]> = [
    ['省药监局发布细胞治疗产品委托生产质量指南\n\n广东省药品监督管理局\n2026-06-12\n\n近日，省药监局召开专题会议，部署全省细胞治疗产品监管工作。'],
    ['图解：细胞治疗临床研究备案管理办法\n\n浙江省卫生健康委员会\n2026年6月12日\n\n本期图解介绍备案流程和材料清单。'],
    ['我省出台干细胞产业发展扶持政策\n\n四川省人民政府办公厅\n2026-06-12\n\n新政策涵盖研发补助、人才引进等内容。'],
    ['一图读懂生物医药产业高质量发展行动方案\n\n重庆市经济和信息化委员会\n2026年6月12日\n\n行动方案提出到2028年产业规模突破千亿元。'],
  ];
  it.each(headlines)('no cover: %s', async (text) => {
    const d = await fromFile(text);
    const headline = text.split('\n')[0]!.replace(/^图解：/u, '');
    expect(d.entities.filter((e) => e.label === 'Policy' && headline.includes(e.name.replace(/[()（）]/gu, '')))).toEqual([]);
    expect(d.relations.filter((r) => r.type === 'ISSUED')).toEqual([]);
  });

  it('a title over a translator\'s line issues nothing', async () => {
    const d = await fromFile('Technical Guideline for Clinical Research of Autologous CAR-T Cell Products (Trial)\n\nTranslated by Pelham Crane LLP\nAugust 2026\n\nThis guideline applies to autologous products.');
    expect(d.relations.filter((r) => r.type === 'ISSUED')).toEqual([]);
  });
});

describe('a wire dateline and the sentence\'s own time', () => {
  // Class (review F11): a dateline opening the first sentence (CITY, Month D (Agency) --, /PRNewswire/ --, " - ", " — ")
  // dates the page; when the sentence gives its own time after it ("on Monday", "on Friday"), that time dates the act,
  // not the dateline's day. Without one, the dateline's day stays the act's.
  const siblings: Array<[string, string]> = [
    ['BEIJING, May 20 (Xinhua) -- The National Health Commission issued the Notice on Strengthening the Management of Stem Cell Clinical Research on Monday, requiring hospitals to register projects.\n\nThe notice takes effect on July 1, 2026.', '2026-05-18'],
    ['SHANGHAI, May 20, 2026 /PRNewswire/ -- Norwood Bio announced that the National Medical Products Administration approved its CAR-T therapy NW-19 on Monday.', '2026-05-18'],
    ['GUANGZHOU, May 20 (Reuters) - The Guangdong Provincial Health Commission on Monday issued the Measures for the Filing of Cell Therapy Clinical Research.\n\nThe province filed 40 projects by March 2026.', '2026-05-18'],
    ['HONG KONG, May 20, 2026 — The Pharmacy and Poisons Board approved the registration of CAR-T therapy NW-19 on Friday, the Department of Health said.', '2026-05-15'],
    // No own time: the dateline's day.
    ['BEIJING, May 20 (Xinhua) -- The National Health Commission has issued the Notice on Strengthening the Management of Stem Cell Clinical Research, requiring hospitals to register projects.\n\nThe notice takes effect on July 1, 2026.', '2026-05-20'],
  ];
  it.each(siblings)('%s', (text, date) => {
    const issued = x(text).relations.filter((r) => r.type === 'ISSUED');
    expect(issued.map((r) => r.date)).toEqual([date]);
  });
});

describe('a reply letter headed by its writer', () => {
  // Class (AH h292): a reply's head names its writer before 对 (X对十四届全国政协四次会议第N号提案的答复, …代表建议的答复,
  // …提案答复的函) with no 关于 → the reply is the page's own text, ISSUED by the writer (dated by its signature if any).
  const siblings: Array<[string, string, string, string]> = [
    ['国家卫生健康委员会对十四届全国人大三次会议第5678号建议的答复\n\n国卫提函〔2026〕112号\n\n李明代表：\n\n您提出的关于加快干细胞临床转化的建议收悉。经商国家药监局，现答复如下：\n一、关于临床研究备案。我委将继续完善备案制度。\n\n国家卫生健康委员会\n2026年7月10日',
      '对十四届全国人大三次会议第5678号建议的答复', 'agency:cn/nhc', '2026-07-10'],
    ['上海市药品监督管理局对市十六届人大四次会议第0321号代表建议的答复\n\n沪药监建〔2026〕21号\n\n张华代表：\n\n您提出的关于支持细胞治疗产品委托生产的建议收悉。现答复如下：我局已开展试点。',
      '对市十六届人大四次会议第0321号代表建议的答复', 'agency:cn-sh/medical-products', '2026'],
    ['國家藥品監督管理局對十四屆全國政協四次會議第02345號提案的答復\n\n國藥監提函〔2026〕55號\n\n陳立委員：\n\n您提出的關於完善細胞治療產品審評的提案收悉。現答復如下：我局將加快審評。',
      '对十四届全国政协四次会议第02345号提案的答复', 'agency:cn/nmpa', '2026'],
    ['广东省卫生健康委员会对省政协十三届二次会议第20240123号提案答复的函\n\n粤卫提函〔2026〕9号\n\n九三学社广东省委员会：\n\n贵委提出的关于推进干细胞产业发展的提案收悉。现答复如下：我委将加强指导。',
      '对省政协十三届二次会议第20240123号提案答复的函', 'agency:cn-gd/health-commission', '2026'],
  ];
  it.each(siblings)('%s', (text, title, writer, date) => {
    const d = x(text);
    const p = d.entities.find((e) => e.label === 'Policy' && e.name === title);
    expect(p?.date).toBe(date);
    expect(d.relations.filter((r) => r.type === 'ISSUED' && r.to === p!.id).map((r) => r.from)).toEqual([writer]);
  });

  it('a sentence about answering proposals is no reply of its own', () => {
    const d = x('市政府办公室对代表建议的答复工作进行部署，要求各部门按时办结。');
    expect(d.entities.filter((e) => e.label === 'Policy')).toEqual([]);
  });

  // The same head in English (AJ h314, an MT reply): the writer first with its possessive — "X's reply to Suggestion
  // No. N of …", capitalised or not, with or without "The" — is the page's own reply, ISSUED by X (dated by its signature).
  const english: Array<[string, string, string]> = [
    ["Hunan Provincial Health Commission's Reply to Proposal No. 0412 of the Second Session of the Thirteenth Hunan Provincial CPPCC Committee\n\nXiang Wei Ti Han [2026] No. 17\n\nCommittee member Zhou Ping:\n\nYour proposal on supporting cord blood banks has been received. The reply is as follows.\n\nHunan Provincial Health Commission\nAugust 3, 2026",
      'agency:cn-hn/health-commission', '2026-08-03'],
    ["Guangdong Provincial Medical Products Administration's reply to Suggestion No. 2207 of the Third Session of the Fourteenth Provincial People's Congress\n\nRepresentative Chen Jie:\n\nYour suggestion on cell therapy manufacturing has been received. Now reply as follows.\n\nGuangdong Provincial Medical Products Administration\nJune 18, 2026",
      'agency:cn-gd/medical-products', '2026-06-18'],
    ['The Shanghai Municipal Health Commission’s Reply to Proposal No. 0088 of the Second Session of the Sixteenth Shanghai CPPCC\n\nMember Lu Min:\n\nThank you for your proposal on stem cell clinics. We reply as follows.\n\nShanghai Municipal Health Commission\nMay 9, 2026',
      'agency:cn-sh/health-commission', '2026-05-09'],
    ["National Healthcare Security Administration's reply to Suggestion No. 3516 of the Fourth Session of the Fourteenth National People's Congress\n\nDeputy Wang Rui:\n\nYour suggestion on paying for CAR-T therapy has been received. The reply is as follows.\n\nNational Healthcare Security Administration\nJuly 1, 2026",
      'agency:cn/nhsa', '2026-07-01'],
  ];
  it.each(english)('%s', (text, writer, date) => {
    const d = x(text);
    const title = text.split('\n')[0]!.replace(/^The /, '');
    const p = d.entities.find((e) => e.label === 'Policy' && e.name.toLowerCase() === title.toLowerCase());
    expect(p?.date).toBe(date);
    expect(d.relations.filter((r) => r.type === 'ISSUED' && r.to === p!.id).map((r) => r.from)).toEqual([writer]);
  });

  it('a headline about a body\'s reply to deputies with no numbered suggestion is no reply of its own', () => {
    const d = x("Health commission's reply to deputies draws praise\n\nDeputies said the commission answered their questions on stem cell clinics in detail.");
    expect(d.entities.filter((e) => e.label === 'Policy')).toEqual([]);
  });
});

describe('a machine-translated head in Chinese word order', () => {
  // Class (AH h298, AD's Yiwu head): "Bodies on <doing something> … notice/opinions/measures/plan" as the page's first
  // line (甲乙关于…的通知 machine-translated) is the page's own title, issued by the signature's bodies on its date.
  const siblings: Array<[string, string[], string]> = [
    ['Hangzhou Municipal Health Commission Hangzhou Municipal Medical Products Administration on further strengthening the management of stem cell clinical research notice\n\nHang Wei [2026] No. 58\n\nAll district health bureaus:\n\nIn order to regulate clinical research, the relevant matters are notified as follows.\n\nHangzhou Municipal Health Commission\n\nHangzhou Municipal Medical Products Administration\n\nOctober 12, 2026',
      ['agency:cn-330100/health-commission', 'agency:cn-330100/medical-products'], '2026-10-12'],
    ['Zhejiang Provincial Health Commission on accelerating the clinical translation of cell therapy implementation opinions\n\nAll municipal health commissions:\n\nThe following opinions are put forward.\n\nZhejiang Provincial Health Commission\nSeptember 3, 2026',
      ['agency:cn-zj/health-commission'], '2026-09-03'],
    ['Guangzhou Municipal Health Commission on the issuance of the cell therapy clinical research filing work plan notice\n\nAll district health bureaus:\n\nThe plan is issued to you, please implement it.\n\nGuangzhou Municipal Health Commission\nMay 6, 2026',
      ['agency:cn-440100/health-commission'], '2026-05-06'],
    // 关于 as "about" / "regarding", 的 as "of" (review F17).
    ['Chengdu Municipal Health Commission about launching the cell therapy clinic special inspection of notice\n\nAll district health bureaus:\n\nThe inspection will run until December.\n\nChengdu Municipal Health Commission\nNovember 2, 2026',
      ['agency:cn-510100/health-commission'], '2026-11-02'],
    ['Shaanxi Provincial Health Commission regarding strengthening the filing of stem cell clinical research institutions notice\n\nAll municipal health commissions:\n\nThe relevant matters are notified as follows.\n\nShaanxi Provincial Health Commission\nJuly 21, 2026',
      ['agency:cn-sn/health-commission'], '2026-07-21'],
  ];
  it.each(siblings)('%s', (text, bodies, date) => {
    const d = x(text);
    const title = text.split('\n')[0]!;
    const p = d.entities.find((e) => e.label === 'Policy' && e.name === title);
    expect(p?.date).toBe(date);
    expect(d.relations.filter((r) => r.type === 'ISSUED' && r.to === p!.id).map((r) => [r.from, r.date]).sort()).toEqual(bodies.map((b) => [b, date]).sort());
  });

  it('a sentence with a body, "on" and a notice is no head', () => {
    const d = x('Officials of the Hangzhou Municipal Health Commission on duty read the new advertising notice\n\nThe city checked 40 clinics.');
    expect(d.entities.filter((e) => e.label === 'Policy')).toEqual([]);
  });
});

describe('a contact block that goes on under its label', () => {
  // Class (AJ h308; AG/AH contact lines): under 联系人：<unit> <name> <phone>, the next line of the block holding only
  // another unit, name and phone (indented or not) is one more contact: the person, MEMBER_OF that unit.
  const head = '浙江省卫生健康委员会关于开展细胞治疗临床研究检查的通知\n\n各市卫生健康委：\n\n为规范细胞治疗临床研究，我委决定于2026年6月至8月在全省开展专项检查。现将有关事项通知如下。\n\n一、检查范围为已备案的临床研究机构和项目。\n\n二、各市于7月底前报送自查报告。\n\n';
  const siblings: Array<[string, string, string]> = [
    ['联系人：省卫生健康委医政医管处　王磊　020-83001234\n　　　　省药监局药品生产监管处　陈静　020-83111234', '陈静', '药品生产监管处'],
    ['聯絡人：衛生局醫事管理科　林美玲　(03)3340935\n　　　　　衛生局藥政管理科　張志明　(03)3340936', '張志明', '药政管理科'],
    ['联系人：省卫生健康委科技教育处　李娜\n省卫生健康委医政处　周强', '周强', '医政处'],
    ['联系人：省卫生健康委科技教育处　李娜　0571-87001111\n　　　　省药监局注册处　周强　0571-87002222\n　　　　省疾控中心　吴敏　0571-87003333', '吴敏', '疾控中心'],
  ];
  it.each(siblings)('%s', async (block, person, unit) => {
    const d = await fromFile(`${head}${block}\n\n浙江省卫生健康委员会\n2026年5月6日\n`);
    const p = d.entities.find((e) => e.label === 'Person' && (e.name === person || e.aliases?.includes(person)));
    expect(p, person).toBeDefined();
    const units = d.relations.filter((r) => r.type === 'MEMBER_OF' && r.from === p!.id).map((r) => d.entities.find((e) => e.id === r.to)?.name ?? '');
    expect(units.some((u) => u.includes(unit)), units.join()).toBe(true);
  });

  it('on a short notice too (the wrapped-text joiner keeps each contact a paragraph), the unit part of the body it names', async () => {
    const d = await fromFile('广东省卫生健康委员会关于报送细胞治疗临床研究项目的通知\n\n各地级以上市卫生健康局：\n\n请于6月30日前报送项目清单。\n\n联系人：省卫生健康委医政处　张立新　020-83823456\n　　　　省药监局药品注册处　李敏华　020-37886123\n\n广东省卫生健康委员会\n2026年6月2日\n');
    const p = d.entities.find((e) => e.label === 'Person' && e.name === 'Li Minhua');
    const unit = d.relations.find((r) => r.type === 'MEMBER_OF' && r.from === p?.id)?.to;
    expect(d.entities.find((e) => e.id === unit)?.name).toBe('药品注册处');
    expect(d.relations.filter((r) => r.type === 'PART_OF' && r.from === unit).map((r) => r.to)).toEqual(['agency:cn-gd/medical-products']);
  });

  it('a sentence under a contact line is no contact', async () => {
    const d = await fromFile(`${head}联系人：省卫生健康委医政处　李娜\n省药监局负责解释本通知。\n\n浙江省卫生健康委员会\n2026年5月6日\n`);
    expect(d.entities.filter((e) => e.label === 'Person').map((e) => e.name)).toEqual(['Li Na']);
  });
});

describe('an official notice signed at its foot', () => {
  // Class (review s16 R10): a notice whose head title names no issuer (关于…的通知, "Notice on …", 關於…之公告), its
  // paragraphs apart by blank lines, closed by the body's line over the date (own block or not; a doc number, numbered
  // items, 附件 or （此件主动公开） around) → the body issued the page's own title on that date; a provincial or city
  // body's text applies to its place. A short notice is all "header" by length: its last date is the signing date.
  const body = '请各机构对照要求开展自查，并于12月15日前报送自查报告。';
  const head = '关于开展干细胞临床研究机构自查工作的通知';
  const sign = '浙江省卫生健康委员会\n2026年11月20日';
  const zj = ['agency:cn-zj/health-commission', 'region:CN-ZJ'] as const;
  const siblings: Array<[string, string, string, string, string | undefined]> = [
    [`${head}\n\n各市卫生健康委：\n\n${body}\n\n${sign}\n`, head, zj[0], '2026-11-20', zj[1]],
    [`${head}\n\n浙卫发〔2026〕31号\n\n各市卫生健康委：\n\n${body}\n\n${sign}\n`, head, zj[0], '2026-11-20', zj[1]],
    [`${head}\n\n各市卫生健康委、委直属各单位：\n\n为规范干细胞临床研究，现将有关事项通知如下。\n\n一、自查范围。已备案的机构。\n\n二、时间安排。${body}\n\n三、工作要求。各地要高度重视。\n\n${sign}\n`, head, zj[0], '2026-11-20', zj[1]],
    [`${head}\n\n各市卫生健康委：\n\n${body}\n\n浙江省卫生健康委员会\n\n2026年11月20日\n`, head, zj[0], '2026-11-20', zj[1]],
    [`${head}\n\n各市卫生健康委：\n\n${body}\n\n附件：自查情况汇总表\n\n${sign}\n\n（此件主动公开）\n`, head, zj[0], '2026-11-20', zj[1]],
    ['Notice on Carrying Out Self-Inspection of Stem Cell Clinical Research Institutions\n\nTo the health commissions of all cities:\n\nEvery institution shall carry out a self-inspection and submit its report by December 15.\n\nZhejiang Provincial Health Commission\nNovember 20, 2026\n',
      'Notice on Carrying Out Self-Inspection of Stem Cell Clinical Research Institutions', zj[0], '2026-11-20', zj[1]],
    // Taiwan: 之 for 的, the signing date in the Minguo era written in full.
    ['關於辦理幹細胞臨床研究機構自我查核之公告\n\n主旨：請各醫療機構辦理自我查核，並於115年12月15日前回報。\n\n說明：依特管辦法辦理。\n\n臺中市政府衛生局\n中華民國115年11月20日\n',
      '关于办理干细胞临床研究机构自我查核之公告', 'agency:cn-tw-txg/health-commission', '2026-11-20', 'region:CN-TW-TXG'],
    ['關於辦理幹細胞臨床研究機構自我查核之公告\n\n主旨：請各醫療機構辦理自我查核。\n\n衛生福利部\n\n中華民國115年11月20日\n',
      '关于办理干细胞临床研究机构自我查核之公告', 'agency:cn-tw/mohw', '2026-11-20', undefined],
    // Hong Kong: the government's press release, its "Ends/<date>" footer (完 / 日期 in Chinese).
    ['Guidance notes on cell therapy laboratories issued\n\nThe Department of Health (DH) today (November 20) issued the Guidance Notes on Self-Inspection of Cell Therapy Laboratories.\n\nA spokesman for the DH said the laboratories should submit their reports by December 15.\n\nEnds/Friday, November 20, 2026\nIssued at HKT 16:30\n\nNNNN\n',
      'Guidance Notes on Self-Inspection of Cell Therapy Laboratories', 'agency:cn-hk/department-of-health', '2026-11-20', 'region:CN-HK'],
    ['衞生署發出細胞治療化驗所自我審查指引\n\n衞生署今日（十一月二十日）發出《細胞治療化驗所自我審查指引》，要求所有註冊化驗所於十二月十五日前提交報告。\n\n衞生署發言人表示，化驗所應盡快完成審查。\n\n完\n2026年11月20日（星期五）\n香港時間16時30分\n',
      '细胞治疗化验所自我审查指引', 'agency:cn-hk/department-of-health', '2026-11-20', 'region:CN-HK'],
  ];
  it.each(siblings)('%s', async (text, title, issuer, date, place) => {
    const d = await fromFile(text);
    const p = d.entities.find((e) => e.label === 'Policy' && (e.name === title || e.aliases?.includes(title)));
    expect(p, policies(d).join()).toBeDefined();
    expect(d.relations.filter((r) => r.type === 'ISSUED' && r.to === p!.id).map((r) => [r.from, r.date])).toEqual([[issuer, date]]);
    if (place) expect(d.relations.filter((r) => r.type === 'APPLIES_TO' && r.from === p!.id).map((r) => r.to)).toEqual([place]);
  });

  it('a news story closed by its source line and date issues nothing', async () => {
    const d = await fromFile('浙江开展干细胞临床研究机构自查\n\n近日，浙江各地干细胞临床研究机构陆续开展自查，多家医院已提交报告。\n\n据介绍，自查将持续到年底。\n\n来源：浙江日报\n2026年11月20日\n');
    expect(d.relations.filter((r) => r.type === 'ISSUED')).toEqual([]);
  });
});

describe('an English contact line: a unit and its person in any order', () => {
  // Class (M3; AG h290, AH h298, AJ h314, AL h328, AM h337): a notice's contact line, often machine-translated, gives a
  // unit and the person in it, with a phone, in any order and label → the person MEMBER_OF the unit; the unit an agency
  // PART_OF the body it names ("X of <body>", "<body>, X") or else of the page's first body.
  const head = 'Suzhou Municipal Health Commission on Carrying Out Inspections of Cell Therapy Clinical Research\n\nEach county health bureau:\n\nInspections will be carried out from December 2026. Please submit self-inspection reports by December 15.\n\n';
  const foot = '\n\nSuzhou Municipal Health Commission\nNovember 20, 2026\n';
  const hc = 'agency:cn-320500/health-commission';
  const siblings: Array<[string, string, string, string]> = [
    ['Contact: Medical Administration Division of Municipal Health Commission, Comrade Wang Lihua, 0512-68001234', 'Wang Lihua', 'Medical Administration Division', hc],
    ['(Contact unit: Medical Administration Division, Wang Lihua, telephone 0512-68001234)', 'Wang Lihua', 'Medical Administration Division', hc],
    ['Contact unit: Municipal Health Commission, Medical Administration Division; contact person: Wang Lihua; tel. 0512-68001234.', 'Wang Lihua', 'Medical Administration Division', hc],
    ['Contact person: Comrade Wang Lihua of the Medical Administration Division, tel: 0512-68001234', 'Wang Lihua', 'Medical Administration Division', hc],
    ['Contact person: Medical Administration Division Comrade Wang Lihua, 0512-68001234', 'Wang Lihua', 'Medical Administration Division', hc],
    ['Contact: Comrade Wang Lihua, Policy, Regulation and Legal Affairs Division, 0512-68001234', 'Wang Lihua', 'Policy, Regulation and Legal Affairs Division', hc],
    // Another body's unit: its own parent, not the page's.
    ['Contact unit: Municipal Science and Technology Bureau, High-tech Division; contact person: Zhou Min; tel. 0512-68005678.', 'Zhou Min', 'High-tech Division', 'agency:cn-320500/science-technology'],
    ['Contact: Drug Registration Division of the Jiangsu Provincial Medical Products Administration, Comrade Zhou Min, 025-83273000', 'Zhou Min', 'Drug Registration Division', 'agency:cn-js/medical-products'],
  ];
  it.each(siblings)('%s', async (line, person, unit, parent) => {
    const d = await fromFile(`${head}${line}${foot}`);
    const p = d.entities.find((e) => e.label === 'Person' && e.name === person);
    expect(p, d.entities.map((e) => e.name).join()).toBeDefined();
    const u = d.entities.find((e) => e.label === 'Agency' && (e.aliases ?? []).includes(unit));
    expect(d.relations.filter((r) => r.type === 'MEMBER_OF' && r.from === p!.id).map((r) => r.to)).toEqual([u?.id]);
    expect(d.relations.filter((r) => r.type === 'PART_OF' && r.from === u!.id).map((r) => r.to)).toEqual([parent]);
  });

  it('a company\'s media contact and a unit of a body the page does not name make no unit of another body', async () => {
    const release = await fromFile('Lumacel Bio wins approval\n\nThe National Medical Products Administration on Thursday approved the company\'s therapy, Lumacel Bio said.\n\nMedia contact: Corporate Communications Department, Anna Lee, +86 21 5555 0100\n');
    expect(release.relations.filter((r) => r.type === 'PART_OF')).toEqual([]);
    const notice = await fromFile(`${head}Contact: Drug Registration Division of the Provincial Medical Products Administration, Comrade Sun Li, 0512-68001234${foot}`);
    expect(notice.relations.filter((r) => r.type === 'PART_OF' && r.to === hc)).toEqual([]);
  });

  it('a unit "of Municipal Health Commission" on a notice that names its commission only in the signature is that commission\'s (review s17 S2)', async () => {
    const bare = 'Notice on Carrying Out Inspections of Cell Therapy Clinical Research\n\nEach county health bureau:\n\nInspections will be carried out from December 2026. Please submit self-inspection reports by December 15.\n\n';
    for (const line of ['Contact: Medical Administration Department of Municipal Health Commission, Comrade Sun Hui, 0512-68001234', 'Contact: Science and Education Office of the Municipal Health Commission, Comrade Sun Hui, 0512-68001234']) {
      const d = await fromFile(`${bare}${line}${foot}`);
      const p = d.entities.find((e) => e.label === 'Person' && e.name === 'Sun Hui');
      const unit = d.relations.find((r) => r.type === 'MEMBER_OF' && r.from === p?.id)?.to;
      expect(d.relations.filter((r) => r.type === 'PART_OF' && r.from === unit).map((r) => r.to), line).toEqual([hc]);
    }
    const other = await fromFile(`${bare}Contact: Drug Registration Division of the Provincial Medical Products Administration, Comrade Sun Li, 0512-68001234${foot}`);
    expect(other.relations.filter((r) => r.type === 'PART_OF' && r.to === hc)).toEqual([]);
  });

  // Class (AP h361): the unit's body written by level and kind with "of" in its name ("Municipal Bureau of Industry and
  // Information Technology") is the body the page names so, not a unit "Municipal Bureau" of a body "Industry and …".
  const miit = 'Suzhou Municipal Health Commission on Carrying Out Inspections of Cell Therapy Clinical Research\n\nEach county health bureau:\n\nInspections will be carried out from December 2026, with the Suzhou Municipal Bureau of Industry and Information Technology and the Suzhou Municipal Bureau of Human Resources and Social Security.\n\n';
  const bodyOf: Array<[string, string]> = [
    ['Contact: Biomedicine Section, Municipal Bureau of Industry and Information Technology, Comrade Ma Jun, 0512-68001234', 'Biomedicine Section'],
    ['Contact unit: Municipal Bureau of Human Resources and Social Security, Talent Development Division; contact person: Ma Jun; tel. 0512-68001234.', 'Talent Development Division'],
    ['Contact: Comrade Ma Jun, Municipal Bureau of Industry and Information Technology, 0512-68001234', ''],
    ['(Contact unit: Industry Promotion Office of the Municipal Bureau of Industry and Information Technology, Ma Jun, telephone 0512-68001234)', 'Industry Promotion Office'],
  ];
  it.each(bodyOf)('a body named with "of": %s', async (line, unit) => {
    const d = await fromFile(`${miit}${line}${foot}`);
    const p = d.entities.find((e) => e.label === 'Person' && e.name === 'Ma Jun');
    const to = d.relations.filter((r) => r.type === 'MEMBER_OF' && r.from === p?.id).map((r) => d.entities.find((e) => e.id === r.to)!);
    expect(to.length, d.relations.map((r) => r.type).join()).toBe(1);
    const body = unit ? d.relations.find((r) => r.type === 'PART_OF' && r.from === to[0]!.id)?.to : to[0]!.id;
    expect(d.entities.find((e) => e.id === body)?.name).toMatch(/^Suzhou Municipal (?:Department of Industry and Information Technology|Human Resources and Social Security Bureau)$/);
    if (unit) expect(to[0]!.aliases).toContain(unit);
  });

  it('a contact line with a unit and only a number names nobody', async () => {
    const d = await fromFile(`${head}Contact: Medical Administration Division, 0512-68001234${foot}`);
    expect(d.entities.filter((e) => e.label === 'Person')).toEqual([]);
    expect(d.relations.filter((r) => r.type === 'MEMBER_OF' || r.type === 'PART_OF')).toEqual([]);
  });
});

describe('a contact block: each entry after ；, any label, a unit line over a person line', () => {
  // Class (M3; AN h340, AO h348, AO h352): a notice's or a 解读's contact block names units and persons over several
  // sentences (；ends one) and lines — 联系人：A处 甲；B部 乙, 联系单位及电话：某处，电话；联系人：丙, 联系人及电话 / 联系方式 /
  // 承辦人 / 解读人, MT "Interpretation unit: X" over "Interpreter: Y" → each person, MEMBER_OF the unit written before
  // them; the unit PART_OF the body it names (or the block's body before it, else the page's own body).
  const siblings: Array<[string, string, string, string]> = [
    ['关于征求意见的通知\n各有关单位：\n请于12月1日前反馈意见。\n联系人：省药监局注册处　王晓明；稽查处　李文静\n联系电话：0571-12345678\n浙江省药品监督管理局\n2026年11月3日', 'Li Wenjing', '稽查处', 'Zhejiang Provincial Medical Products Administration'],
    ['（联系单位及电话：市卫生健康委医政医管科，0591-8765432；联系人：陈立华）\n福州市卫生健康委员会\n2026年10月9日', 'Chen Lihua', '医政医管科', 'Fuzhou Municipal Health Commission'],
    ['联系人及电话：省科技厅基础研究处　钱立明　0791-86123456\n江西省科学技术厅\n2026年9月1日', 'Qian Liming', '基础研究处', 'Jiangxi Provincial Department of Science and Technology'],
    ['联系方式：省卫生健康委科技教育处，刘海燕，0851-85812345\n贵州省卫生健康委员会\n2026年8月2日', 'Liu Haiyan', '科技教育处', 'Guizhou Provincial Health Commission'],
    ['衛生福利部預告再生醫療施行細則草案\n衛生福利部今日預告「再生醫療施行細則」草案，明定醫療機構申請施行再生醫療之程序。\n各界如有意見，請於預告刊登公報之次日起六十日內提出。\n聯絡人：衛生福利部醫事司　張雅婷；食品藥物管理署藥品組　黃俊傑\n電話：02-12345678', 'Huang Junjie', '藥品組', 'Taiwan Food and Drug Administration'],
    ['食品藥物管理署公告細胞治療產品查驗登記須知\n食品藥物管理署今日公告修正「細胞治療產品查驗登記須知」，自即日起生效。\n業者申請查驗登記時，應檢附製程管制資料。\n承辦人：衛生福利部食品藥物管理署藥品組　林佳慧；醫療器材組　陳柏宇\n電話：(02)2787-8000', 'Chen Baiyu', '醫療器材組', 'Taiwan Food and Drug Administration'],
    ['Interpretation of the Implementation Rules for Stem Cell Research Filing\nThe Gansu Provincial Health Commission recently issued the Implementation Rules.\nInterpretation unit: Medical Administration Division of the Provincial Health Commission\nInterpreter: Zhao Minghui\nContact number: 0931-4812345', 'Zhao Minghui', 'Medical Administration Division', 'Gansu Provincial Health Commission'],
    ['Notice of the Wuxi Municipal Health Commission on the Pilot of Cell Therapy Wards\nDrafting unit: Science and Education Division of Municipal Health Commission\nContact person: Comrade Peng Yuxin\nTel: 0510-81234567\nWuxi Municipal Health Commission\nOctober 9, 2026', 'Peng Yuxin', 'Science and Education Division', 'Wuxi Municipal Health Commission'],
    ['Contact unit: Drug Registration Division of the Provincial Medical Products Administration\nContact person: Lu Jianhua\nHubei Provincial Medical Products Administration\n3 November 2026', 'Lu Jianhua', 'Drug Registration Division', 'Hubei Provincial Medical Products Administration'],
  ];
  it.each(siblings)('%s', async (text, person, unit, parent) => {
    const d = await fromFile(`${text}\n`);
    const name = (id: string) => d.entities.find((e) => e.id === id);
    const p = d.entities.find((e) => e.label === 'Person' && e.name === person);
    expect(p, d.entities.map((e) => e.name).join()).toBeDefined();
    const u = d.relations.filter((r) => r.type === 'MEMBER_OF' && r.from === p!.id).map((r) => name(r.to)!);
    expect(u.map((e) => [e.name, ...(e.aliases ?? [])]).flat(), u.map((e) => e.name).join()).toContain(unit);
    expect(d.relations.filter((r) => r.type === 'PART_OF' && r.from === u[0]!.id).map((r) => name(r.to)?.name)).toEqual([parent]);
  });

  it('a contact named in running prose, a labelled person with no unit, and a short form of another body make no unit', async () => {
    const prose = await fromFile('本次活动联系人为张明，电话见附件。\n广州市科学技术局\n');
    expect(prose.relations.filter((r) => r.type === 'MEMBER_OF' || r.type === 'PART_OF')).toEqual([]);
    const alone = await fromFile('Interpretation of the Measures\nInterpreter: Zhao Minghui\nContact number: 0931-4812345\nGansu Provincial Health Commission\n');
    expect(alone.relations.filter((r) => r.type === 'PART_OF')).toEqual([]);
    const other = await fromFile('关于报送项目的通知\n联系人：医政处　李娜；省药监局注册处　周强\n湖南省卫生健康委员会\n2026年7月1日\n');
    const zhou = other.entities.find((e) => e.name === 'Zhou Qiang');
    const hc = other.entities.find((e) => e.name === 'Hunan Provincial Health Commission')!.id;
    const units = other.relations.filter((r) => r.type === 'MEMBER_OF' && r.from === zhou?.id).map((r) => r.to);
    expect(other.relations.filter((r) => r.type === 'PART_OF' && units.includes(r.from) && r.to === hc)).toEqual([]);
  });
});

describe('one text named with and without its place', () => {
  // Class (AM h337): a notice's head names the text it prints without its place (关于印发支持X若干措施的通知, "… on Printing
  // and Distributing Several Measures for X") and the body or the attachment with it (《扬州市支持X若干措施》, "the Several
  // Measures of Yangzhou City for X") → one policy with both names, when the bare name's issuers are of that place.
  const siblings: Array<[string, string, string]> = [
    ['Wuxi Municipal Health Commission on Issuing the Implementation Rules for Stem Cell Research Filing\n\nTo the health bureaus of all districts:\n\nThe "Implementation Rules of Wuxi City for Stem Cell Research Filing" are issued to you herewith and shall be followed.\n\nWuxi Municipal Health Commission\nOctober 9, 2026',
      'Implementation Rules for Stem Cell Research Filing', 'Implementation Rules of Wuxi City for Stem Cell Research Filing'],
    ['绍兴市卫生健康委员会关于印发干细胞临床研究备案管理实施细则的通知\n\n各区、县（市）卫生健康局：\n\n《绍兴市干细胞临床研究备案管理实施细则》已经委主任办公会议审议通过，现印发给你们，请遵照执行。\n\n绍兴市卫生健康委员会\n2026年10月9日',
      '干细胞临床研究备案管理实施细则', '绍兴市干细胞临床研究备案管理实施细则'],
    ['Changzhou backs gene therapy firms with new rules\n\nThe Changzhou Municipal People\'s Government on Monday issued the Several Measures for Supporting the Gene Therapy Industry.\n\nUnder the Several Measures of Changzhou City for Supporting the Gene Therapy Industry, each new clinical trial will receive up to 2 million yuan.',
      'Several Measures for Supporting the Gene Therapy Industry', 'Several Measures of Changzhou City for Supporting the Gene Therapy Industry'],
    ['臺中市政府公告訂定細胞治療技術管理自治條例\n\n臺中市政府今日公告訂定「細胞治療技術管理自治條例」，自公布日施行。\n\n依「臺中市細胞治療技術管理自治條例」規定，醫療機構應每年申報執行情形。',
      '细胞治疗技术管理自治条例', '「臺中市細胞治療技術管理自治條例」'],
  ];
  it.each(siblings)('%s', (text, bare, placed) => {
    const d = x(text);
    const p = policy(d, bare);
    expect(p, d.entities.filter((e) => e.label === 'Policy').map((e) => e.name).join(' | ')).toBeDefined();
    expect([p!.name, ...(p!.aliases ?? [])]).toContain(placed);
    expect(d.entities.filter((e) => e.label === 'Policy')).toHaveLength(1);
  });

  it('a higher body\'s text named bare in running text stays apart from the city\'s of that name (review s17 S3)', () => {
    const d = x('Wenzhou follows the province on cell therapy pilots\n\nFollowing the provincial Implementation Measures for Cell Therapy Pilots, the Wenzhou Municipal Health Commission on Tuesday issued the Implementation Measures of Wenzhou City for Cell Therapy Pilots, which add a local review step.');
    expect(d.entities.filter((e) => e.label === 'Policy').map((e) => e.name).sort()).toEqual(['Implementation Measures for Cell Therapy Pilots', 'Implementation Measures of Wenzhou City for Cell Therapy Pilots']);
  });

  it('a national text and a city\'s of one name stay two', () => {
    const d = x('扬州出台细胞治疗产品管理办法\n\n国家药监局此前发布了《细胞治疗产品管理办法》。近日，扬州市人民政府印发《扬州市细胞治疗产品管理办法》，细化了本地要求。');
    expect(d.entities.filter((e) => e.label === 'Policy').map((e) => e.name).sort()).toEqual(['扬州市细胞治疗产品管理办法', '细胞治疗产品管理办法']);
  });
});

describe('a table written with bare bars', () => {
  // Class (AL h330): a results or register table whose rows are cells between bars with no spaces (1｜某某有限公司｜…,
  // full-width bars made ASCII by the reader) → the companies and hospitals of its rows, as in a Markdown table.
  const siblings: Array<[string, string[]]> = [
    ['山东省药品监督管理局关于细胞治疗产品检查结果的公告\n\n序号｜企业名称｜生产地址｜检查结论\n1｜济南华瑞细胞科技有限公司｜济南市高新区｜符合要求\n2｜青岛安泰生物工程有限公司｜青岛市崂山区｜限期整改\n', ['济南华瑞细胞科技有限公司', '青岛安泰生物工程有限公司']],
    ['江苏省药品监督管理局关于细胞治疗产品生产企业检查情况的通告\n\n序号|企业名称|检查结论\n1|苏州恒瑞细胞治疗有限公司|符合要求\n2|无锡康明生物科技有限公司|限期整改\n', ['苏州恒瑞细胞治疗有限公司', '无锡康明生物科技有限公司']],
    ['衛生福利部公告細胞治療技術施行計畫核准名單\n\n編號｜醫療機構｜技術項目｜核准日期\n1｜臺北榮民總醫院｜自體脂肪幹細胞移植｜115年10月2日\n2｜花蓮慈濟醫院｜自體免疫細胞治療｜115年10月9日\n', ['Taipei Veterans General Hospital']],
    ['Jiangsu MPA publishes results of cell therapy inspections\n\nNo.|Company|Address|Result\n1|Suzhou Hengrui Cell Therapeutics Co., Ltd.|Suzhou Industrial Park|Compliant\n2|Wuxi Kangming Biotech Co., Ltd.|Wuxi New District|Rectification required\n', ['Suzhou Hengrui Cell Therapeutics Co., Ltd.', 'Wuxi Kangming Biotech Co., Ltd.']],
  ];
  it.each(siblings)('%s', async (text, orgs) => {
    const d = await fromFile(text);
    const names = d.entities.filter((e) => e.label === 'Organization').flatMap((e) => [e.name, ...(e.aliases ?? [])]);
    for (const o of orgs) expect(names, names.join()).toContain(o);
  });

  it('a metadata bar with bars is no table row', async () => {
    const d = await fromFile('细胞治疗新规发布\n\n来源：新华网|发布时间：2026-11-02|浏览次数：100\n\n国家卫生健康委发布了新规。\n');
    expect(d.entities.filter((e) => e.label === 'Organization')).toEqual([]);
  });
});
