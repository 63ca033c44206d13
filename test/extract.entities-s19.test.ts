// ENTITIES, session 19: classes of text about where a text applies (M7) and bodies and persons named again (M2), each
// written for this test in our own words (other bodies, places, firms and days than any page), with near misses.
import { describe, expect, it } from 'vitest';
import { extractText } from '../loaders/index.ts';
import type { DocumentFacts } from '../loaders/types.ts';

const lang = (text: string): 'en' | 'zh-Hans' | 'zh-Hant' => (!/\p{Script=Han}/u.test(text) ? 'en' : /[衛醫療體臺會]/u.test(text) ? 'zh-Hant' : 'zh-Hans');
const x = (text: string, publishedOn = '2026-11-20'): DocumentFacts => extractText({ path: '/tmp/e.txt', name: 'e.txt', sha256: '0', text, language: lang(text), title: 'e.txt', publishedOn });
/** "name → region id" for every APPLIES_TO whose source's name matches `of`. */
const applies = (text: string, of: RegExp): string[] => {
  const d = x(text);
  const name = (id: string): string => d.entities.find((e) => e.id === id)?.name ?? id;
  return d.relations.filter((r) => r.type === 'APPLIES_TO' && of.test(name(r.from))).map((r) => r.to);
};

// A province's or a city's licence permits one holder's site: its issuer's territory is not where it applies.
const SITE_LICENCE: Array<[string, RegExp]> = [
  ['Hexa Cell said its plant in Wuxi received a drug manufacturing license from the Jiangsu Provincial Medical Products Administration in March.', /licen/i],
  ['The Sichuan Provincial Medical Products Administration granted a Drug Production License to Tianfu Genecure on 3 June.', /licen/i],
  ['成都某某细胞科技有限公司日前取得四川省药品监督管理局核发的《药品生产许可证》。', /许可证/],
  ['The Hubei Provincial Medical Products Administration approved the urgent import of a cell product for use at a Wuhan hospital.', /approv/i],
];
// A licence of a body that registers products holds in its whole territory.
const TERRITORY_LICENCE: Array<[string, RegExp, string]> = [
  ["Hong Kong's Pharmacy and Poisons Board granted registration to a CAR-T therapy on 2 May.", /registration/i, 'region:CN-HK'],
  ['The U.S. Food and Drug Administration approved Orbitex Bio\'s NK-55 in August 2025.', /approv/i, 'region:US'],
];

// A reply to a deputy's suggestion answers it; it applies nowhere of itself.
const REPLY: string[] = [
  '云南省卫生健康委员会关于省十四届人大二次会议第0512号建议的答复\n云南省卫生健康委员会\n2026年7月2日',
  '湖北省药品监督管理局关于省政协十三届三次会议第0211号提案答复的函\n湖北省药品监督管理局\n2026年6月30日',
];

// 适用于 and its English twin: the places of the verb's clause, not of the next one.
const STATED_CLAUSE: Array<[string, RegExp, string[]]> = [
  ['卫生福利部日前核准光田醫院依《再生醫療法》執行細胞治療計畫，適用於第三期病人，為台中市第5家獲准醫院。', /再生/, []],
  ['《示范区细胞产业扶持办法》适用于在杭州市范围内注册的企业，自2026年1月1日起施行。', /扶持办法/, ['region:CN-330100']],
  ['The Guidelines apply to hospitals in Wuhan; a similar scheme in Changsha is under discussion.', /./, []],
];
// A product made in a country, in a licence's name, is no place where the licence holds.
const ORIGIN: string[] = [
  'The Hainan Provincial Medical Products Administration approved the import of a Japan-made iPSC product for use at a Lecheng hospital.',
  'The Hainan Provincial Medical Products Administration approved the urgent import of a U.S.-developed gene therapy for a patient in Boao.',
];

describe('M7 APPLIES_TO: a licence is not its issuer\'s territory', () => {
  it.each(SITE_LICENCE)('no issuer region: %s', (s, of) => expect(applies(s, of).filter((r) => !/^region:(?:CN|[A-Z]{2})$/.test(r))).toEqual([]));
  it.each(TERRITORY_LICENCE)('the register\'s territory: %s', (s, of, region) => expect(applies(s, of)).toContain(region));
  it.each(REPLY)('a reply applies nowhere: %s', (s) => expect(applies(s, /答复|答覆/)).toEqual([]));
  it.each(ORIGIN)('no origin country: %s', (s) => expect(applies(s, /approv/i)).not.toContainEqual(expect.stringMatching(/^region:(?:US|JP)$/)));
});

describe('M7 APPLIES_TO: the stated clause', () => {
  it.each(STATED_CLAUSE)('%s', (s, of, want) => {
    const got = applies(s, of).filter((r) => r !== 'region:CN' && !/^region:CN-(?:TW|HB)$/.test(r));
    for (const w of want) expect(got).toContain(w);
    if (want.length === 0) expect(got.filter((r) => /region:CN-(?:TW-|420100|430100)/.test(r))).toEqual([]);
  });
});

/** "person → body id" for every MEMBER_OF. */
const seats = (text: string): string[] => {
  const d = x(text);
  const name = (id: string): string => d.entities.find((e) => e.id === id)?.name ?? id;
  return d.relations.filter((r) => r.type === 'MEMBER_OF').map((r) => `${name(r.from)} → ${name(r.to)}`);
};

// "X, whose <post>, NAME, said": the post is at the body named before "whose".
const WHOSE: Array<[string, string]> = [
  ['Qujing opens cell therapy park\n\nQujing now has five cell therapy firms, according to the city\'s health commission, whose director, Zhao Ming, said the target is 20 by 2029.', 'Zhao Ming → Qujing Municipal Health Commission'],
  ['The Zhejiang Provincial Medical Products Administration, whose deputy director, Lu Wenjie, spoke at the forum, approved two trials.', 'Lu Wenjie → Zhejiang Provincial Medical Products Administration'],
  ['Orbitex Biotherapeutics, whose chief executive, Gao Feng, founded the firm in 2019, raised $40 million.', 'Gao Feng → Orbitex Biotherapeutics'],
];
// "Its <field> <post>, NAME": the body the sentence before opens with.
const ITS: Array<[string, string]> = [
  ['Renji Hospital, affiliated with Shanghai Jiao Tong University, has treated 30 patients with CAR-T cells. Its hematology director, Xu Lan, said ethics review had become faster.', 'Xu Lan → Renji Hospital'],
  ['Huaxin Cellworks Co., Ltd. has built a plant in Suzhou. Its chief executive, Shen Li, said output would double.', 'Shen Li → Huaxin Cellworks Co., Ltd.'],
  ['West Lake University opened a cell therapy centre on Monday. Its research director, Ye Qing, said six trials would start.', 'Ye Qing → West Lake University'],
];
// No body of the post: "whose" without a post, "Its" after a sentence that opens with no body.
const NO_SEAT: Array<[string, RegExp]> = [
  ['The bureau, whose staff visited 40 firms, said Zhang Wei would lead the review.', /^Zhang Wei/],
  ['Officials from the Sichuan Provincial Health Commission and West China Hospital met on Friday. Its chief, Luo Bin, said more talks would follow.', /^Luo Bin/],
];

describe('M2 posts at a body named before', () => {
  it.each(WHOSE)('whose: %s', (s, want) => expect(seats(s)).toContain(want));
  it.each(ITS)('its: %s', (s, want) => expect(seats(s)).toContain(want));
  it.each(NO_SEAT)('no seat: %s', (s, who) => expect(seats(s).filter((r) => who.test(r))).toEqual([]));
});

/** The names of the policies the text gives. */
const policies = (text: string): string[] => x(text).entities.filter((e) => e.label === 'Policy').map((e) => e.name);

// A headline "<Place> <verb> <kind words> …" is news of an act: its subject and verb are no part of a title (M1).
const HEADLINE: string[] = [
  'Hubei Issues Measures for Supporting Cell Therapy Clinical Research\n\nThe Hubei Provincial Health Commission issued the measures on 3 March.',
  'Client Alert: Tianjin Adopts Regulations on Promoting Biomedical Innovation\n\nOn 2 June 2026 the city legislature passed the regulations.',
  'Chongqing Released Guidelines on Stem Cell Clinical Research Filing, Clarifying Steps\n\nThe guidelines set out the filing steps.',
];
// Headlines whose lead words are the title's own still give it.
const HEADLINE_TITLE: Array<[string, RegExp]> = [
  ['Beijing: Several Measures to Support the Cell Therapy Industry\n\nThe measures run to 2028.', /^Several Measures to Support the Cell Therapy Industry/],
  ['Ministry of Finance and Ministry of Education: Notice on Student Aid for Medical Students\n\nThe notice takes effect in May.', /^Notice on Student Aid/],
];

describe('M1 headlines: a place and its verb are no part of a title', () => {
  it.each(HEADLINE)('%s', (s) => expect(policies(s).filter((n) => /^(?:Hubei|Tianjin|Chongqing)\s+[A-Z][a-z]+(?:s|ed)\b/.test(n))).toEqual([]));
  it.each(HEADLINE_TITLE)('still a title: %s', (s, want) => expect(policies(s)).toContainEqual(expect.stringMatching(want)));
});

/** The agency ids the text gives. */
const agencies = (text: string): string[] => x(text).entities.filter((e) => e.label === 'Agency').map((e) => e.id);

// A province's or city's body after its possessive, by its name's words or by what news call it (M2).
const POSSESSIVE_BODY: Array<[string, string]> = [
  ["Yunnan's medical products regulator on Monday issued the Measures for Cell Therapy Entrusted Production.", 'agency:cn-yn/medical-products'],
  ["Guangdong's health commission issued the Notice on Cell Therapy Pilots on Monday.", 'agency:cn-gd/health-commission'],
  ["Shenzhen's drug watchdog fined two clinics on Friday for selling stem cell injections.", 'agency:cn-440300/medical-products'],
  ['Officials in Hunan said the provincial drug regulator issued the Notice on Cell Therapy Pilots on Monday.', 'agency:cn-hn/medical-products'],
  ["Clinics in Wuhan face checks. The city's drug regulator fined two of them on Friday.", 'agency:cn-420100/medical-products'],
];
// Near misses: a plural, an office of the body, a country's regulator (the gazetteer's), no body words.
const POSSESSIVE_NOT: Array<[string, RegExp]> = [
  ["Sichuan's drug regulators and hospitals met on Monday.", /^agency:cn-sc\//],
  ["Hubei's health authority's office said the review would take a month.", /^agency:cn-hb\/health/],
  ["Beijing's hospitals opened three cell therapy wards.", /^agency:cn-bj\//],
  ["TIANJIN – China's drug regulator cleared a record number of therapies last year.", /^agency:cn-tj\//],
];

describe("M2 a place's body after its possessive", () => {
  it.each(POSSESSIVE_BODY)('%s', (s, id) => expect(agencies(s)).toContain(id));
  it.each(POSSESSIVE_NOT)('none: %s', (s, not) => expect(agencies(s).filter((id) => not.test(id))).toEqual([]));
});

// A notice's own decision where to pilot (经研究，决定在X开展…试点): the notice applies to X, not a text it cites (M7).
const DECIDED_PILOT: Array<[string, string]> = [
  ['青海省药品监督管理局关于开展细胞治疗产品委托生产试点工作的通知\n\n为落实国家药监局《某某检查指南》，经研究，决定在西宁经济技术开发区开展细胞治疗产品委托生产试点。现将有关事项通知如下：', 'region:zone/'],
  ['成都市卫生健康委员会关于开展干细胞临床研究备案试点的通知\n\n经研究，决定在天府新区实施干细胞临床研究备案试点工作。', 'region:zone/'],
  ['苏州市医疗保障局关于开展CAR-T治疗按病种付费试点的通知\n\n经研究，决定在苏州工业园区先行开展CAR-T治疗按病种付费试点。', 'region:CN-320571'],
];
const DECIDED_NOT: string[] = [
  '河南省药品监督管理局关于开展细胞治疗产品委托生产试点工作的通知\n\n经研究，决定在全省开展细胞治疗产品委托生产试点。',
];

describe('M7 APPLIES_TO: where the notice decides to pilot', () => {
  it.each(DECIDED_PILOT)('%s', (s, region) => {
    const own = applies(s, /通知$/);
    expect(own.filter((r) => r.startsWith(region) && !/^region:CN-(?:QH|SC|JS)$/.test(r)).length).toBeGreaterThan(0);
  });
  it.each(DECIDED_NOT)('only the issuer\'s province: %s', (s) => expect(applies(s, /通知$/)).toEqual(['region:CN-HA']));
});
describe('M7 APPLIES_TO: a text cited before the decision', () => {
  it('is not where the notice pilots', () => expect(applies('青海省药品监督管理局关于开展细胞治疗产品委托生产试点工作的通知\n\n为落实国家药监局《某某检查指南》，经研究，决定在西宁经济技术开发区开展细胞治疗产品委托生产试点。', /指南/).filter((r) => r !== 'region:CN')).toEqual([]));
});

// Macao's news name its legislature bare (M7): "the Legislative Assembly" on a Macao page is Macao's.
const MACAO_ASSEMBLY: string[] = [
  "MACAO — The Legislative Assembly on Tuesday passed the Law on the Registration of Advanced Therapy Products, Macao's Health Bureau said.",
  'Macao lawmakers debated the bill on cell donation; the Legislative Assembly will vote on it in June, the Macao government said.',
  "The Legislative Assembly's second standing committee will study the Macau pharmacy bill next week, the Health Bureau of Macao said.",
];
describe('M7 Macao: the Legislative Assembly named bare', () => {
  it.each(MACAO_ASSEMBLY)('%s', (s) => expect(agencies(s)).toContain('agency:cn-mo/legislative-assembly'));
  it("Hong Kong's Legislative Council is not it", () => expect(agencies('The Legislative Council of Hong Kong passed the bill on Wednesday.')).not.toContain('agency:cn-mo/legislative-assembly'));
});
describe('M7 a home name away from home', () => {
  it("a bare 'Legislative Assembly' on a mainland page is not Macao's", () => expect(agencies('Guangdong officials compared the rules with those a Legislative Assembly abroad passed; the Guangdong Provincial Medical Products Administration said more rules would follow.')).not.toContain('agency:cn-mo/legislative-assembly'));
});

// A zone's unit of a kind bodies are composed of has one id however it is written (M6): "Bureau of X New Area" and
// "X New Area … Bureau" are one body.
const ZONE_UNIT_ONE_ID: string[] = [
  'Ran Hua, deputy director of the Science and Technology Innovation Bureau of Chongqing Liangjiang New Area, said.',
  'The Development and Reform Bureau of Sichuan Tianfu New Area said on Monday that the Tianfu New Area Development and Reform Bureau would fund ten trials.',
  'The Finance Bureau of Haikou Jiangdong New Area and the Haikou Jiangdong New Area Finance Bureau are one office.',
];
describe('M6 one id for a zone unit of a body kind', () => {
  it.each(ZONE_UNIT_ONE_ID)('%s', (s) => expect(agencies(s).filter((id) => id.startsWith('agency:zone/')).length).toBe(1));
  it('a unit of no body kind keeps its words', () => expect(agencies('Officials of the Industrial Development Bureau of Jiangbei New Area said.')).toContain('agency:zone/jiangbei/industrial-development-bureau'));
});
