// Named persons: Chinese names in pinyin (surname first) and in characters, found where the text gives a
// post or speaks of them ("Wang Wei, member of …", "Member Li Hua said", 全国政协委员张三, 张三委员).
import { contactLineEn } from '../read/contact-line.ts';
import { pinyin } from 'pinyin-pro';
import { CLOSING_POSTS_ZH, NAME_BEFORE_POSTS_ZH, POST_EN_SOURCE, POST_WORDS_EN, POST_ZH_SOURCE } from '../posts.ts';
import { globalPattern, ruleById } from './rules/index.ts';

export interface PersonMention {
  start: number;
  end: number;
  /** As written, normalised: "Ding Lieming". */
  name: string;
  surname: string;
  given: string;
  nameZh?: string;
  /** How formally the text names the person here (title before, speech verb or post after, headline): picks the canonical spelling among equals. */
  formality?: number;
  /** Named as an author in a byline ("By X, Partner, Y LLP"). */
  byline?: boolean;
}

// Common Chinese surnames (pinyin; general knowledge, the few hundred that cover nearly everyone).
const SURNAMES_PY = (
  'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang Cai Jia Ding Wei Xue Ye Yan Lu Shen Du Dai Xia Zhong Wen Fu Qiu Qin Shi Jin Hou Hao Kong Bai Cui Kang Mao Qian Tan Ren Yao Shao Meng Long Wan Duan Lei Gu Fan Lai Wu Hong Mo Chang Niu Wen Fang Su Fei Qi Ge Xing An Chu Yin Ou Zhan Geng Guan Lan Mu Ni Pang Ruan Shu Tao Tong Xiang Yi Zhuo Bao Bi Bian Cheng Dou Hua Ji Ke Kuang Lian Liao Ling Lou Man Miao Ning Qu Rong Sang Shang Tai Teng Wei Wu Xi Xin Yue Zang Zou Zuo Ai Bo Chai Che Chi Di Diao Gan Gong Hang Hui Ju Kou Lang Leng Lv Lyu Mei Min Nie Pei Pu Quan Rao Sha Sheng Shuai Si Tu Wo Xian Xun Yong You Zha Zhai Zhen Ouyang Situ Sima Zhuge Shangguan Murong Huangfu'
).split(' ');
const SURNAME_SET = new Set(SURNAMES_PY.map((s) => s.toLowerCase()));

const SURNAMES_ZH = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭曾肖田董袁潘于蒋蔡贾丁魏薛叶阎余杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍韦申尤毕聂丛焦向柳邢路岳齐沿梅莫庄辛管祝左涂谷祁时舒耿牟卜路詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵狄欧阳解强柴华车冉房边辜吉饶刁瞿戚丘古米池滕晋苑邬臧畅宫来嵇缪苟全褚廉简娄盖符奚木穆党燕郎邸冀谈姬屠连郜晏栾郁商蒙计喻揭窦迟宇敖糜鄢冷卓花仇艾蓝都巩稽井练仲乐虞卞封竺冼原官衣楚佟栗匡宗应台巫鞠僧桑荆谌银扬明沙薄伏岑习许程苏吕沈卢付闫尚骆蒲农麦荣寇佘麻邝萧傅';
const SURNAME_ZH_SET = new Set([...SURNAMES_ZH]);

// English: "Surname Given" (given name one word, or two syllables written apart: "Xiao Feng" is rare; one word).
const EN_NAME = /(?<![A-Za-z])(?=(([A-Z][a-z]{1,8}|[A-Z]{2,8})\s+([A-Z][a-z]{1,12}(?:-[a-z]{1,8})?))(?![A-Za-z]))/y;
const SURNAME_AT = /(?<![A-Za-z])(?:[A-Z][a-z]{1,8}|[A-Z]{2,8})(?=\s+[A-Z])/g;
// Contexts that make a "Surname Given" pair a person.
const EN_CONTEXT_AFTER = /^(?:'s?\b|’s?\b|\s*,\s*(?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*(?:['’]s?)\s+(?:(?:co-?)?founder|chief|chairman|chairwoman|president|CEO|head|director|general\s+manager|vice|deputy)\b|\s*,\s*(?:a\s+|the\s+)?(?:(?:senior|managing|founding|[a-z]+\s+policy|[a-z]+\s+law)\s+)?(?:member|deputy|chairman|chairwoman|president|vice|director|secretary|professor|academician|CEO|founder|head|dean|party|general|CPPCC|NPC|national|standing|mayor|governor|minister|researcher|chief|partner|associate|counsel|lawyer|attorney|analyst|consultant|economist)|\s+(?:said|says|believes|believed|suggested|suggests|proposed|proposes|recommended|recommends|pointed|stated|noted|introduced|argued|called|told|added|found|urged|submitted|put)\b|\s+proposal\b)/i;
// "Zhang Wei, a Shanghai-based healthcare analyst at X": a post of the one list after words that qualify it, then its body.
// ("Zhang Wei is a partner at X", "Li Na is Director of Strategy at X": a bio line tells the post by "is".)
const EN_POST_AT_AFTER = new RegExp(`^\\s*(?:,\\s*(?:a|an|the)\\s+|\\s+(?:is|was|serves\\s+as)\\s+(?:a\\s+|an\\s+|the\\s+)?)(?:[A-Za-z-]+\\s+){0,3}?(?:${POST_EN_SOURCE})s?(?:\\s+in\\s+the\\s+[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?\\s+office)?\\s+(?:at|of|with|for)\\s`);
// "Huang Min (director, Sichuan Provincial Health Commission)": a post opening a bracket after the name.
const EN_POST_BRACKET_AFTER = new RegExp(`^\\s*\\(\\s*(?:${POST_EN_SOURCE})\\s*,`, 'i');
// "Director of the Beijing Municipal Health Commission Wang Jun": a post, "of" and a body's capitalised name right before.
const POST_OF_BODY_BEFORE_EN = new RegExp(`\\b(?:${POST_EN_SOURCE})\\s+(?:of|at)\\s+(?:the\\s+)?(?:[A-Z][\\w'’.-]*\\s+(?:(?:of|for|and)\\s+(?:the\\s+)?)?){1,8}$`);
// "The Ningbo AMR's director, Xu Lanfang, said": a post, then the name between commas.
const POST_COMMA_BEFORE_EN = new RegExp(`\\b(?:${POST_EN_SOURCE})\\s*,\\s+$`);
// "The director of the Shenzhen Municipal Health Commission, Li Wei, said": a post of a body, then the name between commas.
const POST_OF_BODY_COMMA_BEFORE_EN = new RegExp(`\\b(?:${POST_EN_SOURCE})\\s+(?:of|at)\\s+(?:the\\s+)?(?:[A-Z][\\w'’.&-]*\\s+(?:(?:of|for|and)\\s+(?:the\\s+)?)?){0,7}[A-Z][\\w'’.&-]*\\s*,\\s+$`);
// ("Comrade X": a machine translation's X同志, always a person.)
const EN_CONTEXT_BEFORE = /(?:\b(?:Comrade|comrade|Member|member|Committee member|Deputy|deputy|Representative|Professor|Prof\.|Dr\.|Academician|Chairman|President|Director|Secretary|General Secretary|Mr\.|Ms\.|Mrs\.|Minister|Governor|Mayor|Premier|Hon\.?|Honourable|legislator|lawmaker|investigator|researcher|scientist|physician|analyst|spokesperson|spokesman|spokeswoman|[Ll]awyer|[Aa]ttorney|chief\s+executive|executive|officer|co-?founder|founder|chairman|chairwoman|president|director|the|by|with|and)\s+|\b(?:deputy|member|legislator|lawmaker|adviser|advisor),\s+)$/;
// Formal mentions: a title before the name, a speech verb or a post after it.
const TITLE_BEFORE = /\b(?:Member|Committee member|Deputy|Representative|Professor|Prof\.|Dr\.|Academician|Chairman|President|Director|Secretary|General Secretary|Mr\.|Ms\.|Mrs\.|Minister|Governor|Mayor|Premier|Hon\.?|Honourable)\s+$/;
const SPEECH_AFTER = /^\s+(?:said|says|believes|believed|suggested|suggests|proposed|proposes|recommended|recommends|pointed|stated|noted|argued|urged)\b/;
const POST_AFTER = /^\s*,\s*(?:a\s+|the\s+)?(?:member|deputy|chairman|chairwoman|president|vice|director|secretary|professor|academician)\b/i;
const NOT_GIVEN = new Set(['province', 'city', 'county', 'district', 'university', 'hospital', 'group', 'the', 'and', 'government', 'municipal', 'provincial', 'area', 'zone', 'new', 'park', 'river', 'delta', 'medical', 'health', 'free', 'pilot', 'national', 'committee', 'said', 'times', 'daily', 'news']);

// Western-order names: two or three capitalised words (an initial allowed in the middle).
// A lookahead, so that every word start is tried ("Professor Hiroshi Tanaka" → "Hiroshi Tanaka").
// (An English given name before a Hong Kong name of three words: "Rachel Tan Wei Ping".)
const WEST_NAME = /(?<![A-Za-z.])(?=([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?(?:\s+[A-Z]\.)?(?:\s+(?:de\s+|van\s+|von\s+)?[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?){1,3})(?![A-Za-z]))/g;
// Any post of the one list ("said Jixing chief financial officer Amy Zhou") or a courtesy title.
const WEST_TITLES = `${POST_EN_SOURCE}|Hon\\.?|Honourable|Prof\\.|Dr\\.?|Mr\\.?|Ms\\.?|Mrs\\.?|Sir|Nobel\\s+laureate`;
// A body's post, possessive: "Corvanta Therapeutics' chief executive, Helen Marsh," / "Helen Marsh, Corvanta's CEO, said".
const WEST_POSSESSIVE_POST = `[A-Z][\\w&.-]*(?:\\s+[A-Z][\\w&.-]*){0,4}['’]s?\\s+(?:${POST_EN_SOURCE})`;
// ", a partner at X", ", a healthcare analyst at X", ", senior vice president at X": any post of the one list, up to three
// words before it, then its body.
// ("a partner in the Beijing office of X": the firm's office between.)
const WEST_POST_AT = `(?:a\\s+|an\\s+|the\\s+)?(?:[A-Za-z-]+\\s+){0,3}?(?:${POST_EN_SOURCE})(?:\\s+in\\s+the\\s+[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?\\s+office)?\\s+(?:at|of|with|for)\\s`;
// "Mei Tanaka is Senior Consultant at X": the post told by "is" in a bio line.
const WEST_COPULA = '(?:is|was|serves\\s+as)\\s+';
const WEST_HINT = new RegExp(`\\b(?:${WEST_TITLES})\\s+[A-Z]|[a-z)）.],\\s+(?:a\\s+|the\\s+)?(?:former\\s+)?(?:chairman|chairwoman|president|director|professor|CEO|founder|co-founder|head|dean|commissioner|minister|secretary|chief)\\b|['’]s?\\s+(?:${POST_EN_SOURCE}),\\s+[A-Z]|,\\s+${WEST_POSSESSIVE_POST}\\s*,|\\b(?:${POST_EN_SOURCE})\\s+(?:of|at)\\s+[^,]{3,90},\\s+[A-Z]|[a-z],\\s+${WEST_POST_AT}|[a-z]\\s+${WEST_COPULA}${WEST_POST_AT}`);
const WEST_BEFORE = new RegExp(`\\b(?:${WEST_TITLES})\\s+$`);
// The possessive post before the name, the name closed by a comma or the speech verb.
const WEST_POSSESSIVE_BEFORE = new RegExp(`${WEST_POSSESSIVE_POST},\\s+$`);
const WEST_CLOSED = /^\s*(?:,|\s(?:said|says|told|added)\b)/;
const WEST_AFTER = new RegExp(`^\\s+${WEST_COPULA}${WEST_POST_AT}|^\\s*,\\s+(?:(?:a\\s+|the\\s+)?(?:former\\s+|then\\s+)?(?:chairman|chairwoman|president|vice[- ]president|director|director-general|professor|CEO|founder|co-founder|head|dean|commissioner|minister|secretary|chief\\s+\\w+(?:\\s+officer)?|researcher|scientist)\\s+(?:of|at|and)\\b|${WEST_POSSESSIVE_POST}\\s*,|${WEST_POST_AT})`, 'i');
const INSTITUTION_WORDS = new Set(['university', 'institute', 'ministry', 'department', 'bureau', 'office', 'council', 'congress', 'association', 'society', 'company', 'group', 'center', 'centre', 'foundation', 'administration', 'agency', 'commission', 'school', 'college', 'academy', 'laboratory', 'hospital', 'province', 'city', 'county', 'district', 'government', 'committee', 'the', 'of', 'and']);
// Capitalised words that are not parts of a person's name.
const NOT_NAME_WORDS = new Set([...NOT_GIVEN, 'china', 'chinese', 'national', 'state', 'people', 'peoples', 'republic', 'university', 'institute', 'ministry', 'department', 'bureau', 'office', 'council', 'congress', 'association', 'society', 'company', 'group', 'center', 'centre', 'foundation', 'administration', 'agency', 'commission', 'school', 'college', 'academy', 'laboratory', 'bank', 'fund', 'stem', 'cell', 'cells', 'therapy', 'gene', 'clinical', 'research', 'science', 'technology', 'biotech', 'pharmaceutical', 'industry', 'international', 'american', 'european', 'japanese', 'korean', 'in', 'on', 'at', 'of', 'for', 'this', 'that', 'these', 'his', 'her', 'their', 'our', 'its', 'after', 'before', 'when', 'while', 'since', 'during', 'professor', 'president', 'chairman', 'chairwoman', 'director', 'minister', 'secretary', 'commissioner', 'governor', 'mayor', 'senator', 'ambassador', 'academician', 'member', 'dr', 'mr', 'ms', 'mrs', 'sir', 'vice', 'the', 'a', 'an']);

// What may follow a name before its post without changing it: the name in characters ("Lin Pei-chen (林佩真), head of"),
// a degree or suffix ("Xu Ming, Ph.D., Chief Medical Officer of", "Jane Roe MD, PhD, CEO").
const NAME_TAIL_EN = /^(?:\s*[（(]\s*\p{Script=Han}{2,4}\s*[)）]|(?:,\s*|\s+)(?:Ph\.?\s?D|M\.?\s?D|Pharm\.?\s?D|M\.?\s?B\.?\s?A|M\.?\s?P\.?\s?H|D\.?\s?Phil|D\.?\s?Sc|Sc\.?\s?D|M\.?\s?Sc|J\.?\s?D|Esq|Jr|MBBS|FRCP|FRCS|FACP)\.?(?=[\s,;:)]|$))*/u;
/** Where the words after a name written at `end` go on, past its characters in brackets and its degrees. */
export function pastNameTail(s: string, end: number): number {
  return end + NAME_TAIL_EN.exec(s.slice(end, end + 60))![0].length;
}

/** Valid pinyin syllables (one to three; "Xiao-ping" and "Xi'an" spelled apart too) make a given name. */
const PINYIN_SYLLABLE = String.raw`(?:(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u|v)(?![aeiouv]))`;
const PINYIN_WORD = new RegExp(`^${PINYIN_SYLLABLE}{1,3}$`, 'i');
/** Two pinyin syllables in one word, as a Chinese firm's name is romanised ("Kangming", "Hengrui"). */
export const PINYIN_TWO = new RegExp(`^${PINYIN_SYLLABLE}{2}$`, 'i');
function pinyinLike(w: string): boolean {
  return PINYIN_WORD.test(w.replace(/[-'’]/g, ''));
}

/** The persons a sentence names, each finder after the last (a later one skips names an earlier one found). */
export function findPersons(s: string): PersonMention[] {
  const out = pinyinNames(s);
  westernNames(s, out);
  bylineNames(s, out);
  headPostNames(s, out);
  contactNames(s, out);
  contactNamesEn(s, out);
  if (/(?:议员|医生|女士|先生|教授|博士)/u.test(s)) titledLine(s, out);
  postFieldNames(s, out);
  zhPostNames(s, out);
  zhNameThenPost(s, out);
  if (s.includes('岁)')) ageNames(s, out);
  if (LIST_JOIN_ZH.test(s)) listedNamesZh(s, out);
  return out;
}

// Persons listed after one named with a post (执行董事陈志强博士及黄美玲女士；独立非执行董事A先生、B女士及C教授; 主任张三、李四):
// each item a surname and one or two characters, with the first one's courtesy title or none, the run closed by a
// clause's end — else it is no list of names (张三、高校和医院).
const LIST_JOIN_ZH = /[\p{Script=Han}](?:先生|女士|博士|教授|医生)?(?:、|及|和|与|以及)[\p{Script=Han}]/u;
const LIST_ITEM_ZH = /^(?:、|以及|及|和|与)(\p{Script=Han}{2,3}?)(先生|女士|博士|教授|医生)?(?=、|以及|及|和|与|[；;。，,]|$)/u;
function listedNamesZh(s: string, out: PersonMention[]): void {
  for (const p of out.filter((x) => x.nameZh)) {
    const title = /^(?:先生|女士|博士|教授|医生)/u.exec(s.slice(p.end))?.[0] ?? '';
    let at = p.end + title.length;
    const items: [number, string][] = [];
    for (let m = LIST_ITEM_ZH.exec(s.slice(at)); m; m = LIST_ITEM_ZH.exec(s.slice(at))) {
      if (!SURNAME_ZH_SET.has(m[1]![0]!) || Boolean(m[2]) !== Boolean(title)) break;
      items.push([at + m[0].length - (m[2]?.length ?? 0) - m[1]!.length, m[1]!]);
      at += m[0].length;
    }
    if (items.length > 0 && /^(?:[；;。，,]|$)/u.test(s.slice(at))) for (const [start, name] of items) addZh(out, start, name);
  }
}

/** 被告陳志明（45歲）: a name and the age the news gives after it (span.person.age-bracket.zh); the three characters
 *  before the bracket are the name when they open with a surname, else the two. */
function ageNames(s: string, out: PersonMention[]): void {
  for (const m of s.matchAll(globalPattern('span.person.age-bracket.zh'))) {
    const written = m.groups!.name!;
    const name = written.length === 3 && SURNAME_ZH_SET.has(written[0]!) ? written : written.slice(-2);
    addZh(out, m.index + written.length - name.length, name);
  }
}

/** "Wang Wei, member of …", "Member Li Hua said": a known surname and a pinyin given name, in a context that makes
 *  the pair a person. */
function pinyinNames(s: string): PersonMention[] {
  const out: PersonMention[] = [];
  for (const c of s.matchAll(SURNAME_AT)) {
    // Only where a known surname starts a capitalised pair does the full pattern run.
    if (!SURNAME_SET.has(c[0].toLowerCase())) continue;
    EN_NAME.lastIndex = c.index;
    const m = EN_NAME.exec(s);
    if (!m) continue;
    const full = m[1]!;
    const sur = m[2]!;
    const given = m[3]!;
    if (!SURNAME_SET.has(sur.toLowerCase())) continue;
    if (NOT_GIVEN.has(given.toLowerCase())) continue;
    if (!pinyinLike(given)) continue;
    const before = s.slice(Math.max(0, m.index - 40), m.index);
    const after = s.slice(pastNameTail(s, m.index + full.length));
    const lineStart = m.index === 0 || /[\n:：]\s*$/.test(before);
    const bodyBefore = () => (POST_OF_BODY_BEFORE_EN.test(s.slice(Math.max(0, m.index - 120), m.index)) && /^[\s,.;:'’]/.test(after || ' ')) || ((POST_COMMA_BEFORE_EN.test(before) || POST_OF_BODY_COMMA_BEFORE_EN.test(s.slice(Math.max(0, m.index - 120), m.index))) && /^\s*,/.test(after));
    if (!EN_CONTEXT_AFTER.test(after) && !EN_POST_AT_AFTER.test(after) && !EN_POST_BRACKET_AFTER.test(after) && !(EN_CONTEXT_BEFORE.test(before) && /^[\s,.;:'’]/.test(after || ' ')) && !(lineStart && /^\s*,/.test(after)) && !bodyBefore()) continue;
    const surname = sur.charAt(0) + sur.slice(1).toLowerCase();
    const formality = (TITLE_BEFORE.test(before) ? 2 : 0) + (SPEECH_AFTER.test(after) ? 1 : 0) + (POST_AFTER.test(after) ? 1 : 0);
    out.push({ start: m.index, end: m.index + full.length, name: `${surname} ${given}`, surname, given, formality });
  }
  return out;
}

/** Other names in Western order (given name first: Western, Japanese, Korean) where a title or post is stated:
 *  "Professor Shinya Yamanaka", "Anna Berg, chairwoman of …". */
function westernNames(s: string, out: PersonMention[]): void {
  if (!WEST_HINT.test(s)) return;
  for (const m of s.matchAll(WEST_NAME)) {
    const full = m[1]!;
    const start = m.index;
    const end = start + full.length;
    if (out.some((p) => start < p.end && end > p.start)) continue;
    const words = full.split(/\s+/);
    const before = s.slice(Math.max(0, start - 30), start);
    const after = s.slice(pastNameTail(s, end), end + 90);
    const wider = s.slice(Math.max(0, start - 120), start);
    const titled = WEST_BEFORE.test(before) || ((WEST_POSSESSIVE_BEFORE.test(wider) || POST_OF_BODY_COMMA_BEFORE_EN.test(wider)) && WEST_CLOSED.test(after));
    if (!titled && !WEST_AFTER.test(after)) continue;
    // After a title ("Dr. Park Ji-hoon") only institution words rule a name out; otherwise any common word does.
    if (words.some((w) => (titled ? INSTITUTION_WORDS : NOT_NAME_WORDS).has(w.toLowerCase()))) continue;
    // A post's own word opens no name ("Chief Executive Officer Michael Chen": not "Officer Michael Chen"), nor does a
    // courtesy title after another ("Dr Hon Lee Ka-wai": Lee Ka-wai).
    // Nor stands inside one ("Chief Medical Officer": no "Medical Officer" after the title "Chief").
    if (words.some((w) => POST_WORDS_EN.has(w.toLowerCase())) || /^(?:Hon|Honourable|Dr|Prof|Mr|Ms|Mrs|Sir)$/.test(words[0]!)) continue;
    const surname = words[words.length - 1]!;
    out.push({ start, end, name: full, surname, given: words.slice(0, -1).join(' ') });
  }
}

/** "Minister of Health and Welfare Hsueh Jui-yuan", "the Secretary for Health, Professor Lo Chung-mau": the name
 *  after a head post (Hong Kong and Taiwan names are romanised without pinyin, so the post is the evidence). */
function headPostNames(s: string, out: PersonMention[]): void {
  if (!HEAD_POST_HINT.test(s)) return;
  for (const m of s.matchAll(HEAD_POST_NAME)) {
    const full = m.groups!.name!;
    const start = m.index + m[0].length - full.length;
    const end = start + full.length;
    if (out.some((p) => start < p.end && end > p.start)) continue;
    if (full.split(/\s+/).some((w) => NOT_NAME_WORDS.has(w.toLowerCase()))) continue;
    const [sur, ...rest] = full.split(/\s+/);
    out.push({ start, end, name: full, surname: sur!, given: rest.join(' '), formality: 2 });
  }
}

/** 联系人：张三，李四: the contacts a notice names; 联系人：某某处 张三: with the unit they work in. */
function contactNames(s: string, out: PersonMention[]): void {
  if (!CONTACT_HINT.test(s)) return;
  const u = ruleById('span.person.contact-unit.zh').pattern.exec(s);
  if (u?.groups?.name) addZh(out, u.index + u[0].length - (u.groups.post2?.length ?? 0) - u.groups.name.length, u.groups.name);
  const m = ruleById('span.person.contact-list.zh').pattern.exec(s);
  // The lead deputy in a record's fields glued to the next field (领衔代表：孙海鹰附议代表：…).
  if (m?.groups?.lead) addZh(out, m.index + m[0].length - m.groups.lead.length, m.groups.lead);
  if (!m?.groups?.names) return;
  let at = m.index + m[0].length - m.groups.names.length;
  for (const part of m.groups.names.split(/([,，、]\s*)/)) {
    if (!/^[,，、]/.test(part)) addZh(out, at, part.trim());
    at += part.length;
  }
}

// 张伟（国家药监局副局长）表示, 张伟，国家药监局副局长，, 张伟担任…院长: a name opening its clause, then a segment that
// ends in a post (a body and its post, in brackets, between commas or after 担任). Read from each separator (a pattern
// led by the name would be tried at every character).
const NAME_POST_SEPARATOR = /\(|，|,|担任|出任|兼任|任|为/g;
const SEGMENT_ENDS_IN_POST = new RegExp(`[^()，,。；;]{0,30}?${POST_ZH_SOURCE}(?:\\)|，|,|。|；|;|$)`, 'uy');
const CLAUSE_OPENS = /[，,。；;：:、\s“”"(]/;
const HAN_ONLY = /^\p{Script=Han}+$/u;
// 任命王军为…局长: the verb of an appointment opens the name as a clause's start does.
const APPOINTED_BEFORE = /^(?:任命|聘任|聘请|提名|选举|推选|选任)$/u;
function zhNameThenPost(s: string, out: PersonMention[]): void {
  for (const m of s.matchAll(NAME_POST_SEPARATOR)) {
    // The name: two characters, else three, that open their clause.
    const start = [m.index - 2, m.index - 3].find((st) => st >= 0 && SURNAME_ZH_SET.has(s[st]!) && (st === 0 || CLAUSE_OPENS.test(s[st - 1]!) || APPOINTED_BEFORE.test(s.slice(Math.max(0, st - 2), st))) && HAN_ONLY.test(s.slice(st, m.index)));
    if (start === undefined) continue;
    SEGMENT_ENDS_IN_POST.lastIndex = m.index + m[0].length;
    if (SEGMENT_ENDS_IN_POST.test(s)) addZh(out, start, s.slice(start, m.index));
  }
}

/** 发言人　X　　发言人职称　总经理 (a disclosure's spokesperson), 法定代表人：X (a record's representative): a post's field. */
function postFieldNames(s: string, out: PersonMention[]): void {
  for (const [hint, id] of POST_FIELDS) {
    const m = hint.test(s) ? ruleById(id).pattern.exec(s) : null;
    // (The name is the first thing after its field's label.)
    if (m?.groups?.name) addZh(out, m.index + m[0].indexOf(m.groups.name, m.groups.post && m[0].startsWith(m.groups.post) ? m.groups.post.length : 0), m.groups.name);
  }
}
export const POST_FIELDS: ReadonlyArray<[RegExp, string]> = [[/职称/, 'span.person.post-field.zh'], [/负责人|代表人|法人代表/, 'span.person.representative-field.zh']];

/** Chinese: post + name (全国政协委员张三) or name + post (张三委员, 习近平总书记). */
function zhPostNames(s: string, out: PersonMention[]): void {
  if (!ZH_POST_ANY.test(s)) return;
  for (const m of s.matchAll(ZH_BEFORE)) {
    // 院长张伟说。: a two-character name and its verb, not a three-character name (王建国表示 stays whole).
    const name = m[1]!.length === 3 && VERB_NOT_NAME_END.test(m[1]!) ? m[1]!.slice(0, 2) : m[1]!;
    addZh(out, m.index + m[0].length - m[1]!.length, name);
    // 监察委员A、B提案: the names listed after the post hold it too.
    for (let at = m.index + m[0].length, n = NEXT_IN_LIST.exec(s.slice(at)); n; at += n[0].length, n = NEXT_IN_LIST.exec(s.slice(at))) addZh(out, at + 1, n[1]!);
  }
  // (委员会李明主任: a three-character run that opens with a body's last character is that tail and a two-character name.)
  for (const m of s.matchAll(ZH_AFTER)) {
    const cut = m[1]!.length === 3 && BODY_TAIL_CHAR.test(m[1]![0]!) ? 1 : 0;
    addZh(out, m.index + cut, m[1]!.slice(cut));
  }
  // 院长司徒惠康: a compound surname and one or two characters of given name after a post.
  if (COMPOUND_SURNAME_ZH.test(s)) for (const m of s.matchAll(ZH_BEFORE_COMPOUND)) addZh(out, m.index + m[0].length - m[1]!.length, m[1]!);
}
const COMPOUND_SURNAMES_ZH = '司徒|欧阳|上官|诸葛|司马|皇甫|令狐|慕容|夏侯|尉迟|公孙|长孙|宇文|端木|申屠|范姜|张简';
const COMPOUND_SURNAME_ZH = new RegExp(COMPOUND_SURNAMES_ZH, 'u');

// Words of a byline that are no one's name: "By Staff Reporter", "By Our Correspondent", and the practice or sector the
// authors belong to ("…, Life Sciences & Regulatory Practice").
const BYLINE_NOT_NAME = /\b(?:Staff|Reporter|Reporters|Correspondent|Editor|Editors|Team|Desk|Writer|Our|News|Agency|Guest|Contributor|Practice|Sciences?|Healthcare|Regulatory|Group|Department|Division)\b/;

const BYLINE_POST = new RegExp(`^${POST_EN_SOURCE}$`);

function bylineNames(s: string, out: PersonMention[]): void {
  if (!/^(?:By|BY|Written|Author)|^[\w ,.]{6,20}\|\s*(?:By|BY|Written|Author)/.test(s)) return;
  const m = ruleById('span.person.byline.en').pattern.exec(s);
  const names = m?.groups?.names;
  if (!m || !names) return;
  let at = m.index + m[0].length - names.length;
  // (Not inside a bracket: "Amy Wu (Partner, Beijing)" is one author.)
  for (const written of names.split(/(\s*(?:,?\s+and|,|&|\||;)\s+)(?![^()]*\))/)) {
    const start = at;
    at += written.length;
    // "Emily Zhang (Partner)": the post in brackets is no part of the name (nor "Partner" after a comma).
    const part = written.replace(/\s*\([^)]*\)$/, '');
    if (BYLINE_POST.test(part)) continue;
    const end = start + part.length;
    if (/^\s*(?:,|,?\s+and|&|\||;)\s+$/.test(part) || BYLINE_NOT_NAME.test(part)) continue;
    // Found already (as "Name, Post"): still one of the byline's authors.
    const known = out.find((p) => start < p.end && end > p.start);
    if (known) {
      known.byline = true;
      continue;
    }
    const words = part.split(/[\s]+/);
    // (One word is the office after a post: "Partner, Beijing".)
    // ("Mina Park": Park closing an author's name is the Korean surname, not a place word.)
    if (words.length < 2 || words.some((w, i) => NOT_NAME_WORDS.has(w.toLowerCase()) && !(i === words.length - 1 && w === 'Park'))) continue;
    // "Li Wei" is written surname first, "Jenny Zhou" given name first.
    const pinyinOrder = words.length === 2 && SURNAME_SET.has(words[0]!.toLowerCase()) && pinyinLike(words[1]!);
    const surname = pinyinOrder ? words[0]! : words[words.length - 1]!;
    const given = pinyinOrder ? words[1]! : words.slice(0, -1).join(' ');
    out.push({ start, end, name: part, surname, given, byline: true });
  }
}

/** 林一明议员(主席), 何美玲女士, 张伟医生, JP: a line that is only a name and its courtesy title (an attendance list). */
function titledLine(s: string, out: PersonMention[]): void {
  const m = ruleById('span.person.titled-line.zh').pattern.exec(s);
  if (m?.groups?.name) addZh(out, m.index + m[0].length - m.groups.name.length - (m[0].length - m[0].lastIndexOf(m.groups.name) - m.groups.name.length), m.groups.name);
}

/** "Investor Contact: Ann Lee, Vice President", "contact person: Comrade Li Ming, telephone", "Ann Lee, Partner — email":
 *  the person a page gives for contact. */
function contactNamesEn(s: string, out: PersonMention[]): void {
  if (!CONTACT_LINE_HINT.test(s)) return;
  // "Key contacts: Chen Yu (Partner, Beijing); David Ross (Senior Associate, Hong Kong)": each name with its post in brackets.
  if (CONTACTS_LABEL_EN.test(s)) {
    for (const c of s.matchAll(CONTACT_BRACKETED_EN)) {
      const words = c[1]!.split(/\s+/);
      const start = c.index + c[0].indexOf(c[1]!);
      if (words.some((w) => NOT_NAME_WORDS.has(w.toLowerCase())) || out.some((p) => start < p.end && start + c[1]!.length > p.start)) continue;
      const pinyinOrder = words.length === 2 && SURNAME_SET.has(words[0]!.toLowerCase()) && pinyinLike(words[1]!);
      out.push({ start, end: start + c[1]!.length, name: c[1]!, surname: pinyinOrder ? words[0]! : words[words.length - 1]!, given: pinyinOrder ? words[1]! : words.slice(0, -1).join(' ') });
    }
  }
  // A unit and its person in any order ("Contact: <unit>, Comrade <name>, <phone>"; read/contact-line.ts).
  for (const c of contactLineEn(s)?.persons ?? []) contactPerson(out, c.start, c.text);
  const m = ruleById('span.person.contact-line.en').pattern.exec(s);
  const written = m?.groups?.name ?? m?.groups?.name2 ?? m?.groups?.name3;
  if (m && written) contactPerson(out, m.index + m[0].indexOf(written), written);
}

export function contactPerson(out: PersonMention[], start: number, written: string): void {
  const end = start + written.length;
  const words = written.split(/\s+/);
  if (out.some((p) => start < p.end && end > p.start) || words.some((w) => NOT_NAME_WORDS.has(w.toLowerCase()) || POST_WORDS_EN.has(w.toLowerCase()))) return;
  // "Li Ming" is written surname first, "Ann Lee" given name first.
  const pinyinOrder = words.length === 2 && SURNAME_SET.has(words[0]!.toLowerCase()) && pinyinLike(words[1]!);
  out.push({ start, end, name: written, surname: pinyinOrder ? words[0]! : words[words.length - 1]!, given: pinyinOrder ? words[1]! : words.slice(0, -1).join(' ') });
}

// A contact line: its label, an e-mail, or a line of only a name and a post ("Ann Lee, Partner, Beijing").
export const CONTACT_LINE_HINT = /[Cc]ontact|@|^[A-Z][a-z]+[\s-][A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?,\s[^,]{2,40}(?:,[^,]{2,30})?$/;
// A contacts label, and a name with its post (and office) in brackets after it.
export const CONTACTS_LABEL_EN = /\b(?:[Kk]ey\s+)?[Cc]ontacts?\s*:/;
export const CONTACT_BRACKETED_EN = new RegExp(`(?:[:;,]|\\band)\\s*([A-Z][a-z]+(?:[\\s-][A-Z][a-z]+){1,2})\\s*\\((${POST_EN_SOURCE})(?:,\\s*[A-Z][A-Za-z ]{1,30})?\\)`, 'g');
const HEAD_POST_HINT = /\b(?:Secretary\s+for|Minister\s+(?:of|for)|Director\s+of)\s+[A-Z]/;
const HEAD_POST_NAME = /\b(?:Secretary\s+for|Minister\s+(?:of|for)|Director\s+of)\s+[A-Z][A-Za-z]*(?:,?\s+(?:and\s+)?[A-Z][A-Za-z]*){0,4}?\s*,?\s+(?:(?:Professor|Prof\.|Dr\.?|Mr\.?|Ms\.?|Mrs\.?)\s+)?(?<name>[A-Z][a-z]+\s+[A-Z][a-z]+(?:-[a-z]+)?(?:\s+[A-Z][a-z]+-[a-z]+|\s+[A-Z][a-z]+(?=\s*,))?)(?![A-Za-z])/g;
const CONTACT_HINT = /联系人|联络人|经办人|领衔|附议|提案人|提案者|建议人|解读人|审核人|撰稿人/u;
// Both Chinese patterns need a post word: one cheap test first.
const ZH_POST_ANY = new RegExp(`${POST_ZH_SOURCE}|博士`, 'u');
const ZH_AFTER = new RegExp(`([\\p{Script=Han}]{2,3}?)(?:(?:${CLOSING_POSTS_ZH.join('|')})|(?:副|常务副)?(?:${NAME_BEFORE_POSTS_ZH.join('|')})(?=[，,。、：:；\\s(表认建说指提呼在对曾还也又则的就介]|动议|修正|$))`, 'gu');
// What follows a name after its post, besides the one-character words above: a time word (立法委员X日前…), a verb of
// two characters (主席X欢迎…, 副区长X接受采访), a courtesy title. Two characters, so that a name's own last character
// (王志强) is never read as the verb.
const ZH_AFTER_NAME = '此前|院士|判刑|判处|会后|会上|会面|会见|见面|一行|率团|受访|接受|出席|致辞|致词|领衔|主持|支持|告诉|反对|质询|质疑|欢迎|强调|透露|坦言|直言|分析|预计|估计|希望|期待|日前|近日|昨天|今天|上午|下午|教授|博士|先生|女士|医生|议员|$';
// A post's field in brackets may stand before the name (副院长(研究)黄俊杰).
const ZH_BEFORE = new RegExp(`${POST_ZH_SOURCE}(?:\\([\\p{Script=Han}]{1,6}\\))?([\\p{Script=Han}]{2,3})(?=[，,。、：:；\\s表认建说指提呼在对昨今于近亦称签同等则也还曾带递补回介透解列就联\\d]|${ZH_AFTER_NAME})`, 'gu');
const ZH_BEFORE_COMPOUND = new RegExp(`${POST_ZH_SOURCE}((?:${COMPOUND_SURNAMES_ZH})[\\p{Script=Han}]{1,2}?)(?=[，,。、：:；\\s表认建说指提呼在对昨今于近亦称签同等则也还曾带递补回介透解列就联\\d]|${ZH_AFTER_NAME})`, 'gu');

// One-character verbs and function words that follow a name and seldom end one.
const VERB_NOT_NAME_END = /[说称指在对于等也还曾就则亦今昨回介透解列带递补签表认提呼]$/u;
const NEXT_IN_LIST = new RegExp(`^、([\\p{Script=Han}]{2,3}?)(?=、|[，,。：:；\\s表认建说指提呼在对昨今于近亦称签同等则也还曾带递补回介透解列就联\\d]|${ZH_AFTER_NAME})`, 'u');

// Names recur across a batch; pinyin conversion is the costly step of a Chinese name.
const PINYIN_CACHE = new Map<string, string[]>();

// Adverbs after a post read as a name (主任曾多次提出: 曾 is a surname too), and verbs that open with a surname's
// character (向医生查询, 医生申请, 法官解释).
const ADVERB_NOT_NAME = /多次|再次|一再|一直|曾经|经常|均已|也曾|^(?:查询|查看|查阅|查处|查明|查验|查核|申请|申报|解释|解答|解决|应当|应该|关于|对于|由于|至于|基于|鉴于)/u;

// A place's tail is no name's (试验区长沙片区: 区长 there is no post, 沙片区 no person).
const PLACE_TAIL = /[区县市省镇乡村州]$/u;
// …nor a body's or a post's (管理局局长, 党组书记, 首席助理秘书长: no person).
const BODY_TAIL = /(?:[局厅署处司]|助理|党组|党委)$/u;
const BODY_TAIL_CHAR = /^[会局院委厅部办司处署所校]$/u;
// 刘工, 王总, 吴小姐, 陈科长: a surname and a courtesy word or post in a contact line, no full name.
const COURTESY = /^.(?:[工总老]|小姐|先生|女士|科长|处长|司长|主任|经理)$/u;

export function addZh(out: PersonMention[], start: number, zh: string): void {
  const sur = zh[0]!;
  if (!SURNAME_ZH_SET.has(sur) || ADVERB_NOT_NAME.test(zh) || PLACE_TAIL.test(zh) || BODY_TAIL.test(zh) || COURTESY.test(zh)) return;
  if (out.some((p) => start < p.end && start + zh.length > p.start)) return;
  let syl = PINYIN_CACHE.get(zh);
  if (!syl) {
    syl = pinyin(zh, { toneType: 'none', type: 'array' }) as string[];
    if (PINYIN_CACHE.size > 50_000) PINYIN_CACHE.clear();
    PINYIN_CACHE.set(zh, syl);
  }
  if (syl.length !== zh.length) return;
  const compound = COMPOUND_SURNAME_ZH.test(zh.slice(0, 2)) ? 2 : 1;
  const surname = cap(syl.slice(0, compound).join(''));
  const given = cap(syl.slice(compound).join(''));
  out.push({ start, end: start + zh.length, name: `${surname} ${given}`, surname, given, nameZh: zh });
}

const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

/** Key under which spelling variants of one person fall together: surname + consonant skeleton of the given name. */
export function variantKey(surname: string, given: string): string {
  const g = given.toLowerCase().replace(/[^a-z]/g, '').replace(/[aeiouvy]+/g, 'V');
  return `${surname.toLowerCase()}|${g}`;
}

export const isPinyinName = (given: string): boolean =>
  /^(?:(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u|v)){1,3}$/i.test(given);
