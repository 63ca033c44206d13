// Date classes of session 19, each as a table of sibling pages written for this test (another body, person, year, script
// and wording of the same class), with no-match rows that must not fire.
import { describe, expect, it } from 'vitest';
import { extractText } from '../loaders/index.ts';
import { findDates, publishedDate } from '../loaders/extract/dates.ts';
import { detectLanguage } from '../loaders/read/script.ts';
import type { DocumentFacts } from '../loaders/types.ts';

const x = (text: string, publishedOn?: string): DocumentFacts =>
  extractText({ path: '/tmp/t.txt', name: 't.txt', sha256: '0', text, language: detectLanguage(text), title: 't', ...(publishedOn ? { publishedOn } : {}) });

describe('D: a proposal put forward at the national sessions is of their March', () => {
  // Class: 今年全国两会期间 / 2025年全国两会 / "at this year's Two Sessions" — a report months later dates the proposal by
  // the sessions (March of that year), not by its own month; 去年全國兩會上: the year before, alone (gold writes it so); a province's or city's 两会 is not the national one,
  // and a month the sentence gives wins.
  const rows: Array<[string, string, string, string]> = [
    ['关于完善细胞治疗收费机制的建议', '湖北日报 2026-10-15\n\n今年全国两会期间，全国人大代表、武汉协和医院院长王明远提交了《关于完善细胞治疗收费机制的建议》，建议将细胞治疗纳入收费目录。\n\n近日，国家医保局对该建议作出答复。', '2026-10-15', '2026-03'],
    ['关于支持干细胞临床转化的提案', '大公報 2025-09-01\n\n今年全國兩會期間，全國政協委員陳立勤提交了《關於支持幹細胞臨床轉化的提案》，建議設立專項基金。', '2025-09-01', '2025-03'],
    ['关于建立细胞治疗区域中心的提案', '贵州日报 2026-06-01\n\n去年全国两会上，全国政协委员罗志刚提交了《关于建立细胞治疗区域中心的提案》，建议在西部建设区域中心。', '2026-06-01', '2025'],
    ['关于加快基因治疗审评的建议', '新华网 2026-07-20\n\n2025年全国两会上，全国人大代表周丽华提交了《关于加快基因治疗审评的建议》。', '2026-07-20', '2025-03'],
    // No-match: a province's or a city's sessions (January), a day the sentence gives.
    ['关于建设省级干细胞库的提案', '云南日报 2026-05-20\n\n今年省两会期间，省政协委员赵国强提交了《关于建设省级干细胞库的提案》。', '2026-05-20', '2026-05'],
    ['关于设立市级细胞治疗产业基金的建议', '长江日报 2026-06-15\n\n今年市两会上，市人大代表孙建华提交了《关于设立市级细胞治疗产业基金的建议》。', '2026-06-15', '2026-06'],
    ['关于推进细胞治疗医保支付的提案', '光明网 2026-04-02\n\n3月6日，在今年全国两会上，全国政协委员吴志明提交了《关于推进细胞治疗医保支付的提案》。', '2026-04-02', '2026-03-06'],
  ];
  it.each(rows)('%s', (title, text, published, date) => {
    const d = x(text, published);
    const p = d.entities.find((e) => e.label === 'Proposal' && (e.name === title || e.aliases?.includes(title)));
    expect(p, title).toBeDefined();
    expect(p!.date).toBe(date);
    for (const r of d.relations.filter((q) => q.type === 'PROPOSED' && q.to === p!.id)) expect(r.date).toBe(date);
  });
});

describe('D (R9): a yearless dateline\'s year from the weekday the story speaks on', () => {
  // Class: "CITY, Mon D (Agency) - …, the company said on <Weekday>" with no year in the dateline, and the page's only other
  // dated event in the past ("approved in June 2023"): the dateline's year is the first from that one whose day falls on
  // the weekday said. No weekday of saying, or a dateline with its year: as before.
  const rows: Array<[string, string]> = [
    ['TIANJIN, March 3 (Reuters) - A local biotech has won approval for its cord-blood stem cell product, the company said on Tuesday.\n\nA rival product was approved in June 2023.', '2026-03-03'],
    ['HONG KONG, Aug 12 - The city will fund three new cell therapy laboratories, the innovation bureau announced on Wednesday.\n\nThe bureau first proposed the plan in September 2024.', '2026-08-12'],
    ['BEIJING, Nov 18 (Reuters) - China cleared its first gene therapy for haemophilia, its developer said on Tuesday.\n\nThe drug was filed in March 2025.', '2025-11-18'],
    // No-match: no weekday of saying; a dateline with its year; a weekday of the act, not of the saying.
    ['SHANGHAI, May 5 (Xinhua) -- The city issued new rules for cell therapy clinics.\n\nThe first draft came out in July 2024.', '2024-05-05'],
    ['SHANGHAI, May 5, 2025 /PRNewswire/ -- Acme Bio said on Friday it had won a licence.\n\nIts plant opened in July 2023.', '2025-05-05'],
    ['BEIJING, Jan 6 (Reuters) - The regulator approved the drug on Monday.\n\nThe company filed it in October 2025.', '2025-01-06'],
  ];
  it.each(rows)('%s', (text, date) => {
    expect(publishedDate(text)).toBe(date);
  });
});

describe('D (R9): a yearless dateline on a page with no other month-date', () => {
  // Class: the weekday said, counted from the latest year the story names as a time ("listed in 2025"); without a weekday
  // said, no year is guessed.
  const rows: Array<[string, string | undefined]> = [
    ['SUZHOU, June 8 (Reuters) - A Suzhou biotech won approval for its NK cell therapy, the company said on Monday.\n\nIt raised funds in 2024 and listed in Hong Kong in 2025.', '2026-06-08'],
    ['GUANGZHOU, Sept 14 - The province will subsidise stem cell banks, officials announced on Monday.\n\nThe first bank opened in 2019.', '2020-09-14'],
    // No-match: no weekday said.
    ['SUZHOU, June 8 (Reuters) - A Suzhou biotech won approval for its NK cell therapy.\n\nIt listed in Hong Kong in 2025.', undefined],
  ];
  it.each(rows)('%s', (text, date) => {
    expect(publishedDate(text)).toBe(date);
  });
});

describe('D: Minguo (ROC) dates in every written form', () => {
  // Class: 民國115年12月1日, 115/12/01, 115.12.01, 一百十五年十二月一日 on Taiwan pages → 2026-12-01; not a sum or a number with
  // two parts (113.5億元) or four (115.12.01.3).
  const rows: Array<[string, string[]]> = [
    ['衛生福利部於民國115年12月1日公告修正規定', ['2026-12-01']],
    ['食藥署115/12/01發布新聞稿', ['2026-12-01']],
    ['公告日期：115.12.01', ['2026-12-01']],
    ['中華民國一百十五年十二月一日', ['2026-12-01']],
    ['預算編列113.5億元', []],
    ['文件編號115.12.01.3', []],
  ];
  it.each(rows)('%s', (text, dates) => {
    expect(findDates(text).map((d) => d.date)).toEqual(dates);
  });
});

describe('D: a bill\'s own page dates the bill by its day', () => {
  // Class: a Legislative Yuan 議案關係文書 ("…中華民國115年5月6日印發", then 案由：本院委員甲、乙等N人，…爰擬具「X」) is the
  // bill itself: its proposal and PROPOSED take the page's day, not its month. A news story about a bill keeps the month.
  const rows: Array<[string, string, string]> = [
    ['立法院議案關係文書（中華民國41年9月起編號）中華民國115年5月6日印發\n\n院總第1724號　委員提案第12001號\n\n案由：本院委員林志明、王美華等20人，鑑於細胞治療發展迅速，爰擬具「再生醫療法第十條條文修正草案」。是否有當？敬請公決。', '再生医疗法第十条条文修正草案', '2026-05-06'],
    ['立法院第11屆第6會期第3次會議議案關係文書　中華民國115年10月22日印發\n\n案由：本院委員陳建國等17人，有鑑於人體試驗規範未臻完善，爰擬具「人體研究法部分條文修正草案」。是否有當？敬請公決。', '人体研究法部分条文修正草案', '2026-10-22'],
    ['立法院議案關係文書　中華民國114年12月3日印發\n\n案由：本院委員黃淑芬、李志強等16人，為保障細胞捐贈者權益，爰擬具「再生醫療製劑條例第八條條文修正草案」。', '再生医疗制剂条例第八条条文修正草案', '2025-12-03'],
    // No-match: a news story's sentence about a bill keeps the page's month.
    ['自由時報 2026-05-06\n\n立法委員林志明等20人提出「再生醫療法第十條條文修正草案」，要求強化細胞治療資訊揭露。', '再生医疗法第十条条文修正草案', '2026-05'],
  ];
  it.each(rows)('%s', (text, title, date) => {
    const d = x(text);
    const p = d.entities.find((e) => e.label === 'Proposal' && (e.name === title || e.aliases?.some((a) => a === title)));
    expect(p, title).toBeDefined();
    expect(p!.date).toBe(date);
    for (const r of d.relations.filter((q) => q.type === 'PROPOSED' && q.to === p!.id)) expect(r.date).toBe(date);
  });
});

describe('D: a Taiwan wire story\'s editor stamp dates the page', () => {
  // Class: a CNA story's foot（編輯：某某）1151124 — its editor and the day it ran, a Minguo date run together — is the page's
  // date where the page gives no other, and its 本月18日, 今天 are read from it. Not a stamp with no date, nor a number in prose.
  const rows: Array<[string, string | undefined]> = [
    ['（中央社記者林大明高雄24日電）高雄醫學大學附設醫院今天宣布，細胞治療計畫已於本月18日獲衛福部核准。\n\n（編輯：張美玲）1151124', '2026-11-24'],
    ['（中央社記者陳小華台北5日電）衛福部今天公告再生醫療製劑新制。\n\n(編輯：黃志明)1150305\n', '2026-03-05'],
    ['（中央社記者王大同台中30日電）台中榮總細胞製備中心通過查核。\n（編輯：李文雄）1141230', '2025-12-30'],
    // No-match: an editor with no stamp; a number in the last sentence.
    ['衛福部今天公告再生醫療製劑新制。\n\n（編輯：黃志明）', undefined],
    ['衛福部今天公告新制，受理編號為1151124。', undefined],
  ];
  it.each(rows)('%s', (text, date) => {
    expect(publishedDate(text)).toBe(date);
  });
  it('the page\'s 本月18日 is read from the stamp', () => {
    const d = x('衛福部發布再生醫療新規\n\n（中央社記者林大明台北24日電）衛生福利部已於本月18日發布「再生醫療製劑查驗登記須知」，今天起受理申請。\n\n（編輯：張美玲）1151124');
    const issued = d.relations.find((r) => r.type === 'ISSUED' && r.from === 'agency:cn-tw/mohw');
    expect(issued?.date).toBe('2026-11-18');
  });
});

describe('D: the motions of one council sitting share its day', () => {
  // Class: a council's report of a sitting — 今日（十二月十日）會議上，通過由甲議員動議的「X」議案 … 另外，由乙議員動議的「Y」議案
  // 亦獲通過 — dates a later motion with no date of its own by the sitting (the first motion's day), not by the page's month.
  // A motion given its own day keeps it.
  const page = (more: string): string => `立法會會議通過兩項議案\n\n　　立法會今日（十二月十日）會議上，通過由張大文議員動議的「推動基因治療研發」議案。\n\n　　議員在會上亦討論其他事項。\n\n　　${more}`;
  const rows: Array<[string, string, string, string]> = [
    ['a later motion (Traditional)', page('另外，由李小芬議員動議的「加強長者牙科服務」議案亦獲通過。'), '加强长者牙科服务', '2025-12-10'],
    ['a later motion (Simplified)', '立法会会议通过两项议案\n\n立法会今日（三月五日）会议上，通过由王志明议员动议的「支持细胞治疗产业」议案。\n\n此外，由陈美玲议员动议的「改善基层医疗」议案亦获通过。', '改善基层医疗', '2025-03-05'],
    ['the first motion itself', page('另外，由李小芬議員動議的「加強長者牙科服務」議案亦獲通過。'), '推动基因治疗研发', '2025-12-10'],
    // No-match: a motion with a day of its own.
    ['a motion with its own day', page('另外，在十一月十九日的會議上，由李小芬議員動議的「加強長者牙科服務」議案亦獲通過。'), '加强长者牙科服务', '2025-11-19'],
  ];
  it.each(rows)('%s', (_, text, title, date) => {
    const d = x(text, text.startsWith('立法会会议') ? '2025-03-05' : '2025-12-10');
    const p = d.entities.find((e) => e.label === 'Proposal' && (e.name === title || e.aliases?.some((a) => a.includes(title))));
    expect(p, title).toBeDefined();
    expect(p!.date).toBe(date);
  });
});
