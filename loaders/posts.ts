// Post words: ONE list per language, read by every finder of persons (persons.ts) and of their posts (memberships/).
// Government, legislature, party, hospital, university, company and association posts. Chinese is matched on the
// normalised text (Simplified: Traditional and Hong Kong / Taiwan wordings arrive converted).
import { alternation } from './regex.ts';

/** Chinese posts, Simplified; a longer word before its shorter tail is not needed (the pattern tries longest first). */
/** A mainland judgment's bench and clerk (its signature block). */
export const BENCH_POSTS_ZH: readonly string[] = ['审判长', '审判员', '人民陪审员', '陪审员', '书记员', '法官助理'];

export const POSTS_ZH: readonly string[] = [
  // Legislatures and advisory bodies.
  '常务委员', '常委', '委员', '议员', '立法委员', '立委', '代表', '委员长',
  // Government: heads of the state, ministries, their units, places.
  '总理', '副总理', '国务委员', '行政长官', '特首', '部长', '副部长', '政务次长', '常务次长', '次长',
  '署长', '副署长', '局长', '副局长', '厅长', '副厅长', '司长', '副司长', '处长', '副处长', '科长', '副科长',
  '主任委员', '副主任委员', '主委', '副主委', '主任', '副主任', '组长', '副组长', '秘书长', '副秘书长', '总干事',
  '省长', '副省长', '市长', '副市长', '区长', '副区长', '县长', '副县长', '镇长', '副镇长',
  '发言人', '主管', '执行长',
  // Civil-service grades, the posts contact lines give (联系人：某处 主任科员 王某): 一级主任科员, 四级调研员 ….
  '股长', '专员', '技正', '科员', '主任科员', '一级主任科员', '二级主任科员', '三级主任科员', '四级主任科员', '调研员', '一级调研员', '二级调研员', '三级调研员', '四级调研员',
  // Party.
  '总书记', '党组书记', '党委书记', '党组成员', '书记', '副书记',
  // Hospitals.
  '院长', '副院长', '院长助理', '主要研究者', '主任医师', '副主任医师', '主治医师', '医师', '首席医生', '医生', '药剂师',
  // Hong Kong's hospital grades (顧問醫生, 副顧問醫生).
  '顾问医生', '副顾问医生',
  // Universities and institutes.
  '校长', '副校长', '所长', '副所长', '院士', '教授', '副教授', '助理教授', '临床教授', '临床副教授', '临床助理教授', '研究员', '首席科学家',
  // Courts (Hong Kong's magistrates, judges; a mainland judgment's bench and clerk in its signature block).
  '主任裁判官', '裁判官', '法官', ...BENCH_POSTS_ZH,
  // Companies.
  '董事长', '副董事长', '董事会主席', '董事会秘书', '执行董事', '非执行董事', '董事', '总经理', '副总经理', '总经理助理', '总行政经理', '行政经理', '高级经理', '经理', '总监',
  '财务总监', '首席执行官', '行政总裁', '总裁', '副总裁', '创始人', '联合创始人', '证券事务代表', '顾问',
  // A shop's or clinic's owner (美容院东主).
  '东主',
  // Associations, foundations, committees.
  '会长', '副会长', '理事长', '副理事长', '主席', '副主席',
];

/** Subsets of the lists above that finders read for one purpose each. A name written before one of these ends there
 *  (陈明院士, 王芳主任说): NAME_BEFORE_POSTS_ZH needs a following word or mark, CLOSING_POSTS_ZH does not; 博士 is no
 *  post but closes a name alike. */
export const NAME_BEFORE_POSTS_ZH: readonly string[] = ['组长', '行政长官', '特首', '行政总裁', '总书记', '主席', '总理', '副总理', '委员长', '委员', '议员', '立委', '代表', '院士', '教授', '研究员', '主任', '书记', '部长', '局长', '厅长', '署长', '司长', '处长', '科长', '省长', '市长', '区长', '县长', '董事长', '总经理', '首席执行官', '院长', '校长', '理事长', '会长', '秘书长', '博士', '医师'];
export const CLOSING_POSTS_ZH: readonly string[] = ['总书记', '总理', '副总理', '委员长', '院士', '董事长', '总经理', '首席执行官'];

/** English posts, lower case (matched case-insensitively): a head word and the words that qualify it. */
export const POSTS_EN: readonly string[] = [
  'member', 'deputy', 'legislator', 'lawmaker', 'representative', 'councillor', 'senator',
  'premier', 'vice premier', 'minister', 'vice minister', 'deputy minister', 'secretary', 'secretary-general', 'permanent secretary',
  'under secretary', 'director-general', 'director', 'chief', 'deputy director', 'commissioner', 'administrator', 'governor', 'mayor',
  'spokesperson', 'spokesman', 'spokeswoman', 'party secretary', 'ambassador',
  // News's unnamed rank: "an official with the provincial health commission", "a senior expert at X Consulting".
  'official', 'senior official', 'expert', 'senior expert', 'adviser', 'senior adviser', 'advisor', 'senior advisor', 'consultant', 'senior consultant',
  'physician', 'surgeon', 'haematologist', 'hematologist', 'oncologist', 'immunologist', 'cardiologist', 'neurologist', 'doctor',
  'rheumatologist', 'nephrologist', 'dermatologist', 'endocrinologist', 'pathologist', 'geneticist', 'pediatrician', 'paediatrician',
  'professor', 'clinical professor', 'associate professor', 'assistant professor', 'dean', 'researcher', 'investigator', 'scientist', 'academician',
  'chairman', 'chairwoman', 'chairperson', 'chair', 'vice chairman', 'president', 'vice president', 'founder', 'co-founder',
  'chief executive', 'chief executive officer', 'chief scientist', 'chief physician', 'CEO', 'CFO', 'COO', 'CTO', 'CMO', 'CSO', 'general manager', 'managing director',
  'executive director', 'manager', 'senior manager', 'head', 'partner', 'senior partner', 'associate', 'senior associate', 'analyst', 'counsel', 'senior counsel',
  // A consultancy's ranks ("Ann Lee, Principal, Beijing", "Associate Director, Hong Kong").
  'principal', 'associate director',
  'lawyer', 'attorney', 'solicitor', 'barrister',
];

/** Every word of an English post (and "officer", "executive" of "chief X officer"): none opens a person's name. */
export const POST_WORDS_EN: ReadonlySet<string> = new Set([...POSTS_EN.flatMap((w) => w.toLowerCase().split(/[ -]/)), 'officer', 'executive']);

/** The Chinese posts as one alternation (longest first), with a company's 首席…官 of any field. */
export const POST_ZH_SOURCE = `(?:首席[\\p{Script=Han}]{2,4}官|${alternation(POSTS_ZH)})`;

/** The English posts as one alternation (longest first), a space or hyphen written as either
 *  (vice-president, vice president); "chief X officer" of any field. Case as written: lower, or each word capitalised. */
export const POST_EN_SOURCE = `(?:chief\\s+[a-z]+\\s+officer|Chief\\s+[A-Z][a-z]+\\s+Officer|${alternation(
  POSTS_EN.flatMap((w) => (/^[A-Z]+$/.test(w) ? [w] : [w, w.replace(/(^|[\s-])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase())])),
)})`;

/** A company's own posts: the ones that, with no body before them, are of the page's one company. */
export const COMPANY_POST_EN = /^(?:chair(?:man|woman)|CEO|chief\s+\w+(?:\s+officer)?|(?:co-?)?founder|general\s+manager|managing\s+director)$/i;
