// Organisation and person spans → registry entities and actors. Overlap policy: a place inside an
// organisation's or a person's name is not a mention of the place (Dongfang Hospital, Wang Guilin).
import type { Merge } from '../../types.ts';
import type { Knowledge } from '../gazetteer-source.ts';
import { idSlug } from '../ids.ts';
import { inOrder, type Mention } from '../mentions.ts';
import { companyShortName, findOrganizations } from '../organizations.ts';
import { ruleById } from '../rules/index.ts';
import { findPersons, type PersonMention } from '../persons.ts';
import { CONNECT_SCHEME, type TitleMention } from '../policies.ts';
import { orgKey, type Found, type Registry } from '../registry.ts';
import { originalSpan, type Sentence } from '../sentences.ts';
import type { RegionContext } from './regions.ts';
import type { Actor, PersonAt } from './types.ts';

const HAN = /\p{Script=Han}/u;
const CAPS_COMPANY_LINE = /^\s*[A-Z][A-Z0-9&'’.-]*(?:\s+[A-Z0-9&'’.(),-]+){1,8}\s+(?:LIMITED|LTD\.?|INC\.?|CORPORATION|CO\.,?\s*LTD\.?)\s*$/;

/** One organisation named two ways in a document is one id (the reading state of organisation names). */
export class OrganizationIds {
  /** Hospital core name → id, and whether it was named by its place (else by its university). */
  private readonly hospitals = new Map<string, { id: string; byPlace: boolean }>();
  /** Company core name → id. */
  private readonly companies = new Map<string, string>();
  /** A company's short form (its distinctive words) → the id of the full name it was met in. */
  private readonly shortForms = new Map<string, string>();
  /** Companies met only by a short name so far ("Legend") → id. */
  private readonly bare = new Map<string, string>();
  readonly merges: Merge[] = [];
  /** The organisation a whole line named, in the sentence before (a listed company's head: its English line, then its Chinese one). */
  lineName?: { id: string; han: boolean; kind: string; sentence: number };
  /** Names a page gave as another script's name of one organisation (its head lines): name (lower case) → id. */
  private readonly paired = new Map<string, string>();
  pair(name: string, id: string): void {
    this.paired.set(name.toLowerCase(), id);
  }
  /** A head line in capitals ending in a legal form ("KESTREL BAY HOLDINGS LIMITED"), no name found in it: the sentence and its name. */
  capsLine?: { name: string; sentence: number };

  constructor(private readonly startsWithPlace: (name: string) => boolean, private readonly K: Knowledge) {}

  /** 南京驯鹿生物技术股份有限公司 → 驯鹿生物技术股份有限公司: a Chinese name without the place it starts with. */
  private withoutPlace(name: string): string {
    if (!this.startsWithPlace(name)) return name;
    const place = this.K.lex.matchShort(name.slice(0, 12)).find((m) => m.start === 0 && m.entries.some((e) => e.label === 'Region'));
    return place ? name.slice(place.end).replace(/^(?:省|市|区|县)/, '') : name;
  }

  /** The entity found for an organisation named `name` here. */
  found(name: string, kind: string | undefined, rule: string | undefined, reg: Registry): Found {
    const zh = HAN.test(name);
    // One hospital named by its city (上海市东方医院) and by its university (同济大学附属东方医院) is one.
    const affiliation = zh ? hospitalCore(name, this.startsWithPlace, this.K) : undefined;
    const same = affiliation ? this.hospitals.get(affiliation.core) : undefined;
    // "Shanghai Fosun Pharmaceutical Group" and "Fosun Pharma": one company, named in full and in short.
    const core = zh ? undefined : companyCore(name, this.startsWithPlace);
    const short = core ? this.companies.get(core) : undefined;
    // "Cellora Therapeutics" then "Cellora": the short form a company's full name was met in.
    const shortForm = zh ? undefined : companyShortName(name, this.startsWithPlace);
    // …and "Jixing Bio" then "Jixing Biotherapeutics": two full names of one short form are one company.
    const sameShort = shortForm ? this.shortForms.get(shortForm) : undefined;
    const byShort = zh ? undefined : (this.shortForms.get(name) ?? (sameShort !== `org:${idSlug(orgKey(name))}` ? sameShort : undefined));
    // "Legend's next CAR-T" then "Legend Biotech": the full name names the company met first by its short form.
    const earlier = shortForm && !byShort ? this.bare.get(shortForm) : undefined;
    if (earlier) {
      const e = reg.entities.get(earlier);
      if (e) {
        reg.alias(e, e.name);
        e.name = name;
      }
    }
    const known = this.paired.get(name.toLowerCase()) ?? (same && same.byPlace !== affiliation!.byPlace ? same.id : undefined) ?? short ?? byShort ?? earlier ?? (zh ? (sameCompanyZh(name, kind, reg, (n) => this.withoutPlace(n)) ?? sameAllianceZh(name, reg, (n) => this.withoutPlace(n))) : undefined);
    const f: Found = { id: known ?? `org:${idSlug(orgKey(name))}`, label: 'Organization', name, kind, rule: rule ?? 'span.organization' };
    if (affiliation && !same) this.hospitals.set(affiliation.core, { id: f.id, byPlace: affiliation.byPlace });
    if (core && !short) this.companies.set(core, f.id);
    if (shortForm && !this.shortForms.has(shortForm)) this.shortForms.set(shortForm, f.id);
    if (!zh && !known && !shortForm && /^[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?$/.test(name)) this.bare.set(name, f.id);
    if (known) {
      const first = reg.entities.get(known);
      if (first) {
        f.name = first.name;
        this.merges.push({ id: known, name: first.name, reason: `one organisation named two ways (its place or university, its full or short name): ${name}` });
      }
    }
    if (zh && !known) f.nameZh = name;
    return f;
  }
}

const ZH_SHORT_COMPANY = /^([\p{Script=Han}]{2,6})公司$/u;
// A company's short name without any head word (驯鹿生物, 科济药业), as business news writes it.
const ZH_BARE_SHORT = /^[\p{Script=Han}]{3,6}$/u;
const ZH_ORG_HEAD = /(?:公司|集团|医院|大学|学院|中心|研究院|研究所|实验室|基地|联盟|协会|学会|基金会?)$/u;
/** The start of a full name that a short name stands for: X of X公司, or a bare short name of a company. */
function shortCore(name: string, kind: string | undefined): string | undefined {
  // 上海细胞治疗集团 of 上海细胞治疗集团有限公司: a group named without its legal form.
  if (/^[\p{Script=Han}]{3,12}集团$/u.test(name)) return name;
  return ZH_SHORT_COMPANY.exec(name)?.[1] ?? (kind === 'company' && ZH_BARE_SHORT.test(name) && !ZH_ORG_HEAD.test(name) ? name : undefined);
}
/**
 * 瑞升细胞公司 and 瑞升细胞生技股份有限公司, 驯鹿生物 and 南京驯鹿生物技术股份有限公司: one company, named by the start of its
 * full name (its place aside) and 公司 or nothing, in either order; the full name becomes the entity's name.
 */
function sameCompanyZh(name: string, kind: string | undefined, reg: Registry, withoutPlace: (n: string) => string): string | undefined {
  const full = /有限公司$/.test(name);
  const core = full ? undefined : shortCore(name, kind);
  if (!full && !core) return undefined;
  // The place is looked up only where the short name stands inside the full one.
  const startsWith = (n: string, c: string): boolean => n.startsWith(c) || (n.includes(c) && withoutPlace(n).startsWith(c));
  for (const e of reg.entities.values()) {
    if (e.label !== 'Organization' || e.kind !== 'company' || !e.nameZh || e.nameZh === name) continue;
    if (core && /有限公司$/.test(e.nameZh) && startsWith(e.nameZh, core)) return e.id;
    // 和泰细胞生技 and 和泰细胞: two short names of one company, the longer kept as its name.
    const bare = core && core === name ? shortCore(e.nameZh, e.kind) : undefined;
    if (bare && bare === e.nameZh && (name.startsWith(bare) || bare.startsWith(name))) {
      if (name.length > bare.length) {
        reg.alias(e, e.nameZh);
        e.name = e.nameZh = name;
      }
      return e.id;
    }
    const other = full ? shortCore(e.nameZh, e.kind) : undefined;
    if (other && startsWith(name, other)) {
      reg.alias(e, e.nameZh);
      e.name = e.nameZh = name;
      return e.id;
    }
  }
  return undefined;
}

const ALLIANCE_HEAD = /(?:联盟|协会|学会|联合会)$/u;
// Words an alliance's full name adds to what a headline calls it (台湾细胞治疗CDMO产业联盟 / 细胞治疗CDMO联盟).
const ALLIANCE_FILLER = /^(?:产业|行业|创新|发展|技术)*$/u;
/**
 * 细胞治疗CDMO联盟 and 台湾细胞治疗CDMO产业联盟: one alliance or association, the shorter name the longer's words without its
 * place and a sector word (产业, 行业); the longer becomes its name. Not two of different fields (中国医药协会, 中国医药生物技术协会).
 */
function sameAllianceZh(name: string, reg: Registry, withoutPlace: (n: string) => string): string | undefined {
  const head = ALLIANCE_HEAD.exec(name)?.[0];
  if (!head) return undefined;
  const core = (n: string): string => withoutPlace(n).slice(0, -head.length);
  const fits = (short: string, long: string): boolean => {
    const a = core(short);
    const b = core(long);
    return a.length >= 4 && b.length > a.length && b.startsWith(a) && ALLIANCE_FILLER.test(b.slice(a.length));
  };
  for (const e of reg.entities.values()) {
    if (e.label !== 'Organization' || !e.nameZh || e.nameZh === name || !e.nameZh.endsWith(head)) continue;
    if (fits(e.nameZh, name)) {
      reg.alias(e, e.nameZh);
      e.name = e.nameZh = name;
      return e.id;
    }
    if (fits(name, e.nameZh)) return e.id;
  }
  return undefined;
}

export interface NameInput {
  sen: Sentence;
  s: string;
  mentions: Mention[];
  titles: TitleMention[];
}

export interface NameState {
  K: Knowledge;
  reg: Registry;
  regions: RegionContext;
  orgIds: OrganizationIds;
  /** The document's person mentions so far; actors refer to them as person-mention:N. */
  persons: PersonAt[];
}

/** Adds the sentence's organisations and persons to `actors` (then sorted by position). */
export function nameActors(x: NameInput, st: NameState, actors: Actor[]): void {
  const { sen, s, mentions, titles } = x;
  const { K, reg } = st;
  const inTitle = (a: number, b: number): boolean => titles.some((t) => a >= t.start && b <= t.end);
  const taken = mentions.filter((m) => m.found.label !== 'Region').map((m) => ({ start: m.start, end: m.end }));
  for (const t of titles) taken.push({ start: t.start, end: t.end });
  // A park or base the gazetteer knows as a place (大兴生物医药产业基地) is that place, not an organisation of its name.
  const orgs = findOrganizations(s, taken, st.regions.startsWithPlace).filter((o) => !mentions.some((m) => m.found.label === 'Region' && m.start === o.start && m.end === o.end));
  // A name inside a body's (农工党中央委员: 党中央 is no person) is no person.
  const people = findPersons(s).filter((p) => !K.lex.matchShort(p.name).some((m) => m.start === 0 && m.end === p.name.length) && !mentions.some((m) => m.entry && m.found.label === 'Agency' && p.start < m.end && p.end > m.start));
  people.push(...namedAgain(s, st.persons, [...taken, ...people]));
  // A cross-border scheme's name ("Hong Kong and Macao Drugs and Medical Devices Connect") names the sides it joins.
  const schemes = titles.filter((t) => t.rule === 'title.named-scheme' && CONNECT_SCHEME.test(t.title));
  placesInsideNames(sen, mentions, [...orgs, ...people, ...schemes], st);
  universitiesInsideNames(sen, mentions, orgs, st);
  const ids: string[] = [];
  for (const [i, o] of orgs.entries()) {
    // "Ruiheng Partners LLP | 瑞衡律师事务所", "X Ltd. (某某有限公司)": one organisation named in both languages;
    // 山东第一医科大学第一附属医院（山东省千佛山医院）: its other name in brackets right after it.
    const prev = orgs[i - 1];
    const gap = prev ? s.slice(prev.end, o.start) : '';
    // ("Lin & Partners 林律师事务所": a space alone between the two scripts pairs them too.)
    const bilingual = prev && HAN.test(prev.name) !== HAN.test(o.name) && /^\s*[|｜/／(（]?\s*$/.test(gap);
    const bracketed = prev && /^\s*[(（]\s*$/.test(gap) && /^\s*[)）]/.test(s.slice(o.end));
    const pair = prev && prev.kind === o.kind && (bilingual || bracketed);
    // "Lumina Bio Holdings Limited" on one line, "明曜生物控股有限公司" on the next: one company named in both scripts.
    const wholeLine = orgs.length === 1 && o.start === s.search(/\S/) && s.slice(o.end).trim() === '';
    const last = st.orgIds.lineName;
    const lineAbove = wholeLine && last && last.sentence === sen.index - 1 && last.han !== HAN.test(o.name) && last.kind === o.kind ? reg.entities.get(last.id) : undefined;
    const e = pair ? reg.entities.get(ids[i - 1]!)! : lineAbove ?? reg.add(st.orgIds.found(o.name, o.kind, o.rule, reg), sen.text, sen.index, o.name);
    if (pair || lineAbove) reg.alias(e, o.name);
    if (lineAbove) st.orgIds.pair(o.name, e.id);
    // Its English name in capitals on the line above: the name the page writes it by later.
    const caps = wholeLine && HAN.test(o.name) && st.orgIds.capsLine?.sentence === sen.index - 1 ? st.orgIds.capsLine.name : undefined;
    if (caps) {
      st.orgIds.pair(caps, e.id);
      reg.alias(e, caps);
    }
    if (wholeLine) st.orgIds.lineName = { id: e.id, han: HAN.test(o.name), kind: o.kind, sentence: sen.index };
    ids.push(e.id);
    reg.alias(e, originalSpan(sen, o.start, o.end));
    bracketedShortName(s, o, e, reg);
    // "The First Affiliated Hospital of USTC": a name led by its head word is also written with its article.
    if (s.slice(Math.max(0, o.start - 4), o.start) === 'The ' && /^[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+of\s/.test(o.name)) reg.alias(e, `The ${o.name}`);
    if (!inTitle(o.start, o.end)) actors.push({ id: e.id, start: o.start, end: o.end, label: 'Organization' });
  }
  if (orgs.length === 0 && CAPS_COMPANY_LINE.test(s)) st.orgIds.capsLine = { name: s.trim().toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase()), sentence: sen.index };
  for (const m of mentions) {
    // (A known company's whole line heads the page as an organisation found by name does.)
    if (m.found.label === 'Organization' && orgs.length === 0 && m.start === s.search(/\S/) && s.slice(m.end).trim() === '') st.orgIds.lineName = { id: m.found.id, han: HAN.test(s.slice(m.start, m.end)), kind: reg.entities.get(m.found.id)?.kind ?? 'company', sentence: sen.index };
    const e = m.found.label === 'Organization' && s.charAt(m.end) !== '' ? reg.entities.get(m.found.id) : undefined;
    if (e) bracketedShortName(s, { end: m.end, name: s.slice(m.start, m.end) }, e, reg);
  }
  const pronoun = people.length === 0 ? pronounSubject(sen, st.persons) : undefined;
  if (pronoun) {
    st.persons.push({ p: { ...pronoun.p, start: 0, end: 1, formality: 0 }, sentence: sen, mentions, antecedent: pronoun });
    actors.push({ id: `person-mention:${st.persons.length - 1}`, start: 0, end: 1, label: 'Person' });
  }
  for (const p of people) {
    // A name in the document's headline is its most formal use.
    if (sen.index === 0) p.formality = (p.formality ?? 0) + 3;
    st.persons.push({ p, sentence: sen, mentions });
    actors.push({ id: `person-mention:${st.persons.length - 1}`, start: p.start, end: p.end, label: 'Person' });
  }
  actors.sort((a, b) => a.start - b.start);
}

// A defined term (以下简称“公司”, （「本集團」）) stands for the page's subject, no name of the organisation's own.
const GENERIC_SHORT_NAME = /^(?:本|该|我|贵)?(?:公司|集团|企业|医院|大学|学院|中心|协会|学会|基金会|联盟|发行人|申请人|持有人|子公司|附属公司)$/u;
const BRACKETED_SHORT_NAME = /^\s*\(\s*(?:以下简称|下称|简称)?\s*[“"「]?(\p{Script=Han}{2,8})[”"」]?\s*\)/u;
/** 香港科技園公司（科技園）: the short name the page gives an organisation in brackets (its characters in order) is its
 *  name there too (who holds a post in "科技園" later on the page). */
function bracketedShortName(s: string, o: { end: number; name: string }, e: Parameters<Registry['alias']>[0], reg: Registry): void {
  const short = HAN.test(o.name) && s.charAt(o.end) !== '' ? BRACKETED_SHORT_NAME.exec(s.slice(o.end, o.end + 20))?.[1] : undefined;
  if (short && short !== o.name && !GENERIC_SHORT_NAME.test(short) && inOrder(short, o.name)) reg.alias(e, short);
}

/** 王海涛在…: a Chinese name the page gave with a post before, written again bare, is the same person. */
function namedAgain(s: string, persons: PersonAt[], taken: Array<{ start: number; end: number }>): PersonMention[] {
  const out: PersonMention[] = [];
  const seen = new Set<string>();
  for (const { p } of persons) {
    if (!p.nameZh || p.nameZh.length < 3 || seen.has(p.nameZh)) continue;
    seen.add(p.nameZh);
    for (let at = s.indexOf(p.nameZh); at >= 0; at = s.indexOf(p.nameZh, at + 1)) {
      const end = at + p.nameZh.length;
      if ([...taken, ...out].some((t) => at < t.end && end > t.start)) continue;
      out.push({ ...p, start: at, end, formality: 0 });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const PRONOUN_SUBJECT = ruleById('span.person.pronoun-subject.zh').pattern;

/** 他同时呼吁… right after a sentence naming one person: that person (a Chinese name, within the two sentences before). */
function pronounSubject(sen: Sentence, persons: PersonAt[]): PersonAt | undefined {
  if (!PRONOUN_SUBJECT.test(sen.norm)) return undefined;
  const last = persons[persons.length - 1];
  if (!last?.p.nameZh || sen.index - last.sentence.index > 2 || sen.line !== last.sentence.line && sen.line - last.sentence.line > 1) return undefined;
  // One person in that sentence: 他 is not ambiguous.
  if (persons.filter((x) => x.sentence === last.sentence && x.p.nameZh !== last.p.nameZh).length > 0) return undefined;
  return last.antecedent ?? last;
}

/** A place named only inside a name is taken back (its entity too, if this was its only mention so far). */
function placesInsideNames(sen: Sentence, mentions: Mention[], names: Array<{ start: number; end: number }>, st: NameState): void {
  if (names.length === 0) return;
  const inside = (m: Mention): boolean => names.some((b) => m.start >= b.start && m.end <= b.end);
  for (const m of mentions) {
    if (m.found.label !== 'Region' || !inside(m)) continue;
    const e = st.reg.entities.get(m.found.id);
    const n = st.regions.unnamed(m.found.id);
    if (e && st.reg.firstSeen.get(m.found.id) === sen.index && n <= 0 && !mentions.some((o) => o !== m && o.found.id === m.found.id && !inside(o))) {
      st.reg.entities.delete(m.found.id);
      st.reg.firstSeen.delete(m.found.id);
    }
  }
}

/** 香港大学深圳医院: a known university named only at the start of its hospital's name is not named on its own. */
function universitiesInsideNames(sen: Sentence, mentions: Mention[], orgs: Array<{ start: number; end: number }>, st: NameState): void {
  for (const m of mentions) {
    if (m.found.label !== 'Organization' || m.entry?.kind !== 'university') continue;
    if (!orgs.some((o) => o.start <= m.start && o.end > m.end)) continue;
    const alone = mentions.some((o) => o !== m && o.found.id === m.found.id && !orgs.some((b) => b.start <= o.start && b.end > o.end));
    if (!alone && st.reg.firstSeen.get(m.found.id) === sen.index) {
      st.reg.entities.delete(m.found.id);
      st.reg.firstSeen.delete(m.found.id);
    }
  }
}

// Descriptors that many hospitals share: a core made only of these names no hospital in particular.
const GENERIC_HOSPITAL = /^(?:第[一二三四五六七八九十百]+|人民|中医|中西医结合|妇幼保健|妇产|儿童|肿瘤|口腔|精神|传染病|胸科|眼科|骨科|皮肤病|中心|附属|医学院|大学|市|省|区|县)*(?:医院|保健院)$/u;
/** "上海市东方医院" → 东方医院 (by place); "同济大学附属东方医院" → 东方医院 (by university). */
function hospitalCore(name: string, startsWithPlace: (n: string) => boolean, K: Knowledge): { core: string; byPlace: boolean } | undefined {
  if (!/医院$/.test(name)) return undefined;
  const at = name.lastIndexOf('附属');
  let core: string;
  let byPlace: boolean;
  if (at > 0) {
    core = name.slice(at + 2);
    byPlace = false;
  } else {
    const place = K.lex.matchShort(name.slice(0, 12)).find((m) => m.start === 0 && m.entries.some((e) => e.label === 'Region'));
    if (!place || !startsWithPlace(name)) return undefined;
    core = name.slice(place.end).replace(/^(?:省|市|区|县)/, '');
    byPlace = true;
  }
  if ([...core].length < 4 || GENERIC_HOSPITAL.test(core)) return undefined;
  return { core, byPlace };
}

/** A company's name without its city, legal form or group word, sector word shortened (Pharmaceutical → pharma). */
function companyCore(name: string, startsWithPlace: (n: string) => boolean): string | undefined {
  if (!/\b(?:Pharma|Pharmaceuticals?|Biotech(?:nology)?|Therapeutics|Sciences|Biologics|Group|Co\.|Inc\.?|Ltd\.?|Holdings)\b/.test(name)) return undefined;
  let n = name.replace(/^the\s+/i, '');
  const first = n.split(/\s+/)[0]!;
  if (n.split(/\s+/).length > 2 && startsWithPlace(first)) n = n.slice(first.length);
  n = n.replace(/\((?:Group|Holdings)\)|,?\s*(?:Co\.,?\s*Ltd\.?|Inc\.?|Ltd\.?|Limited|Group|Holdings|Corporation|Corp\.?)\s*$/gi, '').replace(/,?\s*(?:Co\.,?\s*Ltd\.?|Inc\.?|Ltd\.?|Limited|Group|Holdings)\s*$/i, '');
  const core = n.toLowerCase().replace(/pharmaceuticals?/g, 'pharma').replace(/biotechnology/g, 'biotech').replace(/[^a-z0-9]+/g, '');
  return core.length >= 6 ? core : undefined;
}
