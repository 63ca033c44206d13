// Session 20 (PERSONS): sibling pages of our own for the classes fixed, shared by the tests and a debugging script.
// Each is [what, page text, [person, body][]]; a NEAR list names pairs that must not hold.

import type { DocumentFacts, Entity } from '../loaders/types.ts';
import { toSimplified } from '../loaders/read/script.ts';

export type SiblingPage = [what: string, page: string, pairs: [string, string][]];

/** Every name an entity goes by, in Simplified. */
const called = (e: Entity | undefined): string[] => (e ? [e.name, e.nameZh, ...e.aliases].flatMap((n) => (n ? [toSimplified(n)] : [])) : []);
/** The person named `person` is MEMBER_OF a body one of whose names contains `unit` (Chinese pages' check). */
export function holdsZh(d: DocumentFacts, person: string, unit: string): boolean {
  const p = d.entities.find((e) => e.label === 'Person' && called(e).includes(toSimplified(person)));
  if (!p) return false;
  const of = d.relations.filter((r) => r.type === 'MEMBER_OF' && r.from === p.id).map((r) => d.entities.find((e) => e.id === r.to));
  return of.some((e) => called(e).some((n) => n.includes(toSimplified(unit))));
}
/** "from -> to" ids of every MEMBER_OF, for a failing row's message. */
export const memberIds = (d: DocumentFacts): string[] => d.relations.filter((r) => r.type === 'MEMBER_OF').map((r) => `${r.from} -> ${r.to}`);

// [what, page, [person, firm][]]
export const BYLINE_PAGES: SiblingPage[] = [
  ['masthead firm, "Authors: A (Partner) and B (Associate)"',
    'REGULATORY NOTE — Pharmaceuticals\nKestrel & Moore LLP | 3 March 2027\n\nNHC tightens ethics review for cell therapy trials\n\n' +
    'Authors: Liu Wenqing (Partner) and Daniel Marsh (Associate)\n\nOn 1 March 2027 the National Health Commission issued a notice on the ethics review of clinical studies of cell therapies. ' +
    'Hospitals must file their committees with the provincial health commission within 60 days.\n\nKestrel & Moore LLP cannot advise on PRC law.\n',
    [['Liu Wenqing', 'Kestrel & Moore'], ['Daniel Marsh', 'Kestrel & Moore']]],
  ['footer firm, "Authors: A, Partner (City); B, Senior Associate (City)"',
    'CLIENT BRIEFING | Healthcare | 2 February 2027\n\nShenzhen opens a fast lane for gene therapy trials\n\n' +
    'Authors: Grace Lin, Partner (Hong Kong); Tobias Renner, Senior Associate (Shanghai)\n\n' +
    'On 28 January 2027 the Shenzhen Municipal Medical Products Administration released measures to speed up the review of gene therapy trial sites. ' +
    'Sponsors may apply from 1 April.\n\nBrightwater Legal LLP. This briefing is not legal advice.\n',
    [['Grace Lin', 'Brightwater Legal'], ['Tobias Renner', 'Brightwater Legal']]],
  ['consultancy, "Key contacts" block with emails, © footer',
    'NORTHGATE HEALTH CONSULTING — Market Note 7/2027\nDate: 9 April 2027\n\nHainan widens its list of imported cell therapies\n\n' +
    'The Hainan Provincial Medical Products Administration added four cell therapy products to the list that Boao Lecheng hospitals may import on 2 April 2027.\n\n' +
    'Key contacts\nZhao Min, Principal, Beijing | zhao.min@northgate.example | +86 10 5555 0101\nPeter Holt, Associate Director, Hong Kong | peter.holt@northgate.example\n\n' +
    '© 2027 Northgate Health Consulting. All rights reserved.\n',
    [['Zhao Min', 'Northgate Health Consulting'], ['Peter Holt', 'Northgate Health Consulting']]],
  ['one contact line naming the firm, "Prepared by" masthead',
    'Asia Cell Therapy Watch — March 2027\nPrepared by Solent Biostrategy | Issue 9 | Published 5 April 2027\n\n' +
    '- Guidance: the CDE published a draft guideline on potency assays for CAR-T products (comments to 30 April).\n' +
    '- Taiwan: the Ministry of Health and Welfare approved two more hospital cell therapy plans.\n\n' +
    'Contact: Hannah Berg, Head of Policy Research, Solent Biostrategy (London)\n',
    [['Hannah Berg', 'Solent Biostrategy']]],
  ['bio sentence "A is Post at Firm, based in City"',
    'Japan and China: two roads to regenerative medicine approvals\n14 May 2027\n\n' +
    'The two regulators differ most on conditional approval. China\'s NMPA requires confirmatory trials within five years.\n\n' +
    'Dr. Mei Tanaka is Senior Consultant for Market Access at Harrowgate Life Sciences Advisors, based in Tokyo.\n',
    [['Mei Tanaka', 'Harrowgate Life Sciences Advisors']]],
  ['bio sentence with no title, "A is a partner at Firm in City"',
    'Chengdu issues rules on cell therapy trial insurance\n2 September 2027\n\n' +
    'The Chengdu Municipal Health Commission released the rules on 30 August 2027. They take effect on 1 October.\n\n' +
    'Zhou Tao is a partner at Qingshan Law Offices in Chengdu.\n',
    [['Zhou Tao', 'Qingshan Law Offices']]],
  ['post and office in one bracket, "Authors: A (Partner, City); B (Associate, City)"',
    'Thornfield Legal LLP | Client Alert | 12 October 2027\n\nGuangdong sets a fast track for CAR-T site inspections\n\n' +
    'Authors: Mina Park (Partner, Seoul); Li Jun (Associate, Shanghai)\n\n' +
    'On 9 October 2027 the Guangdong Provincial Medical Products Administration published rules on the inspection of CAR-T production sites.\n',
    [['Mina Park', 'Thornfield Legal'], ['Li Jun', 'Thornfield Legal']]],
  ['bio sentence "A is a post in the City office of Firm"',
    'Hong Kong opens consultation on cell therapy advertising\n18 November 2027\n\n' +
    'The Department of Health will accept comments until 31 December 2027.\n\n' +
    'Oliver Grant is a senior associate in the Beijing office of Castlegate Partners.\n',
    [['Oliver Grant', 'Castlegate Partners']]],
  ['"Written by A, Partner, and B, Counsel", firm in the footer',
    'Life Sciences Alert\n20 June 2027\n\nNMPA consults on rules for hospital-made cell preparations\n\n' +
    'Written by Oscar Feld, Partner, and Lena Wu, Counsel\n\n' +
    'On 16 June 2027 the National Medical Products Administration released a draft of rules on cell preparations made by medical institutions.\n\n' +
    'Aldermoor Partners | Shanghai | Singapore | London\n',
    [['Oscar Feld', 'Aldermoor Partners'], ['Lena Wu', 'Aldermoor Partners']]],
];

// Near misses: [what, page, [person, body][] that must NOT hold]
export const BYLINE_NEAR: SiblingPage[] = [
  ['a person quoted in the body of a firm\'s alert is not the firm\'s',
    'CLIENT ALERT | Healthcare | 8 July 2027\n\nHainan sets fees for imported cell therapies\n\n' +
    'Authors: Ruth Adler, Partner (Singapore)\n\n' +
    'Sun Hao, director of the Hainan Provincial Health Commission, said the fees would be reviewed each year.\n\n' +
    'Ferncliff & Ward LLP. This alert is not legal advice.\n',
    [['Sun Hao', 'Ferncliff & Ward']]],
  ['a person said to do something at a body holds no post there',
    'NMPA review times\n9 September 2027\n\nLi Ming is expected to lead the review at the National Medical Products Administration next year, a source said.\n' +
    'Wang Fang is a patient at Ruijin Hospital who received CAR-T therapy in 2026.\n',
    [['Li Ming', 'National Medical Products Administration'], ['Wang Fang', 'Ruijin Hospital']]],
  ['a former post told by "was previously" / "is a former" is no membership (REVIEW S20-R8)',
    'Who runs the new review office\n4 November 2027\n\n' +
    'Zhou Qing was previously a partner at Ridgemont Law Offices and now leads the review office.\n' +
    'Dr. Clara Voss is a former director of Halvorsen Bio Consulting.\n',
    [['Zhou Qing', 'Ridgemont Law Offices'], ['Clara Voss', 'Halvorsen Bio Consulting']]],
  ['a digest\'s contact is not of a company its news is about',
    'Gene Therapy Digest — July 2027\nIssue 4 | Published 2 August 2027\n\n' +
    '- Approval: the NMPA granted conditional approval to Lianhe Gene Therapeutics Co., Ltd. for its LH-02 on 20 July.\n' +
    '- Hong Kong: the Department of Health registered a second CAR-T product.\n\n' +
    'Contact: Sara Lindgren, Director, Market Access, Fjordline Bioinsight (Oslo)\n',
    [['Sara Lindgren', 'Lianhe Gene Therapeutics']]],
  ['a byline with no firm named on the page goes to no body named in the text',
    'Cell therapy notes\n3 August 2027\n\nAuthors: Nadia Petrov (Partner) and Wei Jun (Associate)\n\n' +
    'The National Medical Products Administration approved a second CAR-T product for lupus on 30 July 2027.\n',
    [['Nadia Petrov', 'National Medical Products Administration'], ['Wei Jun', 'National Medical Products Administration']]],
];


// M3 "a contact and the unit in brackets after the name" (联系人：A（某处），电话…；B（某处）): each person works in the unit
// right after their own name (REVIEW S20-R1: not the one after the other name). [what, page, [person, unit][]].
export const CONTACT_UNIT_PAGES: SiblingPage[] = [
  ['zh-Hans one line, two contacts with units and phones, 、；',
    '四川省药品监督管理局关于开展细胞治疗产品生产质量检查的通知\n\n各市（州）市场监督管理局：\n\n' +
    '　　为加强细胞治疗产品生产质量管理，我局定于2027年4月开展专项检查。请各单位于3月31日前报送自查报告。\n\n' +
    '　　联系人：刘建华（药品注册处），电话：028-86001234；赵婷（药品流通监管处），电话：028-86005678。\n\n' +
    '四川省药品监督管理局\n2027年3月5日\n',
    [['刘建华', '药品注册处'], ['赵婷', '药品流通监管处']]],
  ['zh-Hant Taiwan notice, one contact, unit in brackets',
    '衛生福利部食品藥物管理署公告\n\n主旨：預告「細胞治療產品變更管理指引」草案。\n\n' +
    '說明：本草案自即日起公開徵求意見六十日。\n\n聯絡人：陳美玲（藥品組），電話：(02)2787-8000分機1234\n',
    [['陳美玲', '藥品組']]],
  ['zh-Hans, unit and post in brackets',
    '浙江省卫生健康委员会办公室关于推荐干细胞临床研究专家的通知\n\n各设区市卫生健康委：\n\n' +
    '　　请于2027年5月10日前报送推荐名单。\n\n　　联系人：周敏（科技教育处副处长），电话：0571-87700000。\n\n' +
    '浙江省卫生健康委员会办公室\n2027年4月20日\n',
    [['周敏', '科技教育处']]],
  ['English machine translation, two contacts with units in brackets',
    'Notice of the Sichuan Provincial Medical Products Administration on the Inspection of Cell Therapy Products\n\n' +
    'All municipal market supervision bureaus:\n\nThe inspection will begin in April 2027.\n\n' +
    'Contact: Zhang Wei (Drug Registration Division), Tel: 028-86001234; Zhao Ting (Drug Circulation Supervision Division), Tel: 028-86005678.\n\n' +
    'Sichuan Provincial Medical Products Administration\nMarch 5, 2027\n',
    [['Zhang Wei', 'Drug Registration Division'], ['Zhao Ting', 'Drug Circulation Supervision Division']]],
  ['zh-Hans two lines, the second contact indented under the first, e-mails',
    '国家卫生健康委办公厅关于征求《细胞治疗临床研究伦理审查指引（征求意见稿）》意见的函\n\n' +
    '　　请于2027年6月30日前将意见反馈至我委。\n\n　　联系人：孙立新（医政司），sunlx@example.cn\n' +
    '　　　　　　黄晓燕（科技教育司），huangxy@example.cn\n\n国家卫生健康委办公厅\n2027年6月1日\n',
    [['孙立新', '医政司'], ['黄晓燕', '科技教育司']]],
];
CONTACT_UNIT_PAGES.push(
  ['zh-Hans the contact line as a numbered item, two contacts joined by 、',
    '湖南省卫生健康委员会关于做好细胞治疗临床研究项目备案的通知\n\n各市州卫生健康委：\n\n' +
    '　　一、备案材料于2027年9月30日前报送。\n\n　　二、联系人：王芳（医政医管处副处长）、陈涛（科技教育处），联系电话：0731-84822000。\n\n' +
    '湖南省卫生健康委员会\n2027年9月1日\n',
    [['王芳', '医政医管处'], ['陈涛', '科技教育处']]],
  ['zh-Hant TW the contact line as a bracketed numbered item',
    '衛生福利部公告\n\n主旨：預告修正「細胞治療技術施行計畫審查程序」草案。\n\n' +
    '說明：\n（一）本草案公開徵求意見六十日。\n（二）聯絡人：林雅婷（醫事司），電話：(02)8590-6666。\n',
    [['林雅婷', '醫事司']]],
);
export const CONTACT_UNIT_NEAR: SiblingPage[] = [
  ['the unit after one name is not the other name\'s',
    '四川省药品监督管理局关于开展细胞治疗产品生产质量检查的通知\n\n' +
    '　　联系人：刘建华（药品注册处），电话：028-86001234；赵婷（药品流通监管处），电话：028-86005678。\n\n四川省药品监督管理局\n2027年3月5日\n',
    [['赵婷', '药品注册处'], ['刘建华', '药品流通监管处']]],
  ['a bracket that is no unit (a gender, working hours) gives no post',
    '江苏省卫生健康委员会关于干细胞临床研究备案的通知\n\n　　请各单位按时报送材料。\n\n' +
    '　　联系人：吴芳（女），电话：025-83620000（工作日）。\n\n江苏省卫生健康委员会\n2027年2月1日\n',
    [['吴芳', '女'], ['吴芳', '工作日']]],
];

// M2 "a post of a body written before the name, the body named in full, short or by 该院/公司": ORG + unit + posts (joined
// by 、 or 暨) + NAME, in news (zh-Hans, zh-Hant TW/HK). [what, page, [person, body][]].
export const ZH_POST_PAGES: SiblingPage[] = [
  ['zh-Hans hospital in full, a department, two posts joined by 、',
    '华西医院CAR-T疗法获批开展临床研究\n2027-03-02 10:15　来源：川报观察\n\n' +
    '　　近日，四川大学华西医院获批开展一项CAR-T细胞治疗临床研究。四川大学华西医院血液内科主任、主要研究者刘霆介绍，首批将入组20名患者。\n',
    [['刘霆', '四川大学华西医院']]],
  ['zh-Hans company in full, then its short name and 董事长',
    '恒瑞达细胞获得临床试验默示许可\n2027年4月8日\n\n' +
    '　　深圳恒瑞达细胞科技有限公司4月7日宣布，其自主研发的干细胞注射液获得国家药监局临床试验默示许可。恒瑞达细胞董事长王海涛表示，公司将于年内启动I期试验。\n',
    [['王海涛', '深圳恒瑞达细胞科技有限公司']]],
  ['zh-Hant TW two posts joined by 暨',
    '北榮細胞治療計畫獲准\n2027-05-11\n\n' +
    '　　衛福部核准臺北榮民總醫院以自體免疫細胞治療實體癌。臺北榮民總醫院副院長暨細胞治療中心主任張家豪說，首批病人將於下月收治。\n',
    [['張家豪', '臺北榮民總醫院']]],
  ['zh-Hans 该院 + department + post',
    '上海一医院获批开展干细胞临床研究\n2027年6月3日\n\n' +
    '　　上海市第一人民医院近日完成干细胞临床研究项目备案。该院细胞治疗中心主任孙毅表示，项目将重点研究膝骨关节炎。\n',
    [['孙毅', '上海市第一人民医院']]],
  ['zh-Hans 公司 + two posts, the company named with 以下简称',
    '源生细胞完成B轮融资\n2027年7月15日\n\n' +
    '　　北京源生细胞科技有限公司（以下简称“源生细胞”）今日宣布完成B轮融资。公司创始人、首席执行官赵启明表示，资金将用于iPSC产品的临床开发。\n',
    [['赵启明', '北京源生细胞科技有限公司']]],
  ['zh-Hant TW company short name + 董事長 in a disclosure',
    '康源生技公告取得有附款許可\n2027/08/20\n\n' +
    '　　台灣康源生技股份有限公司今日公告，其再生醫療製劑取得衛福部有附款許可。康源生技董事長陳志明表示，產品預計明年上市。\n',
    [['陳志明', '台灣康源生技股份有限公司']]],
];
export const ZH_POST_NEAR: SiblingPage[] = [
  ['a post of the second hospital named is not the first\'s',
    '两院合作开展CAR-T研究\n2027年9月1日\n\n' +
    '　　复旦大学附属华山医院与复旦大学附属中山医院合作开展CAR-T研究。中山医院心内科主任王敏表示，研究将入组40名患者。\n',
    [['王敏', '复旦大学附属华山医院']]],
  ['本公司 is the announcing company, not the subsidiary it names after',
    '自願公告：產品獲得上市批准\n2027年11月2日\n\n' +
    '　　恒光生物控股有限公司（「本公司」）董事會欣然宣佈，本公司全資附屬公司恒光細胞科技（蘇州）有限公司的產品獲國家藥監局批准上市。\n' +
    '　　本公司主席兼首席執行官周啟賢博士表示：「這是本集團的里程碑。」\n',
    [['周啟賢', '恒光細胞科技']]],
  ['该院 is the hospital named last, not the first',
    '患者转院后接受细胞治疗\n2027年10月9日\n\n' +
    '　　患者先在郑州大学第一附属医院就诊，后转至河南省人民医院。该院血液科主任李强说，患者恢复良好。\n',
    [['李强', '郑州大学第一附属医院']]],
];
