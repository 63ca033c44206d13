// Licences (M5, session 19): classes of text that state an approval, each written for this test in our own words
// (other bodies, hospitals, products and days than any page), with near misses that must not give a licence.
import { describe, expect, it } from 'vitest';
import { extractText } from '../loaders/index.ts';
import { detectLanguage } from '../loaders/read/script.ts';
import type { DocumentFacts } from '../loaders/types.ts';

const x = (text: string, publishedOn = '2026-11-20'): DocumentFacts => extractText({ path: '/tmp/l.txt', name: 'l.txt', sha256: '0', text, language: detectLanguage(text), title: 'l.txt', publishedOn });
/** The issuers of each licence the text gives: "issuer ← name". */
const licences = (text: string, publishedOn?: string): string[] => {
  const d = x(text, publishedOn);
  return d.entities.filter((e) => e.label === 'License').map((l) => `${d.relations.filter((r) => r.type === 'ISSUED' && r.to === l.id).map((r) => r.from).join('+')} ← ${l.name}`);
};
const issuedBy = (text: string, body: string): boolean => licences(text).some((l) => l.startsWith(`${body} ←`));

const TW = 'agency:cn-tw/mohw';
// Taiwan: the ministry approves a hospital's plan to use a cell therapy under the special regulations (特管辦法).
const TW_PLAN: string[] = [
  '高雄長庚醫院今天表示，院方申請以自體免疫細胞治療第四期胃癌的細胞治療技術施行計畫，已於本月5日獲衛生福利部依「特定醫療技術檢查檢驗醫療儀器施行或使用管理辦法」核准，預計下月起收治病人。',
  '院方申請以自體樹突細胞治療惡性腦瘤的細胞治療技術，已於上月12日獲衛福部依特管辦法核准。',
  '衛生福利部近日依據「特定醫療技術檢查檢驗醫療儀器施行或使用管理辦法」（簡稱特管辦法），核准高雄醫學大學附設中和紀念醫院執行「自體脂肪幹細胞治療慢性傷口」細胞治療技術計畫。',
  '衛福部日前核准亞東紀念醫院依「特管辦法」提出的「自體CIK細胞治療肺癌」細胞治療技術施行計畫。',
  '該公司產品前於113年5月經衛生福利部依「特定醫療技術檢查檢驗醫療儀器施行或使用管理辦法」核准由臺北榮民總醫院執行自體軟骨細胞治療技術。',
];
const TW_PLAN_NOT: string[] = [
  '院方已向衛生福利部申請以自體免疫細胞治療肝癌的細胞治療技術計畫，目前仍在審查中。',
  '衛福部表示，特管辦法修正以來核准的計畫已超過200件。',
  '院方預計明年向衛福部提出以自體NK細胞治療大腸癌的細胞治療技術施行計畫申請。',
];

describe('M5 licences: Taiwan special-regulation plans', () => {
  it.each(TW_PLAN)('the ministry issues the plan approval: %s', (s) => expect(licences(s)).toContainEqual(expect.stringMatching(new RegExp(`^${TW} ←`))));
  it.each(TW_PLAN_NOT)('no licence: %s', (s) => expect(licences(s)).toEqual([]));
});

const NMPA = 'agency:cn/nmpa';
// English: a regulator's approval of a product only described, by a noun phrase ("gave the green light to"), by "it"
// after a sentence the regulator opens, a registration granted to the holder "for its" product, and a passive whose
// product has an apposition before "was cleared by".
const EN_DESCRIBED: [string, string][] = [
  ['China\'s National Medical Products Administration on Tuesday gave the green light to a CAR-T therapy for lupus made by Shanghai-based Lumen Cell.', NMPA],
  ['The National Medical Products Administration has approved four gene therapies since 2022. In March it granted conditional approval to a stem cell product for liver failure developed by Nanjing-based Corvia Bio.', NMPA],
  ['In May 2024, the Pharmacy and Poisons Board granted a certificate of registration to Kowloon Biologics Limited for its gene therapy, the first made in the city.', 'agency:cn-hk/pharmacy-and-poisons-board'],
  ['On 2 May 2026, the investigational new drug application for ZK-12, an autologous CAR-T cell product for lupus, was cleared by the Center for Drug Evaluation of the National Medical Products Administration.', 'agency:cn/nmpa/cde'],
  ['The NMPA has handed a conditional nod to a TIL therapy for melanoma developed by Hangzhou-based Orvane Bio.', NMPA],
];
const EN_DESCRIBED_NOT: string[] = [
  'The company has applied for approval from the National Medical Products Administration for its CAR-T therapy.',
  'The firm expects the National Medical Products Administration to give the green light to its gene therapy next year.',
  'The National Medical Products Administration has approved four gene therapies since 2022. In 2025 it granted funding to twelve hospitals.',
  'The approval process at the National Medical Products Administration takes about a year.',
];

describe('M5 licences: English approvals of a product described', () => {
  it.each(EN_DESCRIBED)('a licence issued by the body: %s', (s, body) => expect(licences(s)).toContainEqual(expect.stringMatching(new RegExp(`^${body} ←`))));
  it.each(EN_DESCRIBED_NOT)('no licence: %s', (s) => expect(licences(s)).toEqual([]));
});

// Chinese: the passive forms (获/获得…批准, 附条件批准, 默示许可, 临床试验许可, 取得…核发的《许可证》), and Hong Kong's "1+"
// registration, by the Department of Health's board or named by its place (获批在港注册).
const ZH_PASSIVE: [string, string][] = [
  ['甲乙生物的CAR-T产品XY-19注射液已获国家药监局附条件批准上市。', NMPA],
  ['该公司自主研发的ZK-07注射液近日获得国家药品监督管理局药品审评中心临床试验默示许可。', 'agency:cn/nmpa/cde'],
  ['华东细胞科技有限公司于2025年6月取得江苏省药品监督管理局核发的《药品生产许可证》。', 'agency:cn-js/medical-products'],
  ['MK-12注射液此前已于2024年5月获得美国食品药品监督管理局（FDA）的临床试验许可（IND）。', 'agency:us/fda'],
  ['衞生署昨日宣布，一款治療多發性骨髓瘤的CAR-T產品已按「1+」機制獲批在港註冊。', 'agency:cn-hk/pharmacy-and-poisons-board'],
  ['衞生署上周五根據「1+」機制，批准一款治療白血病的基因療法在港註冊。', 'agency:cn-hk/department-of-health'],
];
const ZH_PASSIVE_NOT: string[] = [
  '公司已向国家药监局提交XY-19注射液的上市申请，并获受理。',
  '该产品有望于明年获国家药监局批准上市。',
  '国家药监局拟批准甲注射液上市。',
  '乙注射液的临床试验申请已获国家药监局受理。',
];

describe('M5 licences: Chinese passive approvals and Hong Kong registrations', () => {
  it.each(ZH_PASSIVE)('a licence issued by the body: %s', (s, body) => expect(licences(s)).toContainEqual(expect.stringMatching(new RegExp(`^${body} ←`))));
  it.each(ZH_PASSIVE_NOT)('no licence: %s', (s) => expect(licences(s)).toEqual([]));
});

// Hong Kong: the board's unit acts for it (轄下註冊委員會), the product named in quotes after its owner and kind; the product's
// mainland approval restated by 該產品.
const HK_ACTIVE: [string, string][] = [
  ['藥劑業及毒藥管理局轄下註冊委員會昨日批准本地藥企甲生物的基因治療產品「康泰寧注射液」在港註冊。', 'agency:cn-hk/pharmacy-and-poisons-board(?:/[a-z-]+)?'],
  ['藥劑業及毒藥管理局上週三（5月6日）批准內地企業乙科技的CAR-T產品「瑞寧」在港註冊。該產品於2024年獲國家藥品監督管理局批准在內地上市。', 'agency:cn-hk/pharmacy-and-poisons-board'],
  ['藥劑業及毒藥管理局上週三（5月6日）批准內地企業乙科技的CAR-T產品「瑞寧」在港註冊。該產品於2024年獲國家藥品監督管理局批准在內地上市。', NMPA],
];
const HK_ACTIVE_NOT: string[] = [
  '藥劑業及毒藥管理局轄下註冊委員會將於下月審議「康泰寧注射液」的註冊申請。',
  '藥劑業及毒藥管理局轄下註冊委員會已受理甲生物的基因治療產品「康泰寧注射液」的註冊申請。',
];

describe('M5 licences: Hong Kong registrations by the board, named in quotes', () => {
  it.each(HK_ACTIVE)('a licence issued by the body: %s', (s, body) => expect(licences(s)).toContainEqual(expect.stringMatching(new RegExp(`^${body} ←`))));
  it.each(HK_ACTIVE_NOT)('no licence: %s', (s) => expect(licences(s)).toEqual([]));
  it('a registration named by its product in quotes, in the page\'s script', () => expect(licences(HK_ACTIVE[1]![0])).toContainEqual('agency:cn-hk/pharmacy-and-poisons-board ← 瑞寧在港註冊'));
});

// Taiwan: a second hospital approved "too" (也於同月獲准以…), no body named: the body of the approval before.
const ALSO: [string, number][] = [
  ['衛福部日前核准高雄長庚醫院執行「自體樹突細胞治療大腸癌」細胞治療技術計畫。另外，彰化秀傳紀念醫院也於同月獲准以自體免疫細胞治療肝癌。', 2],
  ['經衛生福利部依特管辦法核准由臺大醫院執行自體軟骨細胞治療技術。林口長庚醫院亦獲准執行自體脂肪幹細胞治療技術。', 2],
  ['衛福部日前核准高雄長庚醫院執行「自體樹突細胞治療大腸癌」細胞治療技術計畫。彰化秀傳紀念醫院也申請以自體免疫細胞治療肝癌。', 1],
  ['彰化秀傳紀念醫院也於同月獲准以自體免疫細胞治療肝癌。', 0],
];
describe('M5 licences: approved "too", by the body of the approval before', () => {
  it.each(ALSO)('%s: %i licences of the ministry', (s, n) => expect(licences(s).filter((l) => l.startsWith(`${TW} ←`))).toHaveLength(n));
});

// English: an approval of a product only described, its code named in a sentence after ("The product, code-named X").
const NAMED_LATER: [string, string][] = [
  ["China's National Medical Products Administration on Friday granted conditional approval to a CAR-T therapy for lupus developed by Suzhou-based Lanrui Bio. The product, code-named LR-07, was reviewed under the priority pathway.", 'LR-07'],
  ['The NMPA has given the green light to a gene therapy for hemophilia A made by Wuxi-based Tianhe Gene. The therapy, TH-A3, is given once.', 'TH-A3'],
  ['The U.S. Food and Drug Administration has granted approval to an allogeneic cell therapy developed by Orbis Bio. Orbis said the drug, called OB-110, will launch in March.', 'OB-110'],
];
const NAMED_LATER_NOT: [string, string][] = [
  ['The NMPA granted approval to a CAR-T therapy made by Lanrui Bio. Its rival product, code-named ZX-9, is still in trials.', 'ZX-9'],
  ['The NMPA granted approval to a CAR-T therapy made by Lanrui Bio. The company, listed in Hong Kong, said sales start in May.', 'Hong Kong'],
];
describe('M5 licences: a described product named by its code after', () => {
  it.each(NAMED_LATER)('%s', (s, code) => expect(licences(s).some((l) => l.endsWith(` of ${code}`))).toBe(true));
  it.each(NAMED_LATER_NOT)('not renamed: %s', (s, code) => expect(licences(s).some((l) => l.includes(code))).toBe(false));
});
