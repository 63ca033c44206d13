// Actor and place mentions in one sentence: gazetteer names, plus state bodies composed from a region and a
// body type ("Shenzhen Municipal Bureau of Finance", 北京市商务局, "Standing Committee of the X People's
// Congress", "the Center for Drug Evaluation of the NMPA"), plus zones named by their head word.
import { localBody as gazetteerBody, type GazetteerEntry } from '../gazetteer/index.ts';
import { BODY_BY_SLUG, BODY_TYPES, type BodyType } from './bodies.ts';
import type { LexMatch, Lexicon } from './lexicon.ts';
import { scripts, type Found } from './registry.ts';
import { escapeRegExp } from '../regex.ts';
import { idSlug, subUnitId } from './ids.ts';
import { globalPattern, ruleById } from './rules/index.ts';
import { ZONE_HEADS_ZH } from './rules/bodies.ts';
import { zhHeadKind } from './organizations.ts';

export interface Mention {
  start: number;
  end: number;
  found: Found;
  /** The larger body this one is stated to be part of in the same phrase. */
  parent?: Found;
  /** The parent appears in the text (emit it as an entity too). */
  parentNamed?: boolean;
  /** Gazetteer entry behind it, when any. */
  entry?: GazetteerEntry;
  /** Named here only as the larger body of the one before it ("… of the NMPA"): not an actor of its own. */
  parentOnly?: boolean;
  /** The body was found without its region ("the Municipal Health Commission") and took it from context. */
  contextual?: boolean;
  /** A place read inside a body's name (江苏省药品监督管理局): the page names the body, not the place. */
  inBodyName?: boolean;
}

const esc = (s: string): string => escapeRegExp(s).replace(/'/g, "['’]?").replace(/ /g, '\\s+');
const byLen = (a: string, b: string): number => b.length - a.length;

interface BodyForm { form: string; body: BodyType }
const EN_FORMS: BodyForm[] = BODY_TYPES.flatMap((b) => b.en.map((form) => ({ form, body: b }))).sort((a, b) => byLen(a.form, b.form));
const ZH_FORMS: BodyForm[] = BODY_TYPES.flatMap((b) => b.zh.map((form) => ({ form, body: b }))).sort((a, b) => byLen(a.form, b.form));
const EN_BODY_ALT = EN_FORMS.map((f) => esc(f.form)).join('|');
const ZH_BODY_ALT = ZH_FORMS.map((f) => esc(f.form)).join('|');
// First words / characters that can follow a region name in a composed body name (cheap pre-checks).
const EN_FIRST = new Set([...EN_FORMS.map((f) => f.form.split(/\s+/)[0]!.toLowerCase().replace(/'.*$/, '')), 'provincial', 'municipal', 'municipality', 'city', 'province', 'district', 'county', 'autonomous', 'special', 'people']);
const ZH_FIRST = new Set([...ZH_FORMS.map((f) => f.form.charAt(0)), '省', '市', '区', '县', '自', '特', '地', '第', ...'一二三四五六七八九十']);
const enKey = (s: string): string => s.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ');
const EN_BODY_BY_FORM = new Map<string, BodyType>();
for (const f of EN_FORMS) if (!EN_BODY_BY_FORM.has(enKey(f.form))) EN_BODY_BY_FORM.set(enKey(f.form), f.body);
const ZH_BODY_BY_FORM = new Map<string, BodyType>();
for (const f of ZH_FORMS) if (!ZH_BODY_BY_FORM.has(f.form)) ZH_BODY_BY_FORM.set(f.form, f.body);
export const enBody = (s: string): BodyType | undefined => EN_BODY_BY_FORM.get(enKey(s));
const zhBody = (s: string): BodyType | undefined => ZH_BODY_BY_FORM.get(s);

const LEVEL_WORD = "(?:\\s+(?:Provincial|Municipal|Municipality|City|Province|District|County|Autonomous\\s+Region|Special\\s+Administrative\\s+Region|Special\\s+Economic\\s+Zone))?";
const RIGHT_EN = new RegExp(`^${LEVEL_WORD}(?:\\s+(?:Provincial|Municipal))?\\s+(${EN_BODY_ALT})\\b`, 'i');
// "Yunnan's drug regulator", "Guangdong's health commission": a province's or city's body after its possessive, by its
// name's words or by what news call it (bodies.ts roleEn).
const ROLE_BODY_EN = new Map(BODY_TYPES.flatMap((b) => (b.roleEn ?? []).map((r) => [r, b] as const)));
const ROLE_ALT_EN = [...ROLE_BODY_EN.keys()].map(esc).join('|');
/** A body type by its name's words or by what news call it. */
const roleOrBody = (w: string): BodyType | undefined => ROLE_BODY_EN.get(w.toLowerCase().replace(/\s+/g, ' ')) ?? enBody(w);
const POSSESSIVE_EN = new RegExp(`^['’]s\\s+(?:(?:provincial|municipal|city|local|top)\\s+)?(${ROLE_ALT_EN}|${EN_BODY_ALT})\\b(?!['’]s\\s+(?:office|department|division|centre|center)\\b)`, 'i');
const POSSESSIVE_PLACE_KINDS = new Set(['province', 'autonomous_region', 'municipality', 'city', 'prefecture', 'district', 'county']);
const LEFT_EN = new RegExp(`(?:^|[^A-Za-z])(${EN_BODY_ALT})\\s+(?:of|for)\\s+(?:the\\s+)?(?:\\d+(?:st|nd|rd|th)\\s+)?$`, 'i');
const AFTER_REGION_EN = /^\s+(?:Province|Municipality|City|Autonomous Region)\b/;
const CPPCC_COMMITTEE_AFTER_EN = /^\s+(?:(?:Provincial|Municipal|City|District|County|Prefectural|Autonomous\s+Regional)\s+)?Committee\b(?!\s+of\b)/;
// 海南省第七届人民代表大会常务委员会, 广东省六届人大: the term number (第 may be left out) sits between the region and the body.
const TERM_ZH = '(?:第?[一二三四五六七八九十]{1,3}届)';
const PARTY_BY_LEAD = new Map(BODY_TYPES.flatMap((b) => (b.zhLead ?? []).map((l) => [l, b] as const)));
const PARTY_LEAD_ZH = new RegExp(`(?:${[...PARTY_BY_LEAD.keys()].sort(byLen).join('|')})$`, 'u');
const PARTY_COMMITTEE_AFTER_ZH = /^(?:省|市|区|县|自治区)?(?:委员会|委(?![员托]))/u;
const SHORT_FORM_ACTS_EN = /^(?:['’]s\b|\s*[,.;:)]|\s+(?:said|says|told|has|have|had|was|is|will|would|issued|released|announced|approved|granted|fined|launched|published|ordered|director|deputy|chief|head|officials?|spokes(?:man|woman|person)|inspectors?)\b)/;
const CPPCC_BEFORE_ZH = /(?:中国人民政治协商会议|政协)$/u;
const CPPCC_COMMITTEE_AFTER_ZH = new RegExp(`^(?:省|市|区|县|自治区)?${TERM_ZH}?委员会`, 'u');
// 臺北市政府衛生局: a Taiwan (or Hong Kong-style) city government's department is written with 政府 before it.
const RIGHT_ZH = new RegExp(`^(?:省|市|区|县|自治区|特别行政区|地区)?${TERM_ZH}?(?:政府(?=\\p{Script=Han}{0,8}[局处]))?(${ZH_BODY_ALT})`, 'u');
// ("the city's science and technology bureau": a news wording of 市科技局.)
const CONTEXT_EN = new RegExp(`\\b(Municipal|Provincial|municipal|provincial|Autonomous\\s+Region(?:al)?|[Cc]ity['’]s|[Pp]rovince['’]s)\\s+(${ROLE_ALT_EN}|${EN_BODY_ALT})\\b(?!['’]s\\s+(?:office|department|division|centre|center)\\b)`, 'yi');

const LEVEL_AT = /[Mm]unicipal|[Pp]rovincial|[Aa]utonomous\s+[Rr]egion|(?<=\b[Tt]he\s+)(?:[Cc]ity|[Pp]rovince)['’]s/g;
// 省/市/自治区 + a body, after a clause boundary, a table cell's edge or a linking word (商省卫生健康委; not the tail of a place name: 吉林省人民政府;
// nor a body's inner unit: 市政府督查室, 省卫生健康委医政处, but 省市场监管局查处/处罚/依法处置/处理 is the body acting; its general office is one, below).
// Its general office (省政府办公厅) is composed after it (localGeneralOffice).
const CONTEXT_ZH = new RegExp(`(?:^|[\\s|，,。；、：:（(由和与及经向对将会同在于合商据交求请报送函询入到给被按受])(自治区|省|市)${TERM_ZH}?(${ZH_BODY_ALT})(?!(?!查处|惩处)[\\p{Script=Han}]{0,2}[司处](?![罚理置分])|(?!办公)\\p{Script=Han}{2}室)`, 'gu');
const HAN_AT = /\p{Script=Han}/u;
const OF_TAIL = /\s(?:of|for)\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?$/i;
const GO_LEFT_EN = ruleById('span.body.general-office.en').pattern;
const GO_RIGHT_EN = /^\s+General\s+Office\b/i;
const SC_LEFT_EN = ruleById('span.body.standing-committee.en').pattern;
const SC_RIGHT_EN = /^\s+Standing\s+Committee\b/i;
const OF_THE = /^\s*\)?\s*(?:\([^)]{1,12}\)\s*)?(?:of|under)\s+(?:the\s+)?$/i;
const SUB_LEFT_EN = ruleById('span.body.sub-body-of.en').pattern;
const SUB_RIGHT_ZH = ruleById('span.body.sub-body.zh').pattern;

export function regionLevel(kind: string): string {
  if (['country', 'union', 'continent', 'world_region'].includes(kind)) return 'foreign';
  if (['province', 'municipality', 'autonomous_region', 'sar', 'region', 'taiwan'].includes(kind)) return 'provincial';
  if (['city', 'prefecture', 'autonomous_prefecture', 'league', 'free_trade_zone', 'ftz_area', 'zone', 'special_zone'].includes(kind)) return 'municipal';
  return 'district';
}

function levelWord(region: GazetteerEntry): string {
  const k = region.kind;
  if (k === 'province' || k === 'autonomous_region') return 'Provincial ';
  if (k === 'municipality' || k === 'city' || k === 'prefecture') return 'Municipal ';
  return '';
}

const isCountry = (r: GazetteerEntry): boolean => r.kind === 'country' || r.kind === 'union';

// Our body types → the gazetteer's slugs (its reference nodes carry JURISDICTION and PART_OF in the graph).
const GAZ_SLUG: Record<string, string> = {
  'government/general-office': 'general-office', congress: 'peoples-congress',
  'congress/standing-committee': 'peoples-congress-standing-committee', cppcc: 'cppcc-committee',
  'cppcc/standing-committee': 'cppcc-standing-committee', 'economy-information': 'economy-information-technology',
  'medical-products-administration': 'medical-products', 'medical-insurance': 'healthcare-security',
  'talent-work': 'talent-work-bureau', 'institute-for-drug-control': 'drug-control-institute',
  'work-office': 'ftz-work-office', 'management-committee': 'administrative-committee',
};

const bodyCache = new Map<string, GazetteerEntry | null>();

/** The state body of a region: an id that does not depend on language or wording. */
export function localBody(region: GazetteerEntry, body: BodyType): Found {
  const gslug = GAZ_SLUG[body.slug] ?? body.slug;
  const key0 = `${region.id}|${gslug}`;
  let known = bodyCache.get(key0);
  if (known === undefined) {
    known = gazetteerBody(region.id, gslug) ?? null;
    bodyCache.set(key0, known);
  }
  if (known) return entryFound(known);
  const key = `${region.id.replace(/^region:/, '').toLowerCase()}`;
  const foreign = isCountry(region);
  const name = foreign
    ? body.slug === 'government' ? `Government of ${region.name}` : `${region.name} ${body.display}`
    : body.slug === 'government/general-office'
      ? `General Office of the ${region.name} ${levelWord(region)}People's Government`
      : body.slug === 'congress/standing-committee'
        ? `Standing Committee of the ${region.name} ${levelWord(region)}People's Congress`
        : body.slug === 'cppcc'
          ? `${region.name} ${levelWord(region)}Committee of the CPPCC`
          : body.slug === 'cppcc/standing-committee'
            ? `Standing Committee of the ${region.name} ${levelWord(region)}Committee of the CPPCC`
            : body.slug === 'management-committee' || body.slug === 'work-office'
              ? `${body.display} of ${region.name}`
              : `${region.name} ${levelWord(region)}${body.display}`;
  const zhBase = region.nameZh ?? '';
  const zhForm = body.zh[0];
  const nameZh = zhBase && zhForm ? (body.zhLead?.at(-1) ?? '') + zhBase + (body.slug === 'cppcc' ? '政协' : zhForm) : undefined;
  const out: Found = {
    id: `agency:${key}/${gslug}`,
    label: 'Agency',
    name,
    kind: body.kind,
    level: foreign ? 'foreign' : regionLevel(region.kind),
  };
  if (nameZh) out.nameZh = nameZh;
  return out;
}

const PARENT_OF: Record<string, string> = {
  'government/general-office': 'government',
  'congress/standing-committee': 'congress',
  'cppcc/standing-committee': 'cppcc',
};

/** The region's body of a type named by its slug ('management-committee', 'cppcc'), if that type exists. */
export function localBodyFor(region: GazetteerEntry, slug: string): Found | undefined {
  const b = BODY_BY_SLUG.get(slug);
  return b ? localBody(region, b) : undefined;
}

export function entryFound(e: GazetteerEntry): Found {
  const f: Found = { id: e.id, label: e.label, name: e.name, aliases: e.aliases, kind: e.kind };
  if (e.nameZh) f.nameZh = e.nameZh;
  if (e.level) f.level = e.level;
  if (e.code) f.code = e.code;
  return f;
}

/** Picks among same-named gazetteer entries: one whose region the document names, else national, else first. */
export type Chooser = (entries: GazetteerEntry[]) => GazetteerEntry;

export interface SentenceMentions {
  mentions: Mention[];
}

/**
 * Finds actor and place mentions in a normalised sentence. `contextRegion` gives the region for bodies named
 * without one ("the Municipal Finance Bureau").
 */
export function findMentions(
  s: string,
  lex: Lexicon,
  choose: Chooser,
  contextRegion: (before: number, kinds?: readonly string[]) => GazetteerEntry | undefined,
  children: Map<string, GazetteerEntry[]> = new Map(),
  /** lex.match(s), when the caller has it already. */
  matched?: LexMatch[],
  /** A home name met away from its place's pages (spans/regions.ts awayName): no mention. */
  awayName: (entries: GazetteerEntry[], surface: string) => boolean = () => false,
): Mention[] {
  const raw = (matched ?? lex.match(s)).filter((m) => !awayName(m.entries, s.slice(m.start, m.end)));
  const out: Mention[] = [];
  gazetteerMentions(s, raw, choose, children, lex, out);
  generalOffices(s, out, children);
  subBodies(s, out);
  statedParents(s, out);
  contextualBodies(s, out, contextRegion, lex);
  if (OF_LOCAL_UNIT_HINT.test(s)) localUnitsEn(s, out);
  if (s.includes('专家委员会')) expertCommittees(s, out, contextRegion);
  unknownZones(s, out);
  if (s.includes('(')) {
    if (ABBREVIATED_ZH_HINT.test(s)) bracketedBodies(s, out);
    bracketedBodiesEn(s, out);
  }
  return otherNamesInBrackets(s, withoutNamesInsideComposed(out));
}

const overlapping = (out: Mention[], a: number, b: number): boolean => out.some((m) => a < m.end && b > m.start);

/** Gazetteer names: places (with the body type written after or before them: a local body), agencies and sub-bodies. */
function gazetteerMentions(s: string, raw: LexMatch[], choose: Chooser, children: Map<string, GazetteerEntry[]>, lex: Lexicon, out: Mention[]): void {
  for (let k = 0; k < raw.length; k++) {
    const m = raw[k]!;
    if (m.end - m.start <= 2 && !bareZhNameStands(s, m, raw[k - 1], raw[k + 1])) continue;
    const entry = choose(m.entries);
    if (notThisName(s, m, entry, out)) continue;
    if (entry.label === 'Region') regionMentions(s, m, entry, children, out);
    else namedBodyMention(s, m, entry, lex, out);
  }
}

/** A place: a free-trade zone named by its province in brackets, a local body (the place and its body type), or the place. */
function regionMentions(s: string, m: LexMatch, entry: GazetteerEntry, children: Map<string, GazetteerEntry[]>, out: Mention[]): void {
  // "(天津)自贸试验区": a free-trade zone named by its province in brackets, without 中国.
  const ftz = bracketedFtz(s, m, entry, children);
  if (ftz) {
    out.push({ start: m.start - 1, end: ftz.end, found: entryFound(ftz.entry), entry: ftz.entry });
    return;
  }
  // Region + body type → a local body.
  const local = /\p{Script=Han}/u.test(s.slice(m.start, m.end)) ? localBodyZh(s, m) : localBodyEn(s, m, entry);
  if (local) {
    const parts = wrap(s, local.start, local.end, local.body, entry);
    out.push(...parts);
    // The region inside the body's name is kept for what reads it (whose body, which place), marked: alone it is no
    // place the page names.
    if (!parts.some((p) => p.found.label === 'Region')) out.push({ start: m.start, end: m.end, found: entryFound(entry), entry, inBodyName: true });
    return;
  }
  // 海南日报, 广西新闻网, 江西电视台: a newspaper, site or station named after its place: the place stays as context (the
  // paper's 省政协 is its province's), not as a place the page names.
  const outlet = /^(?:日报|晚报|早报|商报|都市报|新闻网|电视台|广播电视台|卫视)/u.test(s.slice(m.end, m.end + 5));
  out.push({ start: m.start, end: m.end, found: entryFound(entry), entry, ...(outlet ? { inBodyName: true } : {}) });
}

/** Where a local body's name runs around a place's, and its body type. */
interface LocalBodyAt { body: BodyType; start: number; end: number }

/** 上海市卫生健康委员会: the body type written right after a Chinese place name. */
function localBodyZh(s: string, m: LexMatch): LocalBodyAt | undefined {
  const after = s.slice(m.end);
  // 政协厦门市第十四届委员会, 中国人民政治协商会议杭州市委员会: the CPPCC written before the place, its committee (and term) after.
  const lead = CPPCC_BEFORE_ZH.exec(s.slice(Math.max(0, m.start - 12), m.start));
  const committee = lead ? CPPCC_COMMITTEE_AFTER_ZH.exec(after) : null;
  if (committee) return { body: BODY_BY_SLUG.get('cppcc')!, start: m.start - lead![0].length, end: m.end + committee[0].length };
  const party = PARTY_LEAD_ZH.exec(s.slice(Math.max(0, m.start - 10), m.start));
  const partyCommittee = party ? PARTY_COMMITTEE_AFTER_ZH.exec(after) : null;
  if (partyCommittee) return { body: PARTY_BY_LEAD.get(party![0])!, start: m.start - party![0].length, end: m.end + partyCommittee[0].length };
  const r = ZH_FIRST.has(after.charAt(0)) ? RIGHT_ZH.exec(after) : null;
  const body = r?.[1] ? zhBody(r[1]) : undefined;
  return body ? { body, start: m.start, end: m.end + r![0].length } : undefined;
}

/** "Shanghai Municipal Health Commission", "Health Commission of Shanghai Municipality": the body type after the place,
 *  else before it. */
function localBodyEn(s: string, m: LexMatch, entry: GazetteerEntry): LocalBodyAt | undefined {
  const after = s.slice(m.end);
  const before = s.slice(Math.max(0, m.start - 90), m.start);
  const w = /^\s+([A-Za-z]+)/.exec(after);
  const r = w && EN_FIRST.has(w[1]!.toLowerCase()) ? RIGHT_EN.exec(after) : null;
  // The costly left pattern only when the text right before reads "… of (the)".
  // "Management Committee of Chengdu High-tech Industrial Development Zone": the body of the zone named after the
  // city (composed with the zone later), not the city's.
  const l = !r && OF_TAIL.test(before) && !ZONE_AFTER_PLACE_EN.test(after) ? LEFT_EN.exec(before) : null;
  // ("SHANGHAI – China's drug regulator": a dateline's place read with its country is not whose the body is.)
  const own = !r && POSSESSIVE_PLACE_KINDS.has(entry.kind ?? '') && !/[,–—]|\s-\s/.test(s.slice(m.start, m.end)) ? POSSESSIVE_EN.exec(after) : null;
  if (own?.[1]) {
    const body = roleOrBody(own[1]);
    return body ? { body, start: m.start, end: m.end + own[0].length } : undefined;
  }
  if (r?.[1]) {
    const body = enBody(r[1]);
    // "the Ningbo AMR's director", "Guangdong MPA said": a short form only as a body acts ("Shanghai AMR surveillance
    // data" is antimicrobial resistance).
    if (/^[A-Z]+$/.test(r[1]) && !SHORT_FORM_ACTS_EN.test(after.slice(r[0].length))) return undefined;
    return body ? { body, start: m.start, end: m.end + r[0].length } : undefined;
  }
  // "the (13th) CPPCC Zhejiang Provincial Committee": the CPPCC written before the place, its committee after it.
  const cppcc = /CPPCC\s+$/.test(before) ? CPPCC_COMMITTEE_AFTER_EN.exec(after) : null;
  if (cppcc) return { body: BODY_BY_SLUG.get('cppcc')!, start: m.start - (before.length - before.lastIndexOf('CPPCC')), end: m.end + cppcc[0].length };
  if (!l?.[1]) return undefined;
  const body = enBody(l[1]);
  const a = AFTER_REGION_EN.exec(after);
  return body ? { body, start: m.start - (before.length - before.lastIndexOf(l[1])), end: a ? m.end + a[0].length : m.end } : undefined;
}

/** A known agency or organisation, with the parent its name states. */
function namedBodyMention(s: string, m: LexMatch, entry: GazetteerEntry, lex: Lexicon, out: Mention[]): void {
  // 华中科技大学同济医学院附属协和医院: a hospital's short name (协和医院) after another university's 附属 is that
  // university's hospital, not the known one of that short name (whose full names would have matched).
  if (entry.label === 'Organization' && s.slice(Math.max(0, m.start - 2), m.start) === '附属') return;
  // A known sub-body named with its parent in one name ("Science and Education Department of the National
  // Health Commission", 国家卫健委科教司): the name states what it is part of.
  const parent = entry.label === 'Agency' && entry.partOf ? parentNamedIn(s.slice(m.start, m.end), entry.partOf, lex) : undefined;
  out.push({ start: m.start, end: m.end, found: entryFound(entry), entry, ...(parent ? { parent: entryFound(parent), parentNamed: true } : {}) });
}

/**
 * Names that are not mentions of the entry: an abbreviation in brackets right after another name (財團法人醫藥品查驗中心
 * （CDE）: that centre's, not the mainland CDE); a body's name in a website's (人民政协网); a place in a document number
 * written in pinyin ("Yu Wei Jian Han [2025] No. 73").
 */
function notThisName(s: string, m: LexMatch, entry: GazetteerEntry, out: Mention[]): boolean {
  if (/[(（]\s*$/.test(s.slice(Math.max(0, m.start - 2), m.start)) && /^\s*[)）]/.test(s.slice(m.end)) && !/\p{Script=Han}/u.test(s.slice(m.start, m.end))) {
    const before = out[out.length - 1];
    if (before && before.found.id !== entry.id && before.found.label !== 'Region' && /^\s*[(（]\s*$/.test(s.slice(before.end, m.start))) return true;
  }
  // 人民政协网, 人民政协频道, 人民政协报, 行政院公报: a publication or channel named after a body, not the body.
  if (entry.label === 'Agency' && /^(?:网(?!站|上|络|页|址)|频道|公报|报(?![告道送批备名])|杂志)/u.test(s.slice(m.end, m.end + 2))) return true;
  // 政协要闻, 人大动态: a site's section named by a short body name (a menu item), not that body.
  if (entry.label === 'Agency' && m.end - m.start <= 3 && /^(?:要闻|动态|资讯|快讯|专题|视点|新闻(?!发言|发布))/u.test(s.slice(m.end, m.end + 4))) return true;
  // 总统, 经济部 alone are Taiwan's, 科学园 Hong Kong's; after another place's name (美国总统, 德国经济部, 苏州科学园) or 副 they
  // are someone else.
  const place = BARE_NAME_PLACE[entry.id];
  // 竹南科學園區: a science park zone of another place, not Hong Kong's 科學園.
  if (place && /园$/.test(s.slice(m.start, m.end)) && s.charAt(m.end) === '区') return true;
  if (place && m.end - m.start <= 3) {
    const prev = out[out.length - 1];
    if (s.charAt(m.start - 1) === '副' || (prev?.end === m.start && prev.found.label === 'Region' && prev.found.id !== place)) return true;
  }
  // 武汉协和医院: a known institution's short Chinese name right after another place's name is another institution
  // (its own place would have made the full name match).
  if (entry.label === 'Organization' && entry.nameZh !== s.slice(m.start, m.end) && /\p{Script=Han}/u.test(s.charAt(m.start))) {
    const prev = out[out.length - 1];
    if (prev?.end === m.start && prev.found.label === 'Region' && prev.found.kind !== 'country') return true;
  }
  // "Boao Ruijin Hospital": a known institution's name with a capitalised word written before it (a place, a
  // branch) is another institution's name.
  if (entry.label === 'Organization' && s.charCodeAt(m.start - 1) === 32 && PREFIXED_KNOWN_NAME.test(s.slice(Math.max(0, m.start - 30), m.start))) return true;
  // "BioPharma Dive Asia", "Asia CGT Insights": a continent inside a run of capitalised words is a masthead's or a
  // brand's name, no place a text targets.
  if (entry.label === 'Region' && (entry.kind === 'continent' || entry.kind === 'world_region') && !/\p{Script=Han}/u.test(s.slice(m.start, m.end))) {
    if (REGION_INSIDE_A_NAME.test(s.slice(Math.max(0, m.start - 30), m.start)) || /^\s[A-Z][A-Za-z]*[A-Z]|^\s(?!(?:And|Or|The|In|On|For|To|As|By)\b)[A-Z][a-z]+\b(?!['’])/.test(s.slice(m.end, m.end + 20))) return true;
  }
  // 02171.HK, 600276.SH: a stock code's market suffix names no place; nor does a product code's prefix (HK-001, SH-102).
  if (entry.label === 'Region' && s.charCodeAt(m.start - 1) === 46 && /\d/.test(s.charAt(m.start - 2))) return true;
  if (entry.label === 'Region' && /^-?\d/.test(s.slice(m.end, m.end + 2)) && /^[A-Z]{2,3}$/.test(s.slice(m.start, m.end))) return true;
  // "Su Yuan Guan Gui Zi [2025] No. 8": a pinyin syllable of a document number names no place (a zone's full name does).
  return entry.label === 'Region' && m.end - m.start <= 8 && s.includes('No') && PINYIN_DOC_NUMBER.test(s.slice(Math.max(0, m.start - 30), m.start + 60));
}
const BARE_NAME_PLACE: Record<string, string> = { 'agency:cn-tw/president': 'region:CN-TW', 'agency:cn-tw/moea': 'region:CN-TW', 'region:zone/hk-science-park': 'region:CN-HK' };
const PREFIXED_KNOWN_NAME = ruleById('span.org.prefixed-known-name.en').pattern;
const REGION_INSIDE_A_NAME = ruleById('span.region.inside-a-name.en').pattern;
const PINYIN_DOC_NUMBER = /\b(?:[A-Z][a-z']{0,5}\s+){1,5}[A-Z][a-z']{0,5}\s*[\[〔(]\s*(?:19|20)\d{2}\s*[\]〕)]\s*No\.?\s*\d/;

/** "General Office(s) of the A (and the B)": the general office of each, part of it. */
function generalOffices(s: string, out: Mention[], children: Map<string, GazetteerEntry[]>): void {
  const nat = out.filter((m) => m.entry && m.found.label === 'Agency').sort((a, b) => a.start - b.start);
  for (let i = 0; i < nat.length; i++) {
    const a = nat[i]!;
    const go = /(?:^|[^A-Za-z])General\s+[Oo]ffices?\s+of\s+(?:the\s+)?$/.exec(s.slice(Math.max(0, a.start - 40), a.start));
    if (!go) continue;
    const targets = [a];
    if (/[Oo]ffices/.test(go[0])) {
      const b = nat[i + 1];
      if (b && /^\s*(?:,|and)\s+(?:the\s+)?$/i.test(s.slice(a.end, b.start))) targets.push(b);
    }
    for (const t of targets) {
      const child = (children.get(t.found.id) ?? []).find((c) => c.kind === 'general_office');
      if (!child) continue;
      const f = entryFound(child);
      const start = t === a ? a.start - go[0].length + (go[0].startsWith('G') ? 0 : 1) : t.start;
      out.push({ start, end: t.end, found: f, parent: t.found, parentNamed: true, entry: child });
      t.parentOnly = true;
    }
  }

}

// 省药监局药品生产监管处, 省药品监督管理局第三检查分局, 市卫健委科教科: a unit of a local body named right after it.
const LOCAL_UNIT_ZH = /^((?!有关|相关|各|该|其他|下属|所属|内设)[^\s的了和与及、，,。；;：:等发印要求对在是将为以向由从()《》“”]{2,10}?(?:(?<![查惩判论])处(?![罚理置分长])|科(?![技学研长员])|检查分局|分局|科室))/u;
function localUnitZh(s: string, m: Mention, out: Mention[]): void {
  const u = LOCAL_UNIT_ZH.exec(s.slice(m.end, m.end + 14));
  if (!u || overlapping(out, m.end, m.end + u[1]!.length)) return;
  const found: Found = { id: `${m.found.id}/${committeeSlug(u[1]!)}`, label: 'Agency', name: u[1]!, nameZh: `${m.found.nameZh ?? ''}${u[1]}`, kind: 'department', level: m.found.level ?? 'municipal', rule: 'span.body.local-unit.zh' };
  out.push({ start: m.start, end: m.end + u[1]!.length, found, parent: m.found, parentNamed: true });
}

/** "X of the Y", "Y 的 X": a sub-body of a national agency named before it (EN) or right after it (ZH). */
function subBodies(s: string, out: Mention[]): void {
  for (const m of [...out]) {
    if (m.found.label !== 'Agency') continue;
    if (m.found.level !== 'national' && HAN_AT.test(s.charAt(m.end))) localUnitZh(s, m, out);
    // A local body composed from its region (浙江省卫生健康委员会) has no gazetteer entry: only its general office.
    if (!m.entry) {
      // "the Zhejiang MPA's Drug Registration Division": a local body's unit after its possessive, as a known body's (a
      // government's bureaus are bodies of their own, composed by type: "the SAR government's Health Bureau").
      if ((s.charCodeAt(m.end) === 39 || s.charCodeAt(m.end) === 8217) && !m.found.id.endsWith('/government')) possessiveSubBody(s, m, out);
      // 温州市公安局鹿城区分局: a city bureau's branch in one of its districts, as a national body's office in a place.
      if (HAN_AT.test(s.charAt(m.end))) localOffice(s, m, out);
      localGeneralOffice(s, m, out);
      congressCommittee(s, m, out);
      congressCommitteeEn(s, m, out);
      continue;
    }
    const before = s.slice(Math.max(0, m.start - 100), m.start);
    const sub = OF_TAIL.test(before) || /\sat\s+(?:the\s+)?$/.test(before) ? SUB_LEFT_EN.exec(before) : null;
    if (sub?.[1] && !overlapping(out, m.start - (before.length - before.lastIndexOf(sub[1])), m.start - 4)) {
      const words = sub[1].replace(/\s*\([A-Z]{2,8}\)$/, '').replace(/^(?:The|the)\s+/, '');
      if (words.split(/\s+/).length >= 2) {
        const subStart = m.start - (before.length - before.lastIndexOf(sub[1]));
        const found: Found = {
          id: subUnitId(m.found.id, words),
          label: 'Agency', name: `${words} of the ${m.found.name}`, aliases: [words], kind: 'department', level: m.found.level ?? 'national',
        };
        out.push({ start: subStart, end: m.end, found, parent: m.found, parentNamed: true });
      }
    }
    if (s.charCodeAt(m.end) === 39 || s.charCodeAt(m.end) === 8217) possessiveSubBody(s, m, out);
    if (m.found.level === 'national' && HAN_AT.test(s.charAt(m.end))) localOffice(s, m, out);
    const zh = HAN_AT.test(s.charAt(m.end)) ? SUB_RIGHT_ZH.exec(s.slice(m.end, m.end + 12)) : null;
    // 医事司刘越萍司长: a name and the post after it (司长), no department of its own.
    const namePost = zh?.[1] && zh[1].length <= 4 && /^司长/.test(s.slice(m.end + zh[1].length - 1, m.end + zh[1].length + 1));
    if (zh?.[1] && !namePost && /\p{Script=Han}/u.test(s.slice(m.start, m.end)) && !overlapping(out, m.end, m.end + zh[1].length)) {
      // (Its name in both scripts: a Taiwan or Hong Kong page writes 藥品組, the normalised text 药品组.)
      const found: Found = {
        id: `${m.found.id}/${committeeSlug(zh[1])}`, label: 'Agency', name: zh[1], nameZh: `${m.found.nameZh ?? ''}${zh[1]}`, aliases: scripts(zh[1]),
        kind: 'department', level: m.found.level ?? 'national',
      };
      out.push({ start: m.start, end: m.end + zh[1].length, found, parent: m.found, parentNamed: true });
    }
  }

}

// A unit of a local body named before "of (the)" it, in capitals or in news's lower case: "the Science and Education Division
// of the Qinghai Provincial Health Commission", "an official with the medical administration division of the provincial
// health commission". (A gazetteer body's units are subBodies'.)
const OF_LOCAL_UNIT_HINT = /\b(?:[Dd]ivision|[Dd]epartment|[Oo]ffice|[Bb]ureau|[Ss]ection|[Cc]ent(?:er|re))\s+of\b/;
const UNIT_LOWER_EN = /\bthe\s+((?:(?!(?:general|head|chief|deputy|director|of|the|and)\b)[a-z]+\s+(?:and\s+)?){1,5}(?:division|department|office|bureau|section|cent(?:er|re)))\s+of\s+(?:the\s+)?$/;

function localUnitsEn(s: string, out: Mention[]): void {
  for (const m of [...out]) {
    if (m.found.label !== 'Agency' || m.entry || m.parent || !/^[A-Za-z]/.test(s.slice(m.start, m.end))) continue;
    // (A zone's committee's bureaus are the zone's own bodies: "Public Service Bureau of the Xiong'an … Committee".)
    if (m.found.id.startsWith('agency:zone/')) continue;
    const before = s.slice(Math.max(0, m.start - 100), m.start);
    if (!OF_TAIL.test(before)) continue;
    const sub = SUB_LEFT_EN.exec(before) ?? UNIT_LOWER_EN.exec(before);
    const written = sub?.[1]?.replace(/^(?:The|the)\s+/, '');
    if (!written || written.split(/\s+/).length < 2 || /^General\s+Office$/i.test(written)) continue;
    const subStart = m.start - (before.length - before.lastIndexOf(written));
    if (overlapping(out.filter((o) => o !== m), subStart, m.start - 1)) continue;
    const words = written.replace(/\b[a-z]/g, (c) => c.toUpperCase()).replace(/\b(And|Of|For)\b/g, (w) => w.toLowerCase());
    const found: Found = {
      id: subUnitId(m.found.id, words),
      label: 'Agency', name: `${words} of the ${m.found.name}`, aliases: [words], kind: 'department', level: m.found.level ?? 'municipal',
    };
    out.push({ start: subStart, end: m.end, found, parent: m.found, parentNamed: true });
  }
}

// What a national body calls its office in a place (国家金融监督管理总局上海监管局, 国家药监局华南检查分局 is the gazetteer's).
const LOCAL_OFFICE_ZH = /^(?:省|市|自治区)?(?:监管局|监管分局|分局|监管办公室|监管办|办事处|特派员办事处|管理部)/;

/** 国家金融监督管理总局上海监管局: a national body's office in a place, named with both; the national body is only
 *  whose it is. */
function localOffice(s: string, m: Mention, out: Mention[]): void {
  const place = out.find((o) => o.start === m.end && o.found.label === 'Region');
  const tail = place ? LOCAL_OFFICE_ZH.exec(s.slice(place.end, place.end + 8)) : null;
  if (!place || !tail) return;
  const end = place.end + tail[0].length;
  const name = s.slice(m.start, end);
  const found: Found = {
    id: `${m.found.id}/${place.found.id.replace(/^region:/, '').toLowerCase()}`, label: 'Agency', name, nameZh: name, kind: 'local_office', level: regionLevel(place.found.kind ?? ''),
  };
  out.splice(out.indexOf(m), 1, { start: m.start, end, found });
}

/** "the NHSA's Department of Medical Services Management": a unit of a known agency named after its possessive. */
function possessiveSubBody(s: string, m: Mention, out: Mention[]): void {
  const sub = SUB_POSSESSIVE_EN.exec(s.slice(m.end, m.end + 160));
  const words = sub?.[1]?.replace(/,$/, '');
  if (!words || words.split(/\s+/).length < 2 || overlapping(out, m.end + 1, m.end + sub![0].length)) return;
  const found: Found = {
    id: subUnitId(m.found.id, words),
    label: 'Agency', name: `${words} of the ${m.found.name}`, aliases: [words], kind: 'department', level: m.found.level ?? 'national',
  };
  out.push({ start: m.start, end: m.end + sub![0].length, found, parent: m.found, parentNamed: true });
}
const SUB_POSSESSIVE_EN = ruleById('span.body.sub-body-possessive.en').pattern;

// A local people's congress, its standing committee, a local CPPCC committee: bodies whose committees are named after them.
const CONGRESS_BODY = /\/(?:peoples-congress|peoples-congress-standing-committee|cppcc-committee)$/;
const CONGRESS_COMMITTEE_ZH = ruleById('span.body.congress-committee.zh').pattern;
// A committee's short name, read as its full one (one id for both).
const COMMITTEE_FULL: Record<string, string> = { 法工委: '法制工作委员会' };
// Committees named in both languages: one id for 提案委员会 and "Proposal Committee".
const COMMITTEE_SLUG: Record<string, string> = { 提案委员会: 'proposal-committee', 'proposal committee': 'proposal-committee', 'committee for handling proposals': 'proposal-committee' };
const committeeSlug = (name: string): string => COMMITTEE_SLUG[name.toLowerCase()] ?? idSlug(name, 30);
// "Proposal Committee of the" right before a local congress or CPPCC committee: its committee.
const COMMITTEE_BEFORE_EN = /(?:^|[^A-Za-z])((?:[A-Z][a-z]+\s+(?:and\s+|for\s+)?){1,4}Committee)\s+of\s+(?:the\s+)?$/;

/** "the Proposal Committee of the CPPCC Zhejiang Provincial Committee": a local congress's or CPPCC's committee in English. */
function congressCommitteeEn(s: string, m: Mention, out: Mention[]): void {
  if (!CONGRESS_BODY.test(m.found.id) || HAN_AT.test(s.charAt(m.start))) return;
  const before = s.slice(Math.max(0, m.start - 60), m.start);
  const c = /of\s+(?:the\s+)?$/.test(before) ? COMMITTEE_BEFORE_EN.exec(before) : null;
  if (!c?.[1] || /^Standing\s/.test(c[1])) return;
  const start = m.start - (before.length - before.lastIndexOf(c[1]));
  if (overlapping(out, start, m.start - 1)) return;
  const found: Found = {
    id: `${m.found.id}/${committeeSlug(c[1])}`, label: 'Agency', name: `${c[1]} of the ${m.found.name}`, aliases: [c[1]], kind: 'committee', level: m.found.level ?? 'provincial',
  };
  out.push({ start, end: m.end, found, parent: m.found, parentNamed: true });
}

/** 市人大常委会法制工作委员会: a working committee of a local congress or CPPCC committee, named right after it. */
function congressCommittee(s: string, m: Mention, out: Mention[]): void {
  if (!CONGRESS_BODY.test(m.found.id) || !HAN_AT.test(s.charAt(m.end))) return;
  const c = CONGRESS_COMMITTEE_ZH.exec(s.slice(m.end, m.end + 12))?.[0];
  if (!c) return;
  // 上海市人大常委会法工委: the national congress's committee of that name (the gazetteer's 法工委) is not meant here.
  const national = out.findIndex((o) => o.start === m.end && o.end === m.end + c.length && o.found.id.startsWith('agency:cn/npc/'));
  if (national >= 0) out.splice(national, 1);
  if (overlapping(out, m.end, m.end + c.length)) return;
  const full = COMMITTEE_FULL[c] ?? c;
  const found: Found = {
    id: `${m.found.id}/${committeeSlug(full)}`, label: 'Agency', name: full, nameZh: `${m.found.nameZh ?? ''}${full}`,
    aliases: c === full ? [] : [c], kind: 'committee', level: m.found.level ?? 'provincial',
  };
  out.push({ start: m.start, end: m.end + c.length, found, parent: m.found, parentNamed: true });
}

/** 浙江省卫生健康委员会办公室 / 办公厅: the general office of a local body, named right after it; a government's
 *  information office (省政府新闻办, 市人民政府新闻办公室) likewise. */
function localGeneralOffice(s: string, m: Mention, out: Mention[]): void {
  const go = /^(?:办公室|办公厅)/.exec(s.slice(m.end, m.end + 3)) ?? (m.found.id.endsWith('/government') ? /^新闻办(?:公室)?/.exec(s.slice(m.end, m.end + 5)) : null);
  if (!go || overlapping(out, m.end, m.end + go[0].length)) return;
  const info = go[0].startsWith('新闻');
  const found: Found = {
    id: `${m.found.id}/${info ? 'information-office' : 'general-office'}`, label: 'Agency', name: `${info ? 'Information' : 'General'} Office of the ${m.found.name}`,
    nameZh: `${m.found.nameZh ?? ''}${info ? '新闻办公室' : go[0]}`, kind: info ? 'office' : 'general_office', level: m.found.level ?? 'provincial',
  };
  if (info) found.aliases = [s.slice(m.start, m.end + go[0].length)];
  out.push({ start: m.start, end: m.end + go[0].length, found, parent: m.found, parentNamed: true });
}

/** "X (ABBR) of the Y" where both are known: the text states X is part of Y. */
function statedParents(s: string, out: Mention[]): void {
  const agencies = out.filter((m) => m.found.label === 'Agency').sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < agencies.length; i++) {
    const a = agencies[i]!;
    const b = agencies[i + 1]!;
    if (a.parent || !a.entry || !b.entry) continue;
    if (a.entry.partOf === b.entry.id && OF_THE.test(s.slice(a.end, b.start))) {
      a.parent = b.found;
      a.parentNamed = true;
      b.parentOnly = true;
    }
  }

}

/** Bodies named without their region take the region in context. */
// "the Provincial People's Congress": a province-level region (not the municipality named last); "Municipal": a city's.
// "the Autonomous Region Health Commission" (machine translation of 自治区卫生健康委): the autonomous region in context.
const LEVEL_KINDS: Record<string, readonly string[]> = {
  provincial: ['province', 'autonomous_region'], municipal: ['city', 'prefecture', 'municipality'],
  'autonomous region': ['autonomous_region'], 'autonomous regional': ['autonomous_region'],
  "city's": ['city', 'prefecture', 'municipality'], "province's": ['province', 'autonomous_region'],
};

const ZH_LEVEL_KINDS: Record<string, readonly string[]> = {
  省: ['province', 'autonomous_region'], 自治区: ['autonomous_region'], 市: ['city', 'prefecture', 'municipality'],
};

function contextualBodies(s: string, out: Mention[], contextRegion: (before: number, kinds?: readonly string[]) => GazetteerEntry | undefined, lex: Lexicon): void {
  // Bodies named without their region: "the Municipal Health Commission" → the region in context.
  // Anchored at each level word (a sticky match there) rather than scanning the long alternation everywhere.
  for (const lw of s.matchAll(LEVEL_AT)) {
    CONTEXT_EN.lastIndex = lw.index;
    const c = CONTEXT_EN.exec(s);
    if (!c) continue;
    const start = c.index;
    const end = start + c[0].length;
    // "the autonomous region CPPCC": not the national CPPCC its tail names (as 省政协 below).
    const inner = out.filter((o) => o.entry && o.start >= start && o.end === end && o.end - o.start < end - start);
    if (overlapping(out.filter((o) => !inner.includes(o)), start, end)) continue;
    // Written in lower case (a machine translation's "the provincial people's government"): only after "the".
    if (/^[a-z]/.test(c[2]!) && !/\bthe\s+$/i.test(s.slice(Math.max(0, start - 5), start))) continue;
    const body = roleOrBody(c[2]!);
    const level = LEVEL_KINDS[c[1]!.toLowerCase().replace(/\s+/g, ' ').replace('’', "'")];
    // (An autonomous region's body only where one is in context; "the city's" only a city's.)
    const region = contextRegion(start, level) ?? (/^autonomous|['’]s$/i.test(c[1]!) ? undefined : contextRegion(start));
    if (!body || !region) continue;
    for (const o of inner) out.splice(out.indexOf(o), 1);
    // "the Standing Committee of the Provincial People's Congress": the wrapper named around it too.
    for (const m of wrap(s, start, end, body, region)) out.push({ ...m, contextual: true });
  }
  // 省药品监督管理局, 市人民政府 named without the place: the province / city in context.
  for (const c of /[省市]|自治区/.test(s) ? s.matchAll(CONTEXT_ZH) : []) {
    const start = c.index + c[0].length - c[1]!.length - c[2]!.length;
    const end = c.index + c[0].length;
    // 省政协: not the national 政协 its tail names.
    // 市政协提案委员会: nor the national body's committee read from its tail (congressCommittee names the city's below).
    for (let i = out.length - 1; i >= 0; i--) {
      const o = out[i]!;
      if (o.start >= start && ((o.end <= end && o.end - o.start < end - start) || (o.start > start && o.start < end && o.parentNamed))) out.splice(i, 1);
    }
    if (overlapping(out, start, end)) continue;
    const body = zhBody(c[2]!);
    let region = contextRegion(start);
    // Up to the level the word names: 省 a province-level region, 自治区 an autonomous region, 市 a city (or a municipality).
    const want = ZH_LEVEL_KINDS[c[1]!]!;
    for (let i = 0; region && !want.includes(region.kind ?? '') && i < 4; i++) region = region.partOf ? lex.byId.get(region.partOf) : undefined;
    // The place named last lies in no region of that level (粤港澳大湾区): the latest one of that level named before.
    if (!region || !want.includes(region.kind ?? '')) region = contextRegion(start, want);
    if (!body || !region) continue;
    const f = localBody(region, body);
    f.aliases = [c[0].slice(c[0].length - c[1]!.length - c[2]!.length)];
    const m: Mention = { start, end, found: f, contextual: true };
    out.push(m);
    if (HAN_AT.test(s.charAt(m.end))) localUnitZh(s, m, out);
    localGeneralOffice(s, m, out);
    congressCommittee(s, m, out);
  }
}

// A region's expert committee on a field (天津市干细胞临床研究专家委员会, 成立省体细胞临床研究专家委员会): a state advisory body of it.
const EXPERT_COMMITTEE_ZH = /^(?:省|市)?((?:(?!成立|设立|组建|委托|会同)[^\s，,。；;、：:“”"《》()（）的和与及在对会院局厅部]){2,16}?专家委员会)/u;
const EXPERT_AFTER_LEVEL_ZH = /(?:^|[\s|，,。；、：:（(由和与及经向对将会同在于合商据交求请报送函询立])(省|市)((?:(?!成立|设立|组建|委托|会同)[^\s，,。；;、：:“”"《》()（）的和与及在对会院局厅部]){2,16}?专家委员会)/gu;

function expertCommittees(s: string, out: Mention[], contextRegion: (before: number, kinds?: readonly string[]) => GazetteerEntry | undefined): void {
  const add = (region: GazetteerEntry, start: number, end: number, field: string): void => {
    // 天津市干细胞临床研究专家委员会: the national committee's name after a place is that place's committee.
    for (let i = out.length - 1; i >= 0; i--) if (out[i]!.found.label === 'Agency' && out[i]!.start >= start && out[i]!.end <= end && /expert-committee$/.test(out[i]!.found.id)) out.splice(i, 1);
    if (out.some((m) => m.found.label === 'Agency' && start < m.end && end > m.start)) return;
    const found: Found = {
      id: `agency:${region.id.replace(/^region:/, '').toLowerCase()}/${idSlug(field, 40)}`, label: 'Agency', name: `${region.nameZh ?? region.name}${field}`,
      nameZh: `${region.nameZh ?? ''}${field}`, aliases: [s.slice(start, end)], kind: 'expert_committee', level: regionLevel(region.kind),
    };
    out.push({ start, end, found });
  };
  // Right after a place named: 天津市 + 干细胞临床研究专家委员会.
  for (const m of [...out]) {
    if (m.found.label !== 'Region' || !m.entry) continue;
    const c = EXPERT_COMMITTEE_ZH.exec(s.slice(m.end, m.end + 24));
    if (c) add(m.entry, m.start, m.end + c[0].length, c[1]!);
  }
  // 北京市…共同组建干细胞临床研究专家委员会: the national committee's name written bare, where a province or city is in
  // context, is that place's committee.
  for (const m of [...out]) {
    if (m.found.label !== 'Agency' || !/expert-committee$/.test(m.found.id) || s.startsWith('国家', m.start) || !m.entry) continue;
    const region = contextRegion(m.start, ['province', 'municipality', 'autonomous_region', 'city', 'prefecture']);
    if (region) add(region, m.start, m.end, s.slice(m.start, m.end));
  }
  // 省/市 + the field: the province or city in context.
  for (const c of s.matchAll(EXPERT_AFTER_LEVEL_ZH)) {
    const start = c.index + c[0].length - c[1]!.length - c[2]!.length;
    const region = contextRegion(start, c[1] === '省' ? ['province', 'autonomous_region'] : ['city', 'prefecture', 'municipality']);
    if (region) add(region, start, c.index + c[0].length, c[2]!);
  }
}

const ABBREVIATED_ZH = globalPattern('span.body.abbreviated.zh');
// A head word right before a bracket: the lazy name pattern runs only where one is written.
const ABBREVIATED_ZH_HINT = /(?:会|部|署|局|厅|处|室|院|中心|基金|公司|集团|联盟|连线)\(/u;
/** An abbreviation's characters stand in the full name in the same order (国科会 in 国家科学及技术委员会). */
export const inOrder = (abbr: string, name: string): boolean => {
  let at = 0;
  for (const c of abbr) {
    at = name.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
};

/**
 * 國家科學及技術委員會（國科會）, 工業技術研究院（工研院）: a name written in full with its abbreviation in brackets is a
 * proper name, known or not; it starts where the abbreviation's characters begin in order (the nearest such start
 * leaving a name longer than the abbreviation), with a place written right before it. A state body by its head word
 * (委员会, 部, 署, 局 …), else an institution (研究院, 中心, 协会 …). Places inside the name are no mentions.
 */
function bracketedBodies(s: string, out: Mention[]): void {
  for (const m of s.matchAll(ABBREVIATED_ZH)) {
    const run = m[1]!;
    const abbr = m[2]!;
    let from = -1;
    for (let i = run.lastIndexOf(abbr[0]!); i >= 0; i = i > 0 ? run.lastIndexOf(abbr[0]!, i - 1) : -1) {
      if (run.length - i >= abbr.length + 2 && inOrder(abbr, run.slice(i))) {
        from = i;
        break;
      }
    }
    if (from < 0) continue;
    let start = m.index + from;
    const end = m.index + run.length;
    const place = out.find((o) => o.found.label === 'Region' && o.end === start);
    if (place) start = place.start;
    if (out.some((o) => o.found.label !== 'Region' && o.start < end && o.end > start)) continue;
    for (let i = out.length - 1; i >= 0; i--) if (out[i]!.found.label === 'Region' && out[i]!.start >= start && out[i]!.end <= end) out.splice(i, 1);
    const name = s.slice(start, end);
    // An institution by its head word (organizations.ts, the one list), else a state body (委员会, 部, 署, 局 …). A guild
    // (公会) ends a name here, closed by its abbreviation; in running text it opens longer ones (医师公会全国联合会).
    const kind = zhHeadKind(name) ?? (/公会$/u.test(name) ? 'association' : undefined);
    const found: Found = kind
      ? { id: `org:${idSlug(name)}`, label: 'Organization', name, nameZh: name, aliases: [abbr], kind, rule: 'span.body.abbreviated.zh' }
      : { id: `agency:named/${idSlug(name)}`, label: 'Agency', name, nameZh: name, aliases: [abbr], kind: 'agency', rule: 'span.body.abbreviated.zh' };
    out.push({ start, end, found });
  }
}

const ABBREVIATED_EN = globalPattern('span.body.abbreviated.en');
const EN_JOINER = /^(?:of|and|for|on|the|&)$/;

/** "the National Science and Technology Council (NSTC)": a body by its initials in brackets, starting where they begin. */
function bracketedBodiesEn(s: string, out: Mention[]): void {
  if (!/\(\s*[A-Z]{2,8}\s*\)/.test(s)) return;
  for (const m of s.matchAll(ABBREVIATED_EN)) {
    const words = m[1]!.split(/\s+/);
    const abbr = m[2]!;
    // The shortest tail of capitalised words whose initials are the abbreviation.
    let k = words.length - 1;
    let initials = '';
    for (; k >= 0; k--) {
      if (EN_JOINER.test(words[k]!)) continue;
      initials = words[k]!.charAt(0) + initials;
      if (initials === abbr || initials.length >= abbr.length) break;
    }
    if (initials !== abbr || k < 0) continue;
    const name = words.slice(k).join(' ');
    const end = m.index + m[1]!.length;
    const start = end - name.length;
    if (s.slice(start, end) !== name || out.some((o) => o.found.label !== 'Region' && o.start < end && o.end > start)) continue;
    for (let i = out.length - 1; i >= 0; i--) if (out[i]!.found.label === 'Region' && out[i]!.start >= start && out[i]!.end <= end) out.splice(i, 1);
    out.push({ start, end, found: { id: `agency:named/${idSlug(name)}`, label: 'Agency', name, aliases: [abbr], kind: 'agency', rule: 'span.body.abbreviated.en' } });
  }
}

/** Zones the gazetteer does not know, named in English by their head word ("Tianzhu Comprehensive Bonded Zone"): a region of their own; places inside their names are not mentions. */
const ZONE_ZH = ruleById('span.zone.head-word.zh').pattern;
const ZONE_HEAD_ZH = new RegExp(ZONE_HEADS_ZH.join('|'), 'u');

/** A zone named in Chinese by a known place and its head word: a region of its own, the place inside it no mention. */
function unknownZonesZh(s: string, out: Mention[]): void {
  if (s.includes('园区')) parksZh(s, out);
  if (!ZONE_HEAD_ZH.test(s)) return;
  for (const m of out.filter((x) => x.found.label === 'Region' && x.found.kind !== 'zone' && x.found.kind !== 'free_trade_zone')) {
    const z = ZONE_ZH.exec(s.slice(m.end, m.end + 24));
    if (!z || out.some((o) => o !== m && o.start < m.end + z[0].length && o.end > m.start)) continue;
    const name = s.slice(m.start, m.end + z[0].length);
    out.splice(out.indexOf(m), 1, { start: m.start, end: m.end + z[0].length, found: { id: `region:zone/${idSlug(name)}`, label: 'Region', name, kind: 'zone' } });
  }
}

/** 新竹生医园区, 南港生技园区: a park by its place and field, a region of its own (the place inside it no mention). */
function parksZh(s: string, out: Mention[]): void {
  for (const m of s.matchAll(globalPattern('span.zone.park.zh'))) {
    const name = m.groups!.name!;
    const start = m.index + m[0].length - name.length;
    const end = start + name.length;
    if (out.some((o) => o.found.label !== 'Region' && o.start < end && o.end > start)) continue;
    for (let i = out.length - 1; i >= 0; i--) if (out[i]!.start >= start && out[i]!.end <= end) out.splice(i, 1);
    out.push({ start, end, found: { id: `region:zone/${idSlug(name)}`, label: 'Region', name, kind: 'zone', rule: 'span.zone.park.zh' } });
  }
}

function unknownZones(s: string, out: Mention[]): void {
  if (HAN_AT.test(s)) unknownZonesZh(s, out);
  for (const z of ZONE_HINT.test(s) ? s.matchAll(ZONE_EN) : []) {
    const start = z.index + z[0].length - z[1]!.length;
    const end = z.index + z[0].length;
    if (out.some((m) => m.found.label !== 'Region' && start < m.end && end > m.start)) continue;
    if (out.some((m) => m.found.label === 'Region' && m.start <= start && m.end >= end)) continue;
    // "Wuhan East Lake High-tech Zone": a known zone with its city written before it is that zone.
    if (out.some((m) => m.entry && ZONE_KINDS_KNOWN.has(m.found.kind ?? '') && m.start >= start && m.end === end)) continue;
    for (let i = out.length - 1; i >= 0; i--) if (out[i]!.found.label === 'Region' && out[i]!.start >= start && out[i]!.end <= end) out.splice(i, 1);
    const name = z[1]!;
    out.push({ start, end, found: { id: `region:zone/${zoneKey(name)}`, label: 'Region', name, kind: 'zone' } });
  }
}

/**
 * 市市场监管局（市药监局）, "the Municipal Market Supervision Administration (Municipal Medical Products Administration)": one
 * body of a place written with its other name in brackets — the bracketed name is no second body.
 */
const placeOf = (m: Mention): string => m.found.id.replace(/\/[^/]*$/, '');
function otherNamesInBrackets(s: string, out: Mention[]): Mention[] {
  return out.filter((b, i) => {
    const a = out.slice(0, i).reverse().find((m) => m.found.label === 'Agency');
    return !(a && b.found.label === 'Agency' && !b.entry && !a.entry && a.found.id !== b.found.id && placeOf(a) === placeOf(b) && /^\s*[(（]\s*$/.test(s.slice(a.end, b.start)) && /^\s*[)）]/.test(s.slice(b.end)));
  });
}

/** A gazetteer name inside a composed body's name is not a mention of its own ("Beijing City Food and Drug Administration" is not the U.S. FDA). */
function withoutNamesInsideComposed(out: Mention[]): Mention[] {
  const composed = out.filter((m) => !m.entry && m.found.label === 'Agency');
  const kept = out.filter((m) => !(m.entry && m.found.label === 'Agency' && composed.some((c) => c !== m && m.start >= c.start && m.end <= c.end && c.parent?.id !== m.found.id)));
  return kept.sort((a, b) => a.start - b.start);
}


const parentNames = new Map<string, string[]>();
function parentNamedIn(surface: string, parentId: string, lex: Lexicon): GazetteerEntry | undefined {
  const parent = lex.byId.get(parentId);
  if (!parent || parent.label !== 'Agency') return undefined;
  let names = parentNames.get(parentId);
  if (!names) {
    names = [parent.name, parent.nameZh, ...parent.aliases].filter((n): n is string => !!n && [...n].length >= 3).map((n) => n.toLowerCase());
    parentNames.set(parentId, names);
  }
  const low = surface.toLowerCase();
  const zh = HAN_AT.test(surface);
  // English: "… of the <parent>"; Chinese: the parent's name first.
  return names.some((n) => (zh ? low.startsWith(n) && low.length > n.length : low.endsWith(` ${n}`) && /\b(?:of|under)\s+(?:the\s+)?$/.test(low.slice(0, low.length - n.length - 1) + ' '))) ? parent : undefined;
}

// Every zone head word ends in Zone, Area, Park, Town or a science, medical or bio city's City: the costly pattern runs only where one is written.
const ZONE_HINT = /(?:Zone|Area|Park|Bio-?[Tt]own|Science City|Bio-?[Cc]ity|Biological City|Medical City)\b/;
const ZONE_KINDS_KNOWN = new Set(['development_zone', 'zone', 'free_trade_zone', 'ftz_area', 'special_zone', 'new_area', 'industrial_park', 'park', 'pilot_zone', 'science_park', 'cooperation_zone', 'demonstration_zone']);
// Capitalised words after a place that end in a zone's head word ("Chengdu| High-tech Industrial Development Zone").
const ZONE_AFTER_PLACE_EN = /^\s+(?:[A-Z][\w-]*\s+){0,4}(?:Zone|Area|Park)\b/;
/** The id of a zone named in English: 高新区 is "High-tech Zone", "Hi-tech Industrial Development Zone" or "High-Tech Park" alike. */
const zoneKey = (name: string): string =>
  idSlug(name.replace(/\bHi(?:gh)?-?\s?[Tt]ech(?:nology)?\b/g, 'High-tech').replace(/\s+Industrial\s+Development(?=\s+(?:Zone|Area)$)/i, '').replace(/\s*\b(?:Zone|Area|Park)$/i, ''));
// One to three capitalised place words before the head, starting a capitalised run; no article or generic word.
const ZONE_EN = globalPattern('span.zone.head-word.en');

const FTZ_AFTER_BRACKET = ruleById('span.zone.bracketed-ftz.zh').pattern;
function bracketedFtz(s: string, m: LexMatch, region: GazetteerEntry, children: Map<string, GazetteerEntry[]>): { entry: GazetteerEntry; end: number } | undefined {
  const open = s.charAt(m.start - 1);
  if (open !== '(' && open !== '（') return undefined;
  const tail = FTZ_AFTER_BRACKET.exec(s.slice(m.end, m.end + 12));
  if (!tail) return undefined;
  const zone = (children.get(region.id) ?? []).find((c) => c.kind === 'free_trade_zone');
  return zone ? { entry: zone, end: m.end + tail[0].length } : undefined;
}

// Divisions below prefecture level: their bare two-character names (合作, 江山, 界首) are ordinary words too.
const MINOR_DIVISIONS = new Set(['district', 'county', 'county_level_city', 'autonomous_county', 'banner', 'autonomous_banner', 'forestry_district', 'special_district', 'area']);
const CITY_DIVISIONS = new Set(['city', 'prefecture', 'autonomous_prefecture', 'league']);
const PLACE_VERB_BEFORE = /(?:支持|推动|前往|来自|落户|位于|覆盖|包括|例如|比如|赴|到|至|从|向|往|如|抵|回|离)$/;
// Characters around a place name that leave it a word of its own: punctuation, spaces, and the particles and
// prepositions that sit next to place names (在江山, 江山、衢州, 江山的).
const ZH_LEFT_EDGE = /[\s\p{P}在于到至赴与和及从向往经]/u;
const ZH_RIGHT_EDGE = /[\s\p{P}的等和与及]/u;

/**
 * A bare Chinese name of two characters stands as a place only when every entry behind it is a major place, or
 * the text sets it apart: its parent named right before it (衢州江山), a body type after it (江山市卫健委), or
 * word edges on both sides.
 */
export function bareZhNameStands(s: string, m: LexMatch, prev: LexMatch | undefined, next: LexMatch | undefined): boolean {
  if (!HAN_AT.test(s.charAt(m.start))) return true;
  const minor = m.entries.every((e) => e.label === 'Region' && MINOR_DIVISIONS.has(e.kind ?? ''));
  const city = !minor && m.entries.every((e) => e.label === 'Region' && CITY_DIVISIONS.has(e.kind ?? ''));
  if (!minor && !city) return true;
  if (prev && prev.end === m.start && m.entries.some((e) => prev.entries.some((p) => p.id === e.partOf))) return true;
  const after = s.charAt(m.end);
  if (ZH_FIRST.has(after) && RIGHT_ZH.test(s.slice(m.end, m.end + 12))) return true;
  const before = m.start === 0 ? ' ' : s.charAt(m.start - 1);
  const rightEdge = m.end >= s.length || ZH_RIGHT_EDGE.test(after);
  if (minor) return ZH_LEFT_EDGE.test(before) && rightEdge;
  // Prefecture cities (长治, 安康, 白山 are words too): one word edge, a verb that takes a place, or a list of places.
  return rightEdge || ZH_LEFT_EDGE.test(before) || PLACE_VERB_BEFORE.test(s.slice(Math.max(0, m.start - 2), m.start)) || (next !== undefined && next.start === m.end) || (prev !== undefined && prev.end === m.start);
}

/** General offices and standing committees wrapped around a composed body: the wrapper, part of its parent. */
function wrap(s: string, start: number, end: number, body: BodyType, region: GazetteerEntry): Mention[] {
  const before = s.slice(Math.max(0, start - 60), start);
  const after = s.slice(end);
  let wrapper: BodyType | undefined;
  let ws = start;
  let we = end;
  if (body.slug === 'government') {
    const l = GO_LEFT_EN.exec(before);
    const r = GO_RIGHT_EN.exec(after);
    if (l) {
      wrapper = BODY_TYPES.find((b) => b.slug === 'government/general-office');
      ws = start - l[0].length + (l[0].startsWith('G') ? 0 : 1);
    } else if (r) {
      wrapper = BODY_TYPES.find((b) => b.slug === 'government/general-office');
      we = end + r[0].length;
    }
  } else if (body.slug === 'congress' || body.slug === 'cppcc') {
    const l = SC_LEFT_EN.exec(before);
    const r = SC_RIGHT_EN.exec(after);
    const slug = `${body.slug}/standing-committee`;
    if (l) {
      wrapper = BODY_TYPES.find((b) => b.slug === slug);
      ws = start - l[0].length + (l[0].startsWith('S') ? 0 : 1);
    } else if (r) {
      wrapper = BODY_TYPES.find((b) => b.slug === slug);
      we = end + r[0].length;
    }
  }
  const inner = localBody(region, body);
  inner.aliases = [s.slice(start, end)];
  if (!wrapper) {
    const parentSlug = PARENT_OF[body.slug];
    const parentBody = parentSlug ? BODY_TYPES.find((b) => b.slug === parentSlug) : undefined;
    if (parentBody) {
      // 湖南省人民政府办公厅: the general office names its government.
      return [{ start, end, found: inner, parent: localBody(region, parentBody), parentNamed: true }];
    }
    return [{ start, end, found: inner }];
  }
  const outer = localBody(region, wrapper);
  outer.aliases = [s.slice(ws, we)];
  return [{ start: ws, end: we, found: outer, parent: inner, parentNamed: true }];
}
