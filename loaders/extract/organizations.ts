// Organizations that are not state bodies, by their head word: companies, hospitals, universities, research
// centres, alliances, associations, funds (English and Chinese).

export interface OrgMention {
  start: number;
  end: number;
  name: string;
  kind: string;
  /** The rule that found it (default span.organization). */
  rule?: string;
}

import { globalPattern, ruleById } from './rules/index.ts';
import { POST_EN_SOURCE } from '../posts.ts';
import { PINYIN_TWO } from './persons.ts';

// A post right before a run of capitalised words: the run opens with the person's name.
const POST_JUST_BEFORE = new RegExp(`\\b(?:${POST_EN_SOURCE})\\s+$`);
const POST_LEAD = new RegExp(`^(?:${POST_EN_SOURCE})\\s+`);
// "Chairman and CEO of X", "Lawyers of Y": a post (of the one list, or plural) and "of"/"at" lead into the name.
const ROLE_LEAD = new RegExp(`^(?:.*\\b(?:${POST_EN_SOURCE}|Officer)s?\\b.*?\\s(?:of|at)\\s+(?:the\\s+)?)`);
const PERSON_OF = /^[A-Z][a-z]+(?:\s+[A-Z][a-z-]+){1,2}\s+(?:of|at)\s+(?:the\s+)?(?=[A-Z])/;

const EN_HEADS: Array<[string, string]> = [
  ['Co\\.,?\\s*Ltd\\.?', 'company'], ['Co\\.,?\\s*LTD\\.?', 'company'], ['Company\\s+Limited', 'company'], ['Ltd\\.?', 'company'], ['Limited', 'company'], ['Inc\\.?', 'company'], ['Corporation', 'company'], ['Group', 'company'], ['Company', 'company'],
  ['Pharmaceuticals?', 'company'], ['Pharma', 'company'], ['Bio(?!-)', 'company'], ['Biotech(?:nology)?', 'company'], ['(?:Bio)?[Tt]herapeutics', 'company'], ['(?:Life\\s+|Bio)?Sciences', 'company'], ['Biologics', 'company'], ['Biopharma', 'company'],
  ['Hospital', 'hospital'], ['Medical\\s+Center', 'hospital'], ['Clinic', 'clinic'], ['University', 'university'], ['College', 'university'], ['School\\s+of\\s+Medicine', 'university'],
  ['Academy(?:\\s+of\\s+[A-Z][\\w]+(?:\\s+(?:and\\s+)?[A-Z][\\w]+){0,3})?', 'research_centre'],
  ['Research\\s+(?:Center|Centre|Institute)', 'research_centre'], ['Engineering\\s+(?:Center|Centre)', 'research_centre'], ['Laboratory', 'research_centre'],
  ['Institute', 'research_centre'], ['Center', 'centre'], ['Centre', 'centre'], ['Base', 'research_base'], ['Bank', 'bank'],
  ['Alliance', 'alliance'], ['Consortium', 'alliance'], ['Association', 'association'], ['Society', 'association'], ['Federation', 'association'], ['Chamber\\s+of\\s+Commerce', 'association'],
  ['Foundation', 'foundation'], ['Fund', 'fund'],
  ['Investments?', 'company'], ['Ventures', 'company'], ['Securities', 'company'], ['Holdings', 'company'],
  ['LLP', 'law_firm'], ['Law\\s+(?:Firm|Offices?)', 'law_firm'], ['Partners', 'law_firm'], ['Advisory', 'consultancy'], ['Consulting', 'consultancy'],
];
const HEAD_ALT = EN_HEADS.map(([h]) => h).join('|');
// Capitalised words (a few lower-case joiners allowed) ending in a head word ("Harrow Lee & Partners": after an &).
const EN_ORG = new RegExp(
  `(?<![A-Za-z])((?:[A-Z][A-Za-z0-9'’&.-]*|[A-Z]{2,})(?:\\s+(?:(?:of|and|for|the|&|in|on)\\s+)?(?:[A-Z][A-Za-z0-9'’&.-]*|[A-Z]{2,}|(?!(?:said|says|visited|inspected|met|signed|opened|launched|became|has|have|had|was|were|will|would|with|from|into|while|when|after|before|under|over)\\b)[a-z]{3,}(?<!ed)(?<![^s]s)(?=\\s+[A-Z]))){0,9}\\s+(?:&\\s+)?(?:${HEAD_ALT}))(?![A-Za-z])`,
  'g',
);
const EN_KIND = new RegExp(`(?:${HEAD_ALT})$`);
// Cheap pre-check: the long name pattern only runs on sentences that contain a head word.
const EN_HEAD_ANY = new RegExp(`(?:${HEAD_ALT})(?![A-Za-z])`);
const EN_HEAD_PLURAL = new RegExp(`(?:${HEAD_ALT})s?(?![A-Za-z])`);
const EN_HEAD_KIND: Array<[RegExp, string]> = EN_HEADS.map(([h, k]) => [new RegExp(`^(?:${h})$`), k]);

const ZH_HEADS: Array<[string, string]> = [
  ['股份有限公司', 'company'], ['有限责任公司', 'company'], ['有限公司', 'company'], ['集团', 'company'], ['公司', 'company'],
  ['医院', 'hospital'], ['分院', 'hospital'], ['诊所', 'clinic'], ['门诊部', 'clinic'], ['大学', 'university'], ['医学院', 'university'], ['学院', 'university'], ['学系', 'department'],
  ['研究院', 'research_centre'], ['研究所', 'research_centre'], ['试验所', 'research_centre'], ['研究中心', 'research_centre'], ['实验室', 'research_centre'], ['资源库', 'research_centre'],
  ['产业基地', 'research_base'], ['基地', 'research_base'], ['中心', 'centre'],
  ['联盟', 'alliance'], ['学会', 'association'], ['协会', 'association'], ['促进会', 'association'], ['研究会', 'association'], ['联合会', 'association'], ['分会', 'association'], ['商会', 'association'],
  // Hong Kong's patient and concern groups (香港病人政策连线, X关注组).
  ['连线', 'association'], ['关注组', 'association'],
  ['基金会', 'foundation'], ['基金', 'fund'], ['律师事务所', 'law_firm'], ['法律事务所', 'law_firm'],
];
const ZH_HEAD_ALT = ZH_HEADS.map(([h]) => h).join('|');
const ZH_HEAD_RE = new RegExp(`(?:${ZH_HEAD_ALT})`, 'g');
// Characters that cannot be inside a Chinese organisation name (我市X医院: the writer's city is not part of it).
const ZH_STOP = /[\s,，。、；;：:“”"「」『』《》()（）!！?？的了在由和及向对于为以将是从被让使等经据至到把共已也均并且或但其该此这那各每予我]/u;
// Verbs and words that start a clause rather than a name; trimmed from the left of a candidate.
// (An article's number before its first verb, 第二十五条 鼓励X医院 / 第十二条之一 支持…, leads into the name too.)
const ZH_LEAD = /^(?:第[一二三四五六七八九十百零〇两\d]+[条章节款项](?:之[一二三四五六七八九十]+)?|(?:本公司)?(?:间接|直接)?(?:非?全资)?附属公司|落地|落户|建设|成立|设立|依托|支持|支撑|推动|联合|结合|整合|发布|印发|位于|入驻|牵头|组织|委托|通过|包括|如|由|在|与|和|向|对|为|以|将|是|从|有|获|获得|开展|加强|鼓励|依靠|携手|参与|协调|认定|批准|同意|申报|作为|属于|来自|近期|近日|日前|今日|昨日|今天|昨天|目前|当前|此外|核准|核发|颁发|授予|取得|(?:内地|大陆|境内|境外|本土|国内|国外|海外|岛内|本地|当地|台湾|香港)?(?:药企|企业|药厂|厂商|业者)|同时|其中|中包括|进一步|丰富|自愿|披露|早前|此前|本市|本省|本区|全市|全省|全区|(?:产品|药品|上市许可|注册证书?)?(?:持有人|申请人|注册人|申办方|申办者|持证人|持证商))+/u;
const GRANT_VERB_INSIDE_ZH = /(?:取得|核准|核发|颁发|授予|获得|批准)(?!.*(?:取得|核准|核发|颁发|授予|获得|批准))/u;
const ZH_GENERIC = /^(?:合作|协作|定点|指定|签约|本地|当地|国内|省内|市内|区内|境内|境外|海外|外地|外资|外商投资|中外合资|中外合作|合资|独资|民营|公立|私立|私人|个体|医美|医疗美容|美容|营利性|非营利性|医疗|临床|研究|国家|地方|区域|相关|各类|该|本|此|多家|一家|其他|医疗机构|科研|检测|数据|服务|管理|技术|创新|转化|生产制备|公共服务|生技医药|生物医药|生物科技|生技|生医|生物|医药|制药|药品)+(?:中心|基地|研究中心|研究院|医院|诊所|门诊部|大学|学院|基金|公司)?$/u;

// Two-character verbs that link two names in a clause and are not found inside names.
const ZH_CLAUSE_VERBS = new Set(['落地', '落户', '成立', '位于', '入驻', '依托', '牵头', '携手', '获批', '批准', '签约', '揭牌', '启动', '成为', '委托', '联手', '授予', '认定', '支持', '推动', '打造', '引进', '布局', '新建', '开设', '来自', '源自']);
// A verb opening what follows a finished name (福建医科大学建设…实验室, 威尔斯亲王医院设立第二个…中心): a clause, not the name's unit.
const ZH_UNIT_VERB = /^(?:建设|设立|组建|筹建|布局|开设|新建|成立|设有|建立|打造|启动|引进|落地|落户|联合|牵头|依托|获批)/u;
// Verbs that also occur inside names (建设银行, 设立…): a boundary only when a place or national word follows.
const ZH_NAME_VERBS = new Set(['建设', '设立', '组建', '筹建', '联合']);
function zhVerbBefore(s: string, at: number, startsWithPlace: (name: string) => boolean): boolean {
  const w = s.slice(at - 2, at);
  if (ZH_CLAUSE_VERBS.has(w)) return true;
  if (!ZH_NAME_VERBS.has(w)) return false;
  // 两江新区建设干细胞制备中心: a zone before the verb is its subject, not the start of a name.
  if (/(?:新区|园区|开发区|高新区|示范区|先行区|试验区|合作区|片区)(?:规划)?$/.test(s.slice(Math.max(0, at - 8), at - 2))) return true;
  // 厦门设立…基地: a place right before 设立/组建/筹建 is their subject (建设 stays inside 中国建设银行).
  if (w !== '建设' && [2, 3].some((k) => at - 2 - k >= 0 && startsWithPlace(s.slice(at - 2 - k, at - 2)))) return true;
  const rest = s.slice(at, at + 12);
  // 设立外商独资医院: a kind of institution (by ownership) after the verb, not the rest of a name.
  return /^(?:国家|中国|中华|国际|全国|外商|中外|外资|合资|独资|民营|公立|私立|私人|个体|医美|医疗美容|美容|营利性|非营利性)/.test(rest) || startsWithPlace(rest);
}

// A faculty with a name of its own after its university's (李嘉诚医学院, 同济医学院); a field's school (医学院, 公共卫生学院)
// is the university's own, and a professor there sits in the university.
const ZH_FACULTY = /^(?!公共卫生|生命科学|基础医学|临床医学|护理|口腔|中医|药学|医学)[\p{Script=Han}]{2,4}(?:医学院|药学院)$/u;
// A school inside a university's faculty (香港大学医学院生物医学学院): named on its own, as a faculty is.
const ZH_SCHOOL_IN_FACULTY = /^[\p{Script=Han}]{0,4}医学院[\p{Script=Han}]{2,10}(?:学院|学系)$/u;
// …and named after the faculty itself (中大医学院内科及药物治疗学系).
const ZH_SCHOOL = /^[\p{Script=Han}]{2,10}(?:学院|学系)$/u;
// A university's short form (港大, 中大, 浙大: one character and 大, not a verb's 加大/扩大) and one of its faculties.
const ZH_SHORT_FACULTY = /(?![加扩最重强巨放壮庞伟较更很极大])[\p{Script=Han}]大(?!学)[\p{Script=Han}]{0,4}(?:医学院|药学院)$/u;

// …and what a company is to another (香港科技园公司的培育公司: its incubatees), no name.
const SECTOR_ONLY = /^(?:生技|生物|医药|制药|药品|细胞|基因|治疗|研发|合作|医疗机构|医疗|保险|证券|健康管理|美容|创新|科技|技术|新药|生医|疫苗|器械|再生医学|生物医药|生物科技|免疫|干细胞|检测|服务|外包|代工)+(?:公司|集团|企业)$/u;
const ZH_NOT_A_COMPANY = /^(?:请输入)?(?:上柜|上市|兴柜|公开发行|挂牌|本|母|子|关系|保障|维护|保护|投资|拟|各|全体|培育|孵化|初创|创业|合作|被投|成员|会员|关联|其他)公司$/u;

const PLANNED_BEFORE_ZH = /(?:建设|打造|筹建|新建|建立)$/u;
const PLANNED_FACILITY_ZH = /(?:库|中心|基地|平台)$/u;
const QUOTE_OPEN = /[「『]/u;
const QUOTE_CLOSE = /[」』]/u;

/** The kind a Chinese name's head word says (医院 hospital, 协会 association …); undefined for no organisation's head. */
export const zhHeadKind = (name: string): string | undefined => ZH_HEADS.find(([h]) => name.endsWith(h))?.[1];
const zhKindOf = (name: string): string => zhHeadKind(name) ?? 'organization';

type Span = { start: number; end: number };

/** Organisation mentions in a normalised sentence; `taken` spans (state bodies, places) are left alone. */
export function findOrganizations(s: string, taken: Span[], startsWithPlace: (name: string) => boolean = () => false): OrgMention[] {
  const out: OrgMention[] = [];
  const inside = (a: number, b: number): boolean => taken.some((t) => a >= t.start && b <= t.end) || out.some((o) => a >= o.start && b <= o.end);
  // The English finders need a capitalised word at least (most Chinese sentences have none).
  const latin = /[A-Z][a-z]/.test(s);
  const listed = latin ? companyLists(s, taken) : [];
  out.push(...listed);
  for (const m of EN_HEAD_ANY.test(s) ? s.matchAll(EN_ORG) : []) {
    const { start, end, name } = enCandidate(m);
    for (const part of enParts(s, start, end, name)) {
      const o = enPartMention(s, part, taken, startsWithPlace);
      // A run over the items of a listed company names ("Hengji Cell and Innovent Biologics") is those items.
      if (o && !inside(o.start, o.end) && !listed.some((l) => o.start < l.end && o.end > l.start)) out.push(o);
    }
  }
  if (latin) companiesByNoun(s, out, inside);
  headFirst(s, out, taken);
  if (ZH_MARKET_HINT.test(s)) companiesByMarketContext(s, out, inside);
  const han = /\p{Script=Han}/u.test(s);
  if (han && ZH_SHORT_NAME_HINT.test(s)) zhShortNames(s, out, inside);
  if (han) chineseByHead(s, taken, startsWithPlace, out, inside);
  return dedupe(out).filter((o) => !FIELD_WORDS_ONLY.test(o.name) && !DEFINED_TERM_EN.test(o.name) && !NAV_LABEL.test(o.name));
}
// A listing announcement's defined terms ("Shareholders of the Company", "Directors of the Group") stand for the
// issuer the page names, never a body of their own.
const DEFINED_TERM_EN = /\bthe\s+(?:Company|Group)$/;
// A sector or a practice named by its words alone (a menu's "Life Sciences", a byline's "Regulatory Practice", a headline's
// "What Biotech …"): no organisation's name.
// A site's menu item ("News Center", "Service Centre") is no organisation.
const NAV_LABEL = /^(?:News|Press|Media|Service|Services|Download|Information|Data|Help|Contact)\s+Cent(?:er|re)$/;
const FIELD_WORDS_ONLY = /^(?:(?:Life|Health|Healthcare|Medical|Regulatory|Practice|Sciences?|Biotech|Pharma|Pharmaceuticals?|Technology|Bio|What|How|Why|Which|Our|New|&|and)\s*)+$/;

// Possessives that are part of an institution's name: whose hospital it is (children, women), a saint's.
const POSSESSIVE_IN_NAME = /(?:Children|Women|Woman|People|Men|Mothers?|Veterans|Workers|Farmers|Soldiers|Martyrs|Patients)['’]s\s+$|^(?:St\.?|Saint|Queen|King|Prince)\s/;

// "Shanghai-based X Co., Ltd.", "Hong Kong-listed X Bio": where it is based or listed is not part of its name.
const BASED_LEAD = /^(?:[A-Z][A-Za-z]+\s+)?[A-Z][A-Za-z.]+-(?:based|listed|headquartered)\s+/;

/** A run of capitalised words ending in a head word, without what leads into a name (articles, posts, "X-based"). */
function enCandidate(m: RegExpMatchArray): Span & { name: string } {
  // (A wire release's closing "SOURCE X" names X.)
  let name = m[1]!.replace(/^(?:The|A|An|In|On|At|By|For|From|With|And|Of|Both|Its|Their|Our|This|That|Last|Member|Chairman|CEO|President|Director|SOURCE)\s+/g, '');
  name = name.replace(/^(?:The|And)\s+/, '');
  // "Chairman and CEO of X Co., Ltd." → X Co., Ltd.; "Lawyer X of Y Law Firm" → Y Law Firm.
  const role = ROLE_LEAD.exec(name);
  if (role) name = name.slice(role[0].length);
  name = name.replace(/^(?:(?:of|at|and|for|the)\s+)+/, '');
  name = name.replace(BASED_LEAD, '');
  // "said lawyer X of Y Law Firm", "Shanghai-based lawyer X of Y": after a post, the name before "of" is the person's.
  const post = POST_LEAD.exec(name)?.[0] ?? '';
  const afterPost = post || POST_JUST_BEFORE.test(m.input!.slice(Math.max(0, m.index! - 30), m.index!)) ? PERSON_OF.exec(name.slice(post.length)) : null;
  if (afterPost) name = name.slice(post.length + afterPost[0].length).replace(BASED_LEAD, '');
  // "Copenhagen's NordCell Bio", "Gilead's Kite Pharma": whose it is (a place, a parent) is not part of its name; a
  // possessive inside a name ("Children's Hospital", "Women's and Children's Medical Center") is.
  const owner = /^(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+(?=[A-Z][\w'’.-]*\s+[A-Z])/.exec(name);
  if (owner && !POSSESSIVE_IN_NAME.test(owner[0])) name = name.slice(owner[0].length);
  // Title-case headlines and glued page furniture: a name starts after a headline verb ("Regulators Approve X"),
  // after a word run into the next ("PharmaceuticalsOxford"), after a list enumerator ("I. ", "2. ").
  name = name.replace(ruleById('span.org.not-a-name-lead.en').pattern, '');
  const end = m.index! + m[1]!.length;
  return { start: end - name.length, end, name };
}

/** Two names joined by "and (the)", each ending in a head word; the last item of a list "A, B and C". */
function enParts(s: string, start: number, end: number, name: string): Span[] {
  const parts: Span[] = [];
  let from = start;
  for (const j of name.matchAll(/,?\s+and\s+(?:the\s+)?/g)) {
    const cut = start + j.index;
    if (EN_KIND.test(s.slice(from, cut)) && EN_HEAD_ANY.test(s.slice(cut + j[0].length, end))) {
      parts.push({ start: from, end: cut });
      from = cut + j[0].length;
    }
  }
  parts.push({ start: from, end });
  // The last item of a list "A, B and C": split at its last "and" when the run follows a comma.
  const last = parts[parts.length - 1]!;
  if (parts.length === 1 && /,\s*(?:the\s+)?$/.test(s.slice(Math.max(0, last.start - 6), last.start))) {
    const run = s.slice(last.start, last.end);
    const j = [...run.matchAll(/\s+and\s+(?:the\s+)?(?=[A-Z])/g)].pop();
    if (j && EN_HEAD_PLURAL.test(run.slice(0, j.index)) && EN_KIND.test(run) && run.slice(j.index + j[0].length).split(/\s+/).length >= 2) {
      parts.splice(0, 1, { start: last.start, end: last.start + j.index }, { start: last.start + j.index + j[0].length, end: last.end });
    }
  }
  return parts;
}

const GENERIC_PARTNERS = /^(?:Strategic|Global|Key|Industry|Industrial|Business|Trading|Channel|Clinical|Research|Commercial|Development|Local|International|Other|Founding|Managing|Senior|Limited|General|Academic|Technology|Cooperation|Implementing|Ecosystem)\s+Partners$/;
const ADDRESS_BEFORE = /\b(?:Unit|Room|Rm\.?|Suite|Flat|Floor|Level|\d+(?:st|nd|rd|th)\s+Floor)\s*[\dA-Z][\dA-Z-]*,?\s*$/;
const LEGAL_FORM_ONLY = /^\s*(?:Limited|Ltd\.?|Inc\.?|Corporation)$/;
const BRACKETED_LEGAL_TAIL = /^\s*\([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\)\s*(?:Co\.,?\s*Ltd\.?|Company\s+Limited|Limited|Ltd\.?|Inc\.?|Corporation)/;
const LAW_AFTER = /^\s+(?:Act|Law|Bill|Ordinance|Regulations?)\b/;
const PUBLICATION_AFTER = /^\s+(?:Bulletin|Newsletter|Weekly|Daily|Review|Insights?|Digest|Monitor|Wire|Briefing|Journal|Times|Tracker)\b/;

/** One part as a mention: a known body inside the run ends the name before it; a gerund heading is no name. */
function enPartMention(s: string, whole: Span, taken: Span[], startsWithPlace: (name: string) => boolean): OrgMention | undefined {
  // "the University of Hong Kong and the Centre for …": a known name inside the run, then "and", is a list's first item.
  const first = taken.filter((t) => t.end > whole.start && t.end < whole.end).map((t) => ({ t, and: /^,?\s+and\s+(?:the\s+)?/.exec(s.slice(t.end, whole.end)) })).find((x) => x.and);
  const part = first ? { start: first.t.end + first.and![0].length, end: whole.end } : whole;
  // (A known body's name with its legal form after it, "… of The Stock Exchange of Hong Kong Limited", ends there too.)
  const body = taken.find((t) => t.start > part.start && t.start < part.end && (t.end >= part.end || LEGAL_FORM_ONLY.test(s.slice(t.end, part.end))));
  let pe = part.end;
  if (body) {
    const cutAt = /(?:\s*,)?\s+(?:and|or|of|for|the|\s)*$/.exec(s.slice(part.start, body.start));
    pe = cutAt ? part.start + cutAt.index : body.start;
    if (!EN_KIND.test(s.slice(part.start, pe))) return undefined;
  }
  // "Nuvance Biotech (Shanghai) Co., Ltd.": the place in brackets and the legal form after it are part of the name.
  const legal = pe === part.end ? BRACKETED_LEGAL_TAIL.exec(s.slice(pe, pe + 40)) : null;
  if (legal) pe += legal[0].length;
  const pname = s.slice(part.start, pe);
  if (pname.split(/\s+/).length < 2) return undefined;
  // "works with Strategic Partners": a kind of partner, not a firm's name.
  if (GENERIC_PARTNERS.test(pname)) return undefined;
  // "China Life Sciences Bulletin", "Asia Biotech Weekly": the start of a publication's name, no organisation; "the
  // Advanced Regenerative Bio Act": the start of a law's.
  if (PUBLICATION_AFTER.test(s.slice(pe, pe + 14)) || LAW_AFTER.test(s.slice(pe, pe + 14))) return undefined;
  // "the Guangzhou International Bio Island": the start of a place's name, no company ("Bio" is no head there).
  if (/^\s+(?:Island|Town|City|Valley|Port|Harbou?r)\b/.test(s.slice(pe, pe + 10))) return undefined;
  // "Unit 3802, Harbour Finance Centre": a building in an address, not an organisation.
  if (ADDRESS_BEFORE.test(s.slice(Math.max(0, part.start - 24), part.start))) return undefined;
  // "Relaxing Market Access Restrictions for …": a heading led by a gerund is not a name.
  // (A Chinese firm's romanised name may end in -ing: "Kangming Biopharma Co., Ltd.".)
  if (/^[A-Z][a-z]{3,}ing\s/.test(pname) && !startsWithPlace(pname) && !PINYIN_TWO.test(pname.split(/\s/)[0]!)) return undefined;
  const head = EN_KIND.exec(pname)?.[0] ?? '';
  const kind = EN_HEAD_KIND.find(([re]) => re.test(head))?.[1] ?? 'organization';
  return { start: part.start, end: pe, name: pname, kind };
}

/** Chinese names by their head word (医院, 大学, 有限公司 …), each extended left over name characters. */
function chineseByHead(s: string, taken: Span[], startsWithPlace: (name: string) => boolean, out: OrgMention[], inside: (a: number, b: number) => boolean): void {
  let prev: Span | undefined;
  for (const m of s.matchAll(ZH_HEAD_RE)) {
    const end = m.index + m[0].length;
    // The head word of a known name (香港大学): that name is found already, and what follows it is its own part.
    if (taken.some((t) => m.index >= t.start && end <= t.end)) continue;
    // (集团) inside a name: not where the name ends.
    if (s[end] === ')' && s[m.index - 1] === '(') continue;
    let start = zhNameStart(s, m.index, end, prev?.end ?? 0, taken, startsWithPlace);
    // A relation word after a name (X有限公司全资子公司) is no part of it, nor of the name after it (…子公司Y有限公司);
    // a name written before it without a suffix (华东医药全资子公司) is the parent company.
    if (relationWord(s, m[0], m.index, start, end, startsWithPlace, out, inside)) {
      prev = { start, end };
      continue;
    }
    // Right after another name: "X医院附属…", "X医院干细胞…基地" continue it; "…国家Y库" starts a new one (同 is "with",
    // but 同济 a name).
    if (prev && start === prev.end && !/子公司$/.test(s.slice(prev.start, prev.end))) {
      const seg = s.slice(start, end);
      // 附属/附设 continue a name; so does a university's hospital in a city (香港大学深圳医院, 北京大学深圳医院).
      const cityHospital = /大学$/.test(s.slice(prev.start, prev.end)) && /医院$/.test(seg) && seg.length <= 8;
      if (/^附[属设]/.test(seg) || cityHospital || (!/^(?:国家|中国|中华|国际|全国|与|和|及|同(?!济))/.test(seg) && !ZH_UNIT_VERB.test(seg) && !startsWithPlace(seg))) start = prev.start;
    }
    const unitOf = knownUnit(s, start, end, taken, startsWithPlace, out, inside);
    if (unitOf !== undefined) {
      prev = { start: unitOf, end };
      continue;
    }
    prev = { start, end };
    let name = s.slice(start, end);
    const lead = ZH_LEAD.exec(name);
    if (lead) {
      name = name.slice(lead[0].length);
      start += lead[0].length;
    }
    // 该院日前取得华东医药股份有限公司: a verb of getting or granting inside the run ends what leads into the name.
    const verb = GRANT_VERB_INSIDE_ZH.exec(name);
    if (verb && name.length - verb.index - verb[0].length >= 4) {
      start += verb.index + verb[0].length;
      name = name.slice(verb.index + verb[0].length);
    }
    if (ZH_GENERIC.test(name)) continue;
    // 中大医学院, 港大李嘉诚医学院: a faculty of a university named by its short form (X大).
    const short = !name.endsWith('学院') || /^附[属设]/.test(s.slice(end, end + 2)) ? null : ZH_SHORT_FACULTY.exec(name);
    if (short) {
      start += short.index;
      name = short[0];
    }
    // 建设东北亚区域干细胞资源库, 建设国家级…检验中心: a facility the text proposes to build, described by its reach (国家,
    // 区域), has no name yet (建设上海细胞治疗临床研究中心 names one).
    if (PLANNED_BEFORE_ZH.test(s.slice(Math.max(0, start - 4), start)) && PLANNED_FACILITY_ZH.test(name) && /^国家|区域/.test(name)) continue;
    // 「玲瓏醫學美容中心」: a name Hong Kong or Taiwan news sets in corner brackets is a proper name, whatever it opens
    // with (mainland “区域细胞制备中心”是指… quotes a term being defined).
    const quoted = QUOTE_OPEN.test(s.charAt(start - 1)) && QUOTE_CLOSE.test(s.charAt(end));
    if ((!short && zhNotAName(name, m[0], quoted ? () => true : startsWithPlace)) || inside(start, end)) continue;
    // A longer name that continues after this head (同济大学附属东方医院…基地) replaces the shorter one later.
    out.push({ start, end, name, kind: zhKindOf(name) });
  }
}

/**
 * 子公司/分公司 as the head (X有限公司全资子公司, 华东医药全资子公司, 娇生台湾分公司): a relation word after a name, no part of
 * it; a place's branch is the acting company, and a name before it without a suffix the parent. Whether the head was one.
 */
function relationWord(s: string, head: string, at: number, start: number, end: number, startsWithPlace: (name: string) => boolean, out: OrgMention[], inside: (a: number, b: number) => boolean): boolean {
  const rel = head === '公司' && (s[at - 1] === '子' || s[at - 1] === '分') ? /(?:全资|控股|参股)?[子分]公司$/.exec(s.slice(start, end)) : null;
  if (!rel) return false;
  const parent = s.slice(start, end - rel[0].length).replace(ZH_LEAD, '');
  const from = end - rel[0].length - parent.length;
  // 娇生台湾分公司, 罗氏上海分公司: a company's branch in a place is named so (the branch, not its parent, acts here).
  if (rel[0] === '分公司' && placeBranch(parent, startsWithPlace) && !inside(from, end)) {
    out.push({ start: from, end, name: s.slice(from, end), kind: 'company', rule: 'span.org.branch.zh' });
    return true;
  }
  // A place alone before 分公司 is the branch's place, no parent company; right after a company's full name
  // (中国太平洋财产保险股份有限公司上海分公司) the branch is named whole.
  const company = rel[0] === '分公司' && parent.length <= 3 && startsWithPlace(parent) ? out.find((o) => o.end === from && /(?:有限公司|集团)$/.test(o.name)) : undefined;
  if (company) {
    company.end = end;
    company.name = s.slice(company.start, end);
    return true;
  }
  if (/^\p{Script=Han}{2}/u.test(parent) && !(parent.length <= 3 && startsWithPlace(parent)) && !ZH_GENERIC.test(parent) && !/^(?:公司|全资|控股|参股|子公司|旗下|下属)/u.test(parent) && !ZH_NOT_A_STOCK_NAME.test(parent) && !inside(from, from + parent.length)) out.push({ start: from, end: from + parent.length, name: parent, kind: 'company', rule: 'span.org.market-context.zh' });
  return true;
}

/**
 * A unit of a hospital or university already known (台北荣民总医院细胞治疗中心主任X): the unit is named with it. The known
 * name's start when the head was such a unit.
 */
function knownUnit(s: string, start: number, end: number, taken: Span[], startsWithPlace: (name: string) => boolean, out: OrgMention[], inside: (a: number, b: number) => boolean): number | undefined {
  // (港大干细胞研究中心: a university known by its short name too.)
  const known = start > 0 && /[院学大华旦]/.test(s[start - 1]!) ? taken.find((t) => t.end === start && (/(?:医院|大学|学院|研究院|研院)$/.test(s.slice(t.start, t.end)) || UNIVERSITY_SHORT_ZH.test(s.slice(t.start, t.end)))) : undefined;
  if (!known) return undefined;
  const unit = s.slice(start, end);
  // 华中科技大学同济医学院: a named faculty of a university is an organisation of its own (not when it only says whose a
  // hospital is: X大学Y医学院附属Z医院 is the hospital's name).
  const knownName = s.slice(known.start, known.end);
  const faculty = ((/大学$/.test(knownName) && (ZH_FACULTY.test(unit) || ZH_SCHOOL_IN_FACULTY.test(unit))) || (/医学院$/.test(knownName) && ZH_SCHOOL.test(unit))) && !/^附[属设]/.test(s.slice(end, end + 2));
  if (ZH_UNIT_VERB.test(unit) || !(faculty || /^[\p{Script=Han}]{2,10}(?:中心|研究所|研究院|实验室)$/u.test(unit) || (/大学$/.test(knownName) && /^[\p{Script=Han}]{2,6}医院$/u.test(unit) && startsWithPlace(unit)))) return undefined;
  if (!inside(known.start, end)) out.push({ start: known.start, end, name: s.slice(known.start, end), kind: zhKindOf(unit) });
  return known.start;
}

/** A company's short name and a place after it (娇生台湾, 辉瑞中国): what a branch office is named. */
// …and a full company name with the place after it (中国太平洋财产保险股份有限公司上海): the branch of that company.
const placeBranch = (name: string, startsWithPlace: (name: string) => boolean): boolean =>
  [2, 3].some((k) => name.length >= k + 2 && startsWithPlace(name.slice(-k)) && (!startsWithPlace(name.slice(0, 2)) || /(?:有限公司|集团)$/.test(name.slice(0, -k))) && !ZH_GENERIC.test(name.slice(0, -k)) && !/^(?:公司|全资|控股|本|该|其)/u.test(name));

/** Where a Chinese name ending at a head word starts: left over name characters, not into a state body, not past
 *  `floor` (the previous name's head), not over a clause verb. */
function zhNameStart(s: string, at: number, end: number, floor: number, taken: Span[], startsWithPlace: (name: string) => boolean): number {
  let start = at;
  while (start > floor && end - start < 30) {
    const ch = s[start - 1]!;
    // 协和 (中源协和, 北京协和医院) is a name, not 'and'.
    // 铂生卓越生物科技(北京)有限公司, 复星医药(集团): a place or 集团 in brackets inside a company's name.
    const bracket = ch === ')' ? /\((?:[\p{Script=Han}]{2,4})\)$/u.exec(s.slice(Math.max(floor, start - 7), start)) : null;
    if (bracket && /公司|集团/.test(s.slice(start, end))) {
      start -= bracket[0].length;
      continue;
    }
    // 珠海和康制药有限公司: 和 right after a place, inside a company's name, is a name's character too.
    const nameHe = ch === '和' && (s[start - 2] === '协' || (/公司|集团/.test(s.slice(start, end)) && !startsWithPlace(s.slice(start, end)) && [2, 3].some((n) => start - 1 - n >= floor && startsWithPlace(s.slice(start - 1 - n, start - 1)))));
    // 中大医学院内科及药物治疗学系, 台大医院基因及细胞治疗中心: a department's or unit's name joins its fields with 及 right
    // after its faculty, university or hospital.
    const fieldJoin = (ch === '及' || ch === '和') && /学系$|学院$|中心$/.test(s.slice(start, end)) && taken.some((t) => t.end < start - 1 && start - 1 - t.end <= 6 && /(?:医学院|大学|医院)$/.test(s.slice(t.start, t.end)) && /^\p{Script=Han}+$/u.test(s.slice(t.end, start - 1)));
    if (ZH_STOP.test(ch) && !nameHe && !fieldJoin) break;
    // 机构有X医院、Y医院: 有 after a noun opens a list of names (有研 starts one: no noun before it).
    if (ch === '有' && /[构位业院们中还已均仅只尚共]/.test(s[start - 2] ?? '') && s[start] !== '限') break;
    // 我市/本省X医院: the writer's own city or province is no part of the name.
    if ((ch === '市' || ch === '省' || ch === '区' || ch === '县') && (s[start - 2] === '我' || s[start - 2] === '本')) break;
    // 企业与复旦大学: 与 joins two parties when a whole name follows it (研究与应用中心 is one name).
    if (ch === '与' && (startsWithPlace(s.slice(start, end)) || /^[\p{Script=Han}]{2,8}(?:大学|医院|公司|集团)$/u.test(s.slice(start, end)))) break;
    if (taken.some((t) => start - 1 >= t.start && start - 1 < t.end)) break;
    // A clause verb right before ends the name (资源库落地同济大学, 医院建设上海…中心).
    if (start - 2 >= floor && zhVerbBefore(s, start, startsWithPlace)) break;
    start--;
  }
  return start;
}

/** A Chinese candidate that is no proper name: too short, generic, a count, a form word, a company's relation. */
// Short forms that open a university's unit's name (中大医学院, 港大…实验室): a test of a name's shape, not of identity. It
// is not built from the gazetteer's aliases because most of these name several universities (中大: CUHK, Sun Yat-sen;
// 科大: HKUST, USTC, MUST; 交大, 南大 …) and so can be no one entry's alias; the unambiguous ones (港大) are aliases there too.
const UNIVERSITY_SHORT_ZH = /^(?:中大|港大|北大|清华|浙大|川大|城大|理大|浸大|岭大|科大|交大|复旦|厦大|武大|南大)(?!型|学|\p{Script=Han}?(?:公司|集团))/u;

const CLINIC_HEAD_ZH = /^(?:诊所|门诊部)$/;
function zhNotAName(name: string, head: string, startsWithPlace: (name: string) => boolean): boolean {
  if ([...name].length < 4 || ZH_GENERIC.test(name)) return true;
  // 桃园诊所违规…, 「韩国医美诊所同款」: a clinic named by its place and kind alone is a kind of clinic, no name.
  if (CLINIC_HEAD_ZH.test(head)) {
    const place = [2, 3, 4].find((k) => startsWithPlace(name.slice(0, k)));
    if (place !== undefined && (name.length === place + head.length || ZH_GENERIC.test(name.slice(place)))) return true;
  }
  // Precision: a proper name starts with a place, 国家/中国/国际, or is a university/affiliated institution.
  // (中大再生医学研究中心, 港大…实验室: a university's short name opens it.)
  if (!/^(?:国家|中国|中华|中央|国际|全国|[A-Za-z])/.test(name) && !/大学|附属|公司|集团|联盟|学会|协会|基金会|事务所|.{2}国际医院/.test(name) && !UNIVERSITY_SHORT_ZH.test(name) && !startsWithPlace(name)) return true;
  if (/若干|首家|一批|多家|耗资|不含|遵循|实现|区域性|各级|有关|相关|[一二三四五六七八九十百千两几数\d]+家/.test(name)) return true;
  // 生技医药公司, 细胞治疗公司, 医疗机构合作研发公司: a kind of company named by its sector's words, no name.
  if (SECTOR_ONLY.test(name)) return true;
  // 国内细胞治疗公司, 境外药企: a kind of company by where it is, no name.
  if (/^(?:国内|国外|境内|境外|本土|全球|海外|岛内|省内|市内|区内|当地|本地)/.test(name)) return true;
  // A filing's form words (上柜公司, 请输入本公司, 为保障公司…权益): a company's status or a verb's object, no name.
  if (ZH_NOT_A_COMPANY.test(name) || /^\d/.test(name)) return true;
  // 本公司控股子公司, 该公司: the writer's or a named company's relations, not names.
  if (/^(?:本|该|其|此|[A-Za-z.]+(?=控股|子公司))/.test(name) || name === head) return true;
  // A site's menu run together (首页　协会概况 → 首页协会): no name.
  if (/^(?:首页|主页|网站首页|当前位置)/.test(name)) return true;
  // A listing announcement's defined terms (「本公司」, 统称「本集团」, 买卖本公司股份) stand for the issuer the page names.
  if (/本(?:公司|集团|集團)|[「」『』]/u.test(name)) return true;
  // 全资子公司, 公司旗下子公司, 附属公司: a company's relation to another, not a name.
  return /^(?:公司|全资|控股|参股|子公司|旗下|下属|附[属屬]公司)/.test(name);
}

// Names led by their head word: "the University of Hong Kong", "the Chinese University of Hong Kong", "Academy of
// Military Medical Sciences". The name runs over capitalised words; "and" continues it only when no "the" follows
// ("Science and Technology"), since "…, A and the B" lists names.
// Associations likewise ("Hong Kong Society of Cellular Therapy", "Alliance for Regenerative Medicine").
const ASSOCIATION_FIRST = 'Society|Association|Federation|Alliance|Foundation|Consortium';
const HEAD_FIRST_EN = new RegExp(`(?<![A-Za-z])((?:[A-Z][a-z]+\\s+){0,3}(?:(?:University|Academy|Institute|College|Hospital|Laboratory|${ASSOCIATION_FIRST})\\s+of|(?:Cent(?:re|er)|Institute|Laboratory|${ASSOCIATION_FIRST})\\s+for)\\s+[A-Z][A-Za-z-]+(?:\\s+(?:(?:and|of|for|&)\\s+(?!the\\b))?[A-Z][A-Za-z-]+){0,6})`, 'g');
const HEAD_FIRST_ANY = new RegExp(`(?:University|Academy|Institute|College|Hospital|Laboratory|${ASSOCIATION_FIRST})\\s+of\\s+[A-Z]|(?:Centre|Institute|Laboratory|${ASSOCIATION_FIRST})\\s+for\\s+[A-Z]|Center\\s+for\\s+(?!Drug\\s+Evaluation|Food\\s+and\\s+Drug|Drug\\s+Reevaluation|Medical\\s+Device|Health\\s+Statistics|Disease)[A-Z]`);
const ASSOCIATION_KIND = new RegExp(`(?:${ASSOCIATION_FIRST})\\s+(?:of|for)\\s`);

const SECOND_INSTITUTION = /\s+and\s+(?=(?:[A-Z][\w-]*\s+){1,5}(?:Hospital|University|College|Institute|Academy|Cent(?:er|re))$)/;

function headFirst(s: string, out: OrgMention[], taken: Span[]): void {
  if (!HEAD_FIRST_ANY.test(s)) return;
  for (const m of s.matchAll(HEAD_FIRST_EN)) {
    const led = m[1]!.replace(/^(?:The|In|At|By|For|From|With|And|Both)\s+/, '').replace(ruleById('span.org.not-a-name-lead.en').pattern, '');
    const start = m.index + m[1]!.length - led.length;
    // "the First Affiliated Hospital of Xiamen University and Xiamen Zhongshan Hospital": a second institution after "and"
    // (its own head word last) is not part of this name.
    const second = SECOND_INSTITUTION.exec(led);
    const name = second ? led.slice(0, second.index) : led;
    const end = start + name.length;
    // A state body's own name ("Institute of X of the Ministry"), or inside a longer name already found: not another.
    if (taken.some((t) => start >= t.start && end <= t.end) || out.some((o) => o.rule === 'span.org.head-first.en' && start >= o.start && end <= o.end)) continue;
    // A name found by its tail head that runs on from this one ("Chinese University of Hong Kong and the Hong Kong
    // Science and Technology Parks Corporation") keeps only what follows "and (the)"; its wrongly split tail
    // ("… Science" + "Technology Parks Corporation") is joined again.
    let overlapped = false;
    for (const o of out) {
      if (o.start > start || o.end <= end || o.start >= end) continue;
      const rest = /^(?:\s*,)?\s+and\s+(?:the\s+)?/.exec(s.slice(end, o.end));
      overlapped = true;
      if (!rest) continue;
      o.start = end + rest[0].length;
      const next = out.find((p) => p.start > o.end && /^\s+and\s+$/.test(s.slice(o.end, p.start)));
      if (next && !EN_KIND.test(s.slice(o.start, o.end))) {
        o.end = next.end;
        o.kind = next.kind;
        out.splice(out.indexOf(next), 1);
      }
      o.name = s.slice(o.start, o.end);
    }
    if (!overlapped && out.some((o) => start >= o.start && end <= o.end)) continue;
    out.push({ start, end, name, kind: /Hospital/.test(name) ? 'hospital' : /University|College/.test(name) ? 'university' : ASSOCIATION_KIND.test(name) ? (/Alliance|Consortium/.test(name) ? 'alliance' : /Foundation/.test(name) ? 'foundation' : 'association') : 'research_centre', rule: 'span.org.head-first.en' });
  }
}

// Listed companies in market news go by their stock names, without a legal suffix: "华邦健康在互动平台表示",
// "济民健康旗下…", "公司参股企业河北生命原点是…". The context says they are companies.
const ZH_MARKET_HINT = /互动平台|旗下|参股|控股子公司|全资子公司|公告称|发布公告|\d\.(?:HK|SH|SZ|BJ)\b|家(?:企业|公司|药企|业者|厂商)/u;
// A listed company by what it does on the market (华东医药当日亦发布公告称) or by its stock code (科济药业-B（02171.HK）).
const ZH_MARKET_SUBJECT = /(?:^|[，。；：:,;\s])(?<name>[\p{Script=Han}A-Za-z]{2,6}?)(?:(?:当日|当天|同日|今日|昨日|晚间|日前|近日)?(?:亦|也|同时)?(?:在(?:投资者)?互动平台(?:上)?(?:表示|回复|称)|公告称|发布公告)|旗下|(?:-[A-Z]{1,2})?\s*\(\s*(?:股票代码[:：]\s*)?\d{4,6}\.(?:HK|SH|SZ|BJ)\s*\))/gu;
// A list closed by its count of companies (复星凯特、药明巨诺和科济药业三家企业): each item is one.
const ZH_COMPANY_LIST = /(?<list>(?:[\p{Script=Han}A-Za-z]{2,8}、)+[\p{Script=Han}A-Za-z]{2,8}(?:和|及|与|、)[\p{Script=Han}A-Za-z]{2,8}?)(?:等)?(?:[两二三四五六七八九十]|\d{1,2})家(?:企业|公司|药企|生物医药企业|业者|厂商)/gu;
const ZH_MARKET_HOLDING = /(?:参股企业|参股公司|控股子公司|全资子公司|旗下企业|旗下公司)(?<name>[\p{Script=Han}A-Za-z]{2,8}?)(?=是|为|已|主要|在|[，,。；])/gu;
const ZH_NOT_A_STOCK_NAME = /^(?:公司|本公司|该公司|我公司|企业|该企业|集团|其|我们|双方|各方|多家|相关|上市公司|相关上市公司)$|^(?:该|本|其|此|这)/u;

// What follows a company's short name in business news (its post-holder, stock code, share price).
const ZH_SHORT_NAME_HINT = /董事长|总经理|执行长|首席执行官|创办人|创始人|董事会主席|总裁|股价|[（(]\s*(?:股票代码[:：]\s*)?[\dx]{4,6}|的[^，。]{2,14}(?:注射液|仑赛)|的\p{Script=Han}{2,8}\s*\([A-Z][a-z]|的(?:CAR|TCR)-/u;

/** 禾新生技董事长X, 瑞升医药（6123）: a short name closed by a sector word, before its post-holder, code or price. */
function zhShortNames(s: string, out: OrgMention[], inside: (a: number, b: number) => boolean): void {
  for (const m of s.matchAll(globalPattern('span.org.company-short-name.zh'))) {
    const name = m.groups!.name ?? m.groups!.name2!;
    const start = m.index;
    if (ZH_GENERIC.test(name) || ZH_NOT_A_STOCK_NAME.test(name) || /[首款项个种类批]|^(?:国内|国产|全球|我国|自主|公司|企业|医院|患者)/u.test(name) || inside(start, start + name.length) || out.some((o) => start < o.end && start + name.length > o.start)) continue;
    out.push({ start, end: start + name.length, name, kind: 'company', rule: 'span.org.company-short-name.zh' });
  }
}

function companiesByMarketContext(s: string, out: OrgMention[], inside: (a: number, b: number) => boolean): void {
  for (const re of [ZH_MARKET_SUBJECT, ZH_MARKET_HOLDING]) {
    for (const m of s.matchAll(re)) {
      const name = m.groups!.name!;
      if (ZH_NOT_A_STOCK_NAME.test(name)) continue;
      const start = m.index + m[0].indexOf(name);
      if (inside(start, start + name.length) || out.some((o) => start < o.end && start + name.length > o.start)) continue;
      out.push({ start, end: start + name.length, name, kind: 'company', rule: 'span.org.market-context.zh' });
    }
  }
  for (const m of s.matchAll(ZH_COMPANY_LIST)) {
    let at = m.index + m[0].indexOf(m.groups!.list!);
    for (const [i, item] of m.groups!.list!.split(/[、和及与]/u).entries()) {
      // The first item starts after the verb that opens the list (国内已有X、Y…).
      const name = i === 0 ? item.replace(/^.*(?:有|包括|如|即|是|为)|^(?:与|和|同|联合|携手)/u, '') : item;
      if (name.length < 2) continue;
      const start = s.indexOf(name, at);
      at = start + name.length;
      if (ZH_NOT_A_STOCK_NAME.test(name) || inside(start, at) || out.some((o) => start < o.end && at > o.start)) continue;
      out.push({ start, end: at, name, kind: 'company', rule: 'span.org.market-context.zh' });
    }
  }
}

const APPROVAL_RECEIVED_HINT = /\b(?:secured|received|obtained|won|gained|got)\s/;

/** The companies a plural company noun lists ("enterprises, including A, B and C"), each one; not a state body. */
function companyLists(s: string, taken: Span[]): OrgMention[] {
  if (!/\b(?:including|such\s+as|like|among\s+them)\s+[A-Z]/.test(s)) return [];
  const out: OrgMention[] = [];
  for (const m of s.matchAll(globalPattern('span.org.company-list.en'))) {
    let at = m.index + m[0].length - m.groups!.list!.length;
    for (const raw of m.groups!.list!.split(/\s*,\s*(?:and\s+)?|\s+and\s+/)) {
      // The sentence's full stop is not part of the last name (an abbreviation's is: "Acme Inc.").
      const item = /(?:Inc|Ltd|Co|Corp)\.$/.test(raw) ? raw : raw.replace(/\.$/, '');
      const start = s.indexOf(item, at);
      at = start + item.length;
      if (item.length < 3 || taken.some((t) => start < t.end && at > t.start)) continue;
      out.push({ start, end: at, name: item, kind: 'company', rule: 'span.org.company-list.en' });
    }
  }
  return out;
}

// Places a company is said to be of ("a Beijing company", "a Hong Kong firm"): no company's name.
const placeOnly = (name: string): boolean => /^(?:Beijing|Shanghai|Tianjin|Chongqing|Shenzhen|Guangzhou|Hangzhou|Suzhou|Nanjing|Wuhan|Chengdu|Hong\s+Kong|Macao|Macau|Taiwan|Taipei|China|Chinese|Japanese|Korean|American|European|U\.S\.|US|UK|Singapore|Hainan|Jiangsu|Zhejiang|Guangdong)$/.test(name);

/** Companies named without a legal suffix where a company noun says what they are ("drugmaker X", "a X company"). */
function companiesByNoun(s: string, out: OrgMention[], inside: (a: number, b: number) => boolean): void {
  // Only where a company noun is followed by a capitalised word ("firm Acme", "a Zeta Bio company").
  if (!/(?:[a-z]-based|firm|company|drugmaker|maker|biotech|partner|subsidiary|developer|manufacturer|consultancy|brokerage|provider|bank|(?:[Aa]nalysts?|[Ee]conomists?|[Ss]trategists?)\s+(?:at|from)|(?:developed|made|manufactured|marketed|produced|invented|established)\s+by|[a-z]\s+&)\s+[A-Z]|['’]s\s+(?:[A-Z]{2,5}-?[A-Z]?\d|[a-z]+(?:cel|gene|vec|mab|cept)\b)|\b(?:approved|approves|approve|cleared|clears|clear|authori[sz]ed|accepted|rejected|greenlit|greenlights)\s+[A-Z][^\s']*(?:\s+[A-Z][^\s']*){0,3}['’]s\b|\srights\b|\ba\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+company\b/.test(s) && !(APPROVAL_RECEIVED_HINT.test(s) && /approval|clearance|authori[sz]ation|\bnod\b|green\s+light/.test(s))) return;
  for (const id of ['span.org.company-noun.en', 'span.org.a-name-company.en', 'span.org.developer.en', 'span.org.based.en', 'span.org.ampersand.en', 'span.org.approval-holder.en', 'span.org.approved-possessive.en', 'span.org.rights-holder.en']) {
    for (const m of s.matchAll(globalPattern(id))) {
      // ("made by Hsinchu-based X Co.": the maker's name after where it is based.)
      const name = (m.groups!.name ?? m.groups!.name2!).replace(/[.,]+$/, '').replace(BASED_LEAD, '');
      // "its injection HX-MSC01 has received approval": a product's code; "a Beijing company": a place.
      if (/^[A-Z]{1,6}-?[A-Z]*\d/.test(name) || placeOnly(name)) continue;
      const start = m.index + m[0].lastIndexOf(name);
      if (inside(start, start + name.length) || out.some((o) => start < o.end && start + name.length > o.start)) continue;
      out.push({ start, end: start + name.length, name, kind: 'company', rule: id });
    }
  }
}

// Words after a company's distinctive name that its short form drops (legal form, sector, group).
const EN_COMPANY_TAIL = /^(?:Co\.?|Ltd\.?|Inc\.?|Limited|Company|Corporation|Corp\.?|Group|Holdings|Biotherapeutics|Therapeutics|Biotech(?:nology)?|Pharma(?:ceuticals?)?|Biopharma(?:ceuticals?)?|Bio(?:sciences?|logics|medical)?|Sciences|Life|Cell|Cells|Gene|Therapy|Therapies|Medical|Medicine|Technology|Technologies|Health(?:care)?|International|Global)$/;

/**
 * The short form an English-language company goes by after its full name ("Lumora Biotherapeutics Co., Ltd." →
 * Lumora, "Shanghai Qihang Cell Therapeutics" → Qihang): its words before the legal form and sector words, without a
 * leading place. Undefined when nothing distinctive is left.
 */
export function companyShortName(name: string, startsWithPlace: (n: string) => boolean): string | undefined {
  if (/\p{Script=Han}/u.test(name)) return undefined;
  const words = name.replace(/[(),]/g, ' ').split(/\s+/).filter((w) => w && !/^the$/i.test(w));
  while (words.length > 1 && EN_COMPANY_TAIL.test(words[words.length - 1]!)) words.pop();
  if (words.length > 1 && startsWithPlace(words[0]!)) words.shift();
  const short = words.join(' ');
  if (short === name || words.length > 2 || short.length < 4 || !/^[A-Z]/.test(short) || EN_COMPANY_TAIL.test(short) || startsWithPlace(short)) return undefined;
  return short;
}

/** Keeps the longest of names that start at the same place; keeps "X附属Y" parts (X is named too). */
// A hospital's unit named after it: 细胞治疗中心, 血液科, 干细胞研究所, 重点实验室.
export const HOSPITAL_UNIT_ZH = /^[\p{Script=Han}]{1,12}(?:中心|科|研究所|实验室)$/u;
function dedupe(list: OrgMention[]): OrgMention[] {
  const sorted = [...list].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: OrgMention[] = [];
  for (const o of sorted) {
    const same = out.find((p) => p.start === o.start);
    if (same) {
      // A shorter name inside a longer one: kept when it is an institution of its own (X附属Y of X附属Y医院Z中心).
      // A university named only to say whose a hospital is (X大学附属Y医院) is not named as an organisation of its own.
      // So is a hospital named before one of its units (X医院细胞治疗中心: X医院 too).
      // (A university before its lab or centre likewise: 慈濟大學幹細胞實驗室.)
      if (o.name.includes('附属') || (/(?:医院|大学)$/.test(o.name) && HOSPITAL_UNIT_ZH.test(same.name.slice(o.name.length)))) out.push(o);
      continue;
    }
    out.push(o);
  }
  return out;
}
