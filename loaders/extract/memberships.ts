// Posts of persons as MEMBER_OF: the body (or organisation) a post names and the role, in English appositions
// ("Name, member of X") and Chinese posts before a name (全国政协委员X, 总理李强).
import type { Entity, Relation } from '../types.ts';
import { knowledge } from './gazetteer-source.ts';
import { entryFound, localBodyFor, type Mention } from './mentions.ts';
import { companyShortName } from './organizations.ts';
import { isPinyinName, POST_FIELDS, type PersonMention } from './persons.ts';
import { COMPANY_POST_EN, POST_EN_SOURCE, POST_ZH_SOURCE } from './posts.ts';
import { orgKey, scripts, type Registry } from './registry.ts';
import { idSlug } from './ids.ts';
import { edge } from './relations.ts';
import { ruleById } from './rules/index.ts';
import type { Sentence } from './sentences.ts';
import { startsWithPlace } from './spans/regions.ts';

interface Span { id: string; start: number; end: number }

// A post of the one list, then its body: "member of the", "partner at law firm ", "director of the 14th", "head of China
// regulatory consulting at Hangzhou-based " (the post's field, then the body).
const POST_EN = new RegExp(String.raw`\b(${POST_EN_SOURCE})(?:\s+and\s+(?:${POST_EN_SOURCE}))?(?:\s+(?:of|for)\s+(?!the\b)[a-z][A-Za-z -]{2,50}?|\s+of\s+(?!the\b)[A-Z][a-z]+(?:\s+[a-z]+){1,4})?\s+(?:of|to|at|with)\s+(?:the\s+)?(?:[A-Z][a-z]+-based\s+)?(?:(?:law\s+)?firm\s+|company\s+|bank\s+)?(?:\d{1,2}(?:st|nd|rd|th)\s+)?$`, 'i');
// "who heads the cell therapy department at X", "who founded X": a post told by its verb.
const HEADS_EN = /\bwho\s+(heads|leads|chairs|directs|runs|co-?founded|founded)\s+(?:(?:the\s+)?[^,;]{0,60}?\s+(?:at|of)\s+)?(?:the\s+)?$/i;
// ", NMPA deputy director,", ", Fudan University's dean,": the post right after the body, ending the apposition's part.
const BODY_THEN_POST_EN = new RegExp(String.raw`^(?:['’]s)?\s+(${POST_EN_SOURCE})(?=\s*(?:,|\)|$|\s+(?:said|says|told|noted|added|explained)\b))`, 'i');

// Chinese posts written between a body's name and the person's (全国政协委员、中国科学院院士周琪).
// A university's school or department may stand between it and the post (香港中文大学医学院教授): the seat is the university's.
// Company posts may come several together (创始人、董事会主席兼首席执行官X, 主席兼执行董事X): the last one stands before the name.
// A district's or county's head (浦东新区人民政府副区长X) and a hospital department's clinician (血液科主治医师X) too.
const ZH_POST_AFTER_BODY = new RegExp(String.raw`^的?(?:(?:(?:联合)?创始人|董事会主席|董事长|主席|(?:非)?执行董事|总经理|首席[\p{Script=Han}]{2,4}官|副?总裁|党组书记|党委书记|党组成员)[、兼及和]){0,3}(?:[\p{Script=Han}]{0,8}?(?:医学院|学院|学系|系|研究部|部|科|室|研究所|处|组))?(${POST_ZH_SOURCE})`, 'u');
const ZH_ROLE: Record<string, string> = { 常务委员: 'standing committee member', 常委: 'standing committee member', 委员: 'member', 议员: 'member', 代表: 'deputy', 院士: 'academician', 总理: 'premier', 副总理: 'vice premier' };

const LEGISLATURES = new Set(['agency:cn-hk/legislative-council', 'agency:cn-tw/legislative-yuan', 'agency:cn-mo/legislative-assembly']);
const PEOPLES_CONGRESS = /^agency:(?:cn\/npc|cn-[\w-]+\/peoples-congress)$/;
const CPPCC_COMMITTEE = /^agency:(?:cn\/cppcc\/national-committee|cn-[\w-]+\/cppcc-committee)$/;
// A post written after the name (X议员, X代表, a reply's salutation 孙立新委员：): the house of that post, when the
// sentence names one.
const SEAT_AFTER_NAME_ZH: Array<[RegExp, (id: string) => boolean, string]> = [
  [/^(?:议员|立法委员|立委)/, (id) => LEGISLATURES.has(id), 'legislator'],
  [/^代表(?![团处])/, (id) => PEOPLES_CONGRESS.test(id), 'deputy'],
  [/^委员(?![会长])/, (id) => CPPCC_COMMITTEE.test(id), 'member'],
];

// Posts that name their body (Taiwan's 立法委员 sit in the Legislative Yuan, Hong Kong's 立法会议员 in LegCo).
// (Names listed after one post share it: 监察委员A、B提案.)
const LISTED_NAMES_ZH = '(?:[\\p{Script=Han}]{2,3}、){0,3}\\s*$';
const POST_IMPLIES_BODY_ZH: Array<[RegExp, string, string, string]> = [
  [new RegExp(`(?<!副)总理${LISTED_NAMES_ZH}`, 'u'), 'agency:cn/state-council', 'premier', 'frame.membership.premier.zh'],
  [new RegExp(`(?:立法委员|立委)${LISTED_NAMES_ZH}`, 'u'), 'agency:cn-tw/legislative-yuan', 'legislator', 'frame.membership.legislator.zh'],
  [new RegExp(`立法会议员${LISTED_NAMES_ZH}`, 'u'), 'agency:cn-hk/legislative-council', 'legislator', 'frame.membership.legislator.zh'],
  [new RegExp(`监察委员${LISTED_NAMES_ZH}`, 'u'), 'agency:cn-tw/control-yuan', 'member', 'frame.membership.control-yuan.zh'],
];

// "the Secretary for Health, Professor X", "Minister of Health and Welfare X", "Director of Health Dr X": the post names
// the body it heads (Hong Kong's Secretary for X heads the X Bureau, its Director of X the Department of X; a Minister of
// X heads the Ministry of X).
const HEAD_POST_EN = /\b(?<post>Secretary\s+for|Minister\s+(?:of|for)|Director\s+of)\s+(?<field>[A-Z][A-Za-z]*(?:,?\s+(?:and\s+)?(?!(?:Professor|Prof|Dr|Mr|Ms|Mrs)\b)[A-Z][A-Za-z]*){0,4})\s*,?\s*(?:(?:Professor|Prof\.|Dr\.?|Mr\.?|Ms\.?|Mrs\.?)\s+)?$/;
// "the Hon X" is a member of Hong Kong's Legislative Council (the house's own style for its members).
const LOOSE_BEFORE = '2015';
const HONOURABLE_EN = /\b(?:the\s+)?Hon(?:ourable)?\.?\s+$/;

function headPostMemberships(p: PersonMention, sen: Sentence, mentions: Mention[], reg: Registry, rels: Relation[], pid: string, K: ReturnType<typeof knowledge>): void {
  const before = sen.norm.slice(Math.max(0, p.start - 90), p.start);
  const head = HEAD_POST_EN.exec(before);
  if (head?.groups) {
    const noun = /^Secretary/.test(head.groups.post!) ? `${head.groups.field} Bureau` : /^Director/.test(head.groups.post!) ? `Department of ${head.groups.field}` : `Ministry of ${head.groups.field}`;
    // The ministry as the gazetteer names it, or with a place the sentence names ("Taiwan's Minister of Health and
    // Welfare X": Taiwan Ministry of Health and Welfare).
    // "The Director of ISAF, X": the field is the body's own name.
    const nouns = [noun, ...mentions.filter((x) => x.found.label === 'Region').map((x) => `${x.found.name} ${noun}`), ...(/^Director/.test(head.groups.post!) ? [head.groups.field!] : [])];
    const m = nouns.map((n) => K.lex.match(n).find((x) => x.start === 0 && x.end === n.length && x.entries.some((e) => e.label === 'Agency'))).find((x) => x);
    // The name of a body gone for years is used loosely for its successor's head ("Minister of Health" for the NHC's
    // in 2024): without the statement's date here, no seat is given for it.
    const body = m?.entries.find((e) => e.label === 'Agency' && !(e.validTo && e.validTo < LOOSE_BEFORE));
    if (body) {
      reg.add({ ...entryFound(body), rule: 'frame.membership.head-post.en' }, sen.text, sen.index);
      edge(rels, 'MEMBER_OF', pid, body.id, sen.text, { role: `${head.groups.post!.toLowerCase()} ${head.groups.field}`, rules: ['frame.membership.head-post.en'] });
    }
  }
  // "Premier Li Qiang signed …": the premier heads the State Council.
  const premier = /\b(Vice\s+)?Premier\s+$/.exec(before);
  if (premier && /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(p.name) && isPinyinName(p.given)) {
    reg.add({ ...entryFound(K.byId.get('agency:cn/state-council')!), rule: 'frame.membership.premier.en' }, sen.text, sen.index);
    edge(rels, 'MEMBER_OF', pid, 'agency:cn/state-council', sen.text, { role: premier[1] ? 'vice premier' : 'premier', rules: ['frame.membership.premier.en'] });
  }
  // "Representative Zhang Lihua:" addressed in a reply about a people's congress's session: a deputy of it.
  if (/\b(?:Representative|Deputy)\s+$/.test(before)) {
    const house = mentions.find((m) => PEOPLES_CONGRESS.test(m.found.id))?.found.id ?? firstNamed(reg, (id) => PEOPLES_CONGRESS.test(id));
    if (house) edge(rels, 'MEMBER_OF', pid, house, sen.text, { role: 'deputy', rules: ['frame.membership.legislator-after-name.zh'] });
  }
  if (HONOURABLE_EN.test(before)) {
    const legco = mentions.find((m) => m.found.id === 'agency:cn-hk/legislative-council');
    if (legco) edge(rels, 'MEMBER_OF', pid, legco.found.id, sen.text, { role: 'member', rules: ['frame.membership.honourable.en'] });
  }
}

// A body's division named between it and a post (食药署药品组组长X, 某局科教处处长Y): a seat too.
const AGENCY_UNIT_ZH = /^[\p{Script=Han}]{2,6}(?:组|处|科)$/u;

/** The division of an agency as an agency of its own (PART_OF the agency); undefined when the words name none. */
function agencyUnit(parent: string, unit: string, sen: Sentence, reg: Registry): string | undefined {
  if (!AGENCY_UNIT_ZH.test(unit)) return undefined;
  const id = `${parent}/${idSlug(unit, 30)}`;
  reg.add({ id, label: 'Agency', name: unit, aliases: scripts(unit), kind: 'department', rule: 'frame.membership.post-before-name.zh' }, sen.text, sen.index);
  return id;
}

function firstNamed(reg: Registry, fits: (id: string) => boolean): string | undefined {
  let best: string | undefined;
  for (const id of reg.entities.keys()) if (fits(id) && (best === undefined || reg.firstSeen.get(id)! < reg.firstSeen.get(best)!)) best = id;
  return best;
}

const HAN_CHAR = /\p{Script=Han}/u;

/** A body (or organisation) named in the clause before a person's name. */
interface ClauseBody { id: string; start: number; end: number; agency?: boolean }
/** One person's name in its sentence, where its clause starts (`from`), and where the posts found go. */
interface NameAt { p: PersonMention; sen: Sentence; mentions: Mention[]; reg: Registry; rels: Relation[]; pid: string; from: number }

/** Chinese posts of one person: posts between a body and the name, a post alone or naming its body, a seat after the name. */
function zhMemberships(p: PersonMention, sen: Sentence, mentions: Mention[], reg: Registry, rels: Relation[], pid: string, anaphors: Span[]): void {
  const s = sen.norm;
  // The clause before the name: posts joined by 、 up to the name.
  const from = Math.max(s.lastIndexOf('，', p.start - 1), s.lastIndexOf(',', p.start - 1), s.lastIndexOf('。', p.start - 1), s.lastIndexOf('；', p.start - 1)) + 1;
  const at: NameAt = { p, sen, mentions, reg, rels, pid, from };
  // A body by its name, a company by any name it goes by, a body by the short name or head word the page gave it
  // (藥物監督管理局（藥監局）… 藥監局局長X).
  const named = anaphors.filter((a) => a.start >= from && a.end <= p.start).map((a) => ({ ...a, agency: true }));
  const bodies = [...mentionedBodies(mentions, from, p.start), ...companiesWritten(s, from, p.start, reg), ...named];
  if (bodies.length === 0) {
    headPostAloneZh(at);
    seatBeforeNameZh(at);
    listedCompanyPostZh(at);
    placeHeadZh(at);
  }
  seatAfterNameZh(at);
  postFieldZh(at);
  for (const b of bodies) postBeforeNameZh(b, bodies, at);
  postAfterNameZh(at, anaphors);
  postIsNameZh(at);
  // 监察院…通过监察委员A提案: a post that says its body, whatever else the clause names before it.
  postImpliesBodyZh(at);
}

// 评审由研究基金局负责，主席为医务卫生局局长卢宠茂: a clause that opens with a post and 为/是 says who holds it in the body
// the clause before named (the nearest on the post's side).
const POST_IS_ZH = new RegExp(String.raw`^(${POST_ZH_SOURCE})(?:为|是)`, 'u');
function postIsNameZh({ p, sen, mentions, rels, pid, from }: NameAt): void {
  const m = from > 0 ? POST_IS_ZH.exec(sen.norm.slice(from, p.start)) : null;
  const body = m ? [...mentions].reverse().find((x) => (x.found.label === 'Agency' || x.found.label === 'Organization') && x.end <= from) : undefined;
  if (body) edge(rels, 'MEMBER_OF', pid, body.found.id, sen.text, { role: m![1]!, rules: ['frame.membership.post-before-name.zh'] });
}

// 张伟（国家药监局副局长）, 张伟，国家药监局副局长，, 张伟担任北京大学第三医院院长: the body and post in the segment
// right after the name (read as if they stood before it).
const SEGMENT_AFTER_NAME_ZH = /^(?:\(|，|,|担任|出任|兼任|任)([^()，,。；;]{2,40}?)(?=\)|，|,|。|；|;|$)/u;

function postAfterNameZh(at: NameAt, anaphors: Span[]): void {
  const { p, sen, mentions, reg } = at;
  const seg = SEGMENT_AFTER_NAME_ZH.exec(sen.norm.slice(p.end));
  if (!seg) return;
  const start = p.end + seg[0].length - seg[1]!.length;
  const end = p.end + seg[0].length;
  const named = anaphors.filter((a) => a.start >= start && a.end <= end).map((a) => ({ ...a, agency: true }));
  const bodies = [...mentionedBodies(mentions, start, end), ...companiesWritten(sen.norm, start, end, reg), ...named];
  for (const b of bodies) postBeforeNameZh(b, bodies, { ...at, from: start }, end);
}

/** The agencies and organisations found in the clause before the name. */
function mentionedBodies(mentions: Mention[], from: number, to: number): ClauseBody[] {
  const out: ClauseBody[] = [];
  for (const m of mentions) if ((m.found.label === 'Agency' || m.found.label === 'Organization') && m.start >= from && m.end <= to) out.push({ id: m.found.id, start: m.start, end: m.end, agency: m.found.label === 'Agency' });
  return out;
}

/** A company found on the page by any of its Chinese names (驯鹿生物, the short name of 南京驯鹿生物技术股份有限公司), an
 *  agency by any of its longer ones: the name written latest before the person. */
function companiesWritten(s: string, from: number, to: number, reg: Registry): ClauseBody[] {
  const out: ClauseBody[] = [];
  const clause = s.slice(from, to);
  for (const [id, e] of reg.entities) {
    // (An agency too, by a Chinese name of four characters or more the page or gazetteer gives it: 乐城先行区管理局 where
    // only the zone was found as a mention.)
    if (e.label === 'Agency') {
      let at: { i: number; a: string } | undefined;
      for (const a of e.aliases) {
        const i = a.length >= 4 && !/^[本我该]/.test(a) ? clause.lastIndexOf(a) : -1;
        if (i >= 0 && HAN_CHAR.test(a) && (!at || i + a.length > at.i + at.a.length)) at = { i, a };
      }
      if (at) out.push({ id, start: from + at.i, end: from + at.i + at.a.length, agency: true });
      continue;
    }
    if (e.label !== 'Organization' || !e.nameZh) continue;
    let best: { start: number; end: number } | undefined;
    const consider = (n: string): void => {
      const at = n.length > 1 && HAN_CHAR.test(n) ? clause.lastIndexOf(n) : -1;
      if (at >= 0 && (!best || from + at + n.length > best.end || (from + at + n.length === best.end && from + at < best.start))) best = { start: from + at, end: from + at + n.length };
    };
    consider(e.nameZh);
    for (const a of e.aliases) consider(a);
    if (best) out.push({ id, ...best });
  }
  return out;
}

/** 台北荣民总医院昨日举行发表会，院长黄志明表示: a head post alone in its clause heads the body of that head word named
 *  earlier in the sentence. */
function headPostAloneZh(at: NameAt): void {
  const { p, sen, mentions, reg, rels, pid, from } = at;
  const s = sen.norm;
  const headPost = /^(院|局|署|厅|校|所|会)长$|^(理事|董事)长$/.exec(s.slice(from, p.start));
  if (!headPost) {
    shortBodyPostZh(at);
    return;
  }
  const head = headPost[1] === '校' ? /(?:大学|学院)$/ : headPost[1] ? new RegExp(`${headPost[1]}$`) : /(?:会|公司|集团)$/;
  const named = [...mentions].reverse().find((m) => (m.found.label === 'Agency' || m.found.label === 'Organization') && m.end <= from && head.test(s.slice(m.start, m.end)));
  const org = named ? undefined : [...reg.entities.values()].filter((e) => e.label === 'Organization' && e.nameZh && head.test(e.nameZh) && s.lastIndexOf(e.nameZh, from) >= 0).pop();
  const id = named?.found.id ?? org?.id;
  if (id) edge(rels, 'MEMBER_OF', pid, id, sen.text, { role: headPost[0], rules: ['frame.membership.head-post-alone.zh'] });
}

// 上市公司接待人员姓名：董事会秘书 周静；财务总监 孙立军: a company officer's post alone, in a listed company's own record.
const COMPANY_OFFICER_ZH = /(?:^|[：:；;]\s*)(?<post>董事会秘书|证券事务代表|财务总监|首席财务官|副?总经理|董事长)\s*$/u;
const LISTED_COMPANY_FIELD = /上市公司|本公司|公司(?:接待|参会)人员/u;

/** A company officer's post alone in a field of a listed company's record: an officer of the page's company (the first
 *  company the page names, in its header). */
function listedCompanyPostZh({ p, sen, reg, rels, pid, from }: NameAt): void {
  const post = COMPANY_OFFICER_ZH.exec(sen.norm.slice(from, p.start));
  // (In the field's sentence, or one that is only the post and the name: the field's next item after ；.)
  if (!post || !(LISTED_COMPANY_FIELD.test(sen.norm) || (from === 0 && post.index === 0))) return;
  const company = pageCompany(reg);
  if (company) edge(rels, 'MEMBER_OF', pid, company.id, sen.text, { role: post.groups!.post!, rules: ['frame.membership.listed-company-officer.zh'] });
}

/** 发言人　X　　发言人职称　总经理: a post in the field after the name's, held in the page's company; 当事人：X有限公司 …
 *  法定代表人：Y: the post of the field's label, held in the organisation the fields named nearest before. */
function postFieldZh({ p, sen, reg, rels, pid }: NameAt): void {
  for (const [hint, id] of POST_FIELDS) {
    const m = hint.test(sen.norm) ? ruleById(id).pattern.exec(sen.norm) : null;
    if (!m?.groups || m.groups.name !== p.nameZh) continue;
    const org = id === 'span.person.post-field.zh' ? pageCompany(reg) : nearestOrganisationBefore(reg, sen.index);
    if (org) edge(rels, 'MEMBER_OF', pid, org.id, sen.text, { role: m.groups.post!, rules: [id] });
  }
}

function nearestOrganisationBefore(reg: Registry, sentence: number): Entity | undefined {
  let best: Entity | undefined;
  for (const e of reg.entities.values()) if (e.label === 'Organization' && reg.firstSeen.get(e.id)! <= sentence && (!best || reg.firstSeen.get(e.id)! >= reg.firstSeen.get(best.id)!)) best = e;
  return best;
}

/** The page's own company: the first one it names by a full legal name (a listed company's record, its header). */
function pageCompany(reg: Registry): Entity | undefined {
  return [...reg.entities.values()].find((e) => e.label === 'Organization' && /(?:股份有限公司|有限公司)$/u.test(e.nameZh ?? ''));
}

/** 台中市长卢秀燕, 某县县长X: a place's head is of that place's government (when the gazetteer knows it). */
function placeHeadZh({ p, sen, mentions, reg, rels, pid, from }: NameAt): void {
  const s = sen.norm;
  const place = [...mentions].reverse().find((m) => m.found.label === 'Region' && m.start >= from && m.end <= p.start && /^(?:(?:市|县|区)?长|副(?:市|县|区)长)$/.test(s.slice(m.end, p.start)));
  const region = place ? knowledge().byId.get(place.found.id) : undefined;
  const gov = region ? localBodyFor(region, 'government') : undefined;
  if (!gov) return;
  edge(rels, 'MEMBER_OF', pid, gov.id, sen.text, { role: 'head', rules: ['frame.membership.place-head.zh'] });
  reg.add({ ...gov, rule: 'frame.membership.place-head.zh' }, sen.text, sen.index);
}

// 公司董事长吴立新, 医院院长王振宇, 試驗所行政總裁林德明: a body named by a short form of its name — its kind noun, the tail of
// its name — before a post: the one organisation or agency of the page whose name ends so.
const SHORT_BODY_POST_ZH = new RegExp(String.raw`^(?<noun>[\p{Script=Han}]{2,6}?)(?<post>${POST_ZH_SOURCE})$`, 'u');
function shortBodyPostZh({ p, sen, reg, rels, pid, from }: NameAt): void {
  const m = SHORT_BODY_POST_ZH.exec(sen.norm.slice(from, p.start));
  if (!m?.groups) return;
  const noun = m.groups.noun!;
  const longer = (n: string | undefined): boolean => n !== undefined && n.length > noun.length && n.endsWith(noun);
  const bodies = [...reg.entities.values()].filter((e) => (e.label === 'Organization' || e.label === 'Agency') && (longer(e.nameZh) || e.aliases.some(longer)));
  // Only when the page names one body of that kind.
  if (bodies.length === 1) edge(rels, 'MEMBER_OF', pid, bodies[0]!.id, sen.text, { role: m.groups.post!, rules: ['frame.membership.generic-noun-post.zh'] });
}

// 另一議員X, 领衔代表：X, 委员X: a house's post alone before the name — a member of the house the sentence names, else the
// first one the page names (as X议员, X代表 after the name).
const SEAT_BEFORE_NAME_ZH = /^(?:另一位?|另外一位|该|其他|(?:领衔|附议))?(议员|代表|委员)[:：]?$/u;
function seatBeforeNameZh({ p, sen, mentions, reg, rels, pid, from }: NameAt): void {
  const post = SEAT_BEFORE_NAME_ZH.exec(sen.norm.slice(from, p.start).trim());
  const seat = post ? SEAT_AFTER_NAME_ZH.find(([re]) => re.test(post[1]!)) : undefined;
  if (!seat) return;
  const house = mentions.find((m) => seat[1](m.found.id))?.found.id ?? firstNamed(reg, seat[1]);
  if (house) edge(rels, 'MEMBER_OF', pid, house, sen.text, { role: seat[2], rules: ['frame.membership.legislator-after-name.zh'] });
}

/** 总理李强, 立法委员林静仪 with no body named: the post itself says the body. */
function postImpliesBodyZh({ p, sen, reg, rels, pid, from }: NameAt): void {
  const implied = POST_IMPLIES_BODY_ZH.find(([re]) => re.test(sen.norm.slice(from, p.start)));
  // (国务院总理X: the body named before the post holds it already.)
  if (!implied || rels.some((r) => r.type === 'MEMBER_OF' && r.from === pid && r.to === implied[1])) return;
  const [, body, role, rule] = implied;
  edge(rels, 'MEMBER_OF', pid, body, sen.text, { role, rules: [rule] });
  reg.add({ ...entryFound(knowledge().byId.get(body)!), rule }, sen.text, sen.index);
}

/** 陈凯欣议员 in a sentence about the Legislative Council, 陈望青代表 in a reply about 省六届人大: a member of the
 *  house of that post the sentence names. */
function seatAfterNameZh({ p, sen, mentions, reg, rels, pid }: NameAt): void {
  const after = sen.norm.slice(p.end, p.end + 4);
  const seat = SEAT_AFTER_NAME_ZH.find(([post]) => post.test(after));
  if (!seat) return;
  // Named in the sentence, else the first such house the document names (a reply's headline: 关于十四届全国人大…建议的答复).
  const house = mentions.find((m) => seat[1](m.found.id))?.found.id ?? firstNamed(reg, seat[1]);
  if (house) edge(rels, 'MEMBER_OF', pid, house, sen.text, { role: seat[2], rules: ['frame.membership.legislator-after-name.zh'] });
}

/** 全国政协委员、中国科学院院士周琪: the post written between body `b` and the name (or, for a post after the name, the
 *  segment's `end`), when the chain of posts reaches it. */
function postBeforeNameZh(b: ClauseBody, bodies: ClauseBody[], { p, sen, reg, rels, pid, from }: NameAt, end = p.start): void {
  const s = sen.norm;
  // A body inside a longer one named here is not the seat (中国科学院 in 中国科学院大学).
  if (bodies.some((o) => o !== b && o.start <= b.start && o.end >= b.end && o.end - o.start > b.end - b.start)) return;
  // 卫生福利部长X, 行政院長X, 醫事司長X: the body's head character is also the post's (部 + 长).
  const shared = /[部局署厅院司处]$/.test(s.slice(b.start, b.end)) ? /^()长/.exec(s.slice(b.end, end)) : null;
  // 市科委、中关村管委会副主任X: one post after two bodies joined by 、 is held in each.
  const joined = bodies.find((o) => o.start > b.end && /^(?:、|和|及)$/.test(s.slice(b.end, o.start)));
  const postAt = !shared && joined && !ZH_POST_AFTER_BODY.test(s.slice(b.end, end)) ? joined.end : b.end;
  const post = ZH_POST_AFTER_BODY.exec(s.slice(postAt, end)) ?? shared;
  if (!post) return;
  // A post that names its own house (国民党立委X: the Legislative Yuan) is held there, not in the party named before it.
  const house = POST_IMPLIES_BODY_ZH.find(([re]) => re.test(s.slice(postAt, end)));
  if (house && house[1] !== b.id) return;
  // Only posts in the chain that reaches the name: nothing but further posts and 、 between.
  // A post's field in brackets (副院长(研究)X) is part of the post.
  const rest = s.slice(postAt + post[0].length, end).replace(/^\([\p{Script=Han}]{1,6}\)/u, '');
  // 同为全国政协委员的X医院院长Y: a seat the person also holds, described before the chain that reaches the name.
  const alsoSeat = /^的/.test(rest) && /(?:同为|身为|作为|也是|亦为)\s*$/.test(s.slice(from, b.start));
  if (rest && !alsoSeat && !/^(?:、[^，,。；]*)$/.test(rest)) return;
  const role = post === shared ? `${s[b.end - 1]}长` : post[1]!;
  edge(rels, 'MEMBER_OF', pid, b.id, sen.text, { role: ZH_ROLE[role] ?? role, rules: ['frame.membership.post-before-name.zh'] });
  // Who heads a division of an agency is a member of both.
  const unit = b.agency && post !== shared ? agencyUnit(b.id, post[0].slice(0, post[0].length - role.length), sen, reg) : undefined;
  if (unit) edge(rels, 'MEMBER_OF', pid, unit, sen.text, { role: ZH_ROLE[role] ?? role, rules: ['frame.membership.post-before-name.zh'] });
}

/** "By X, Partner, Y LLP | date": an author is of the organisation named after the names on the byline's line. */
function bylineMemberships(p: PersonMention, sen: Sentence, mentions: Mention[], reg: Registry, rels: Relation[], pid: string): void {
  const s = sen.norm;
  const lineEnd = s.indexOf('\n', p.end);
  const end = lineEnd < 0 ? s.length : lineEnd;
  const found = new Set<string>();
  for (const m of mentions) if (m.found.label === 'Organization' && m.start >= p.end && m.end <= end) found.add(m.found.id);
  for (const [id, e] of reg.entities) {
    if (e.label !== 'Organization') continue;
    const i = s.indexOf(e.name, p.end);
    if (i >= 0 && i + e.name.length <= end) found.add(id);
  }
  // "Authors: X (Partner), …" under the firm's site header: the page's one law firm, named above the byline (a firm
  // quoted further down a newspaper's article is not its reporters').
  if (found.size === 0) {
    const firms = [...reg.entities.values()].filter((e) => e.label === 'Organization' && e.kind === 'law_firm' && reg.firstSeen.get(e.id)! <= sen.index);
    if (firms.length === 1) found.add(firms[0]!.id);
  }
  for (const id of found) edge(rels, 'MEMBER_OF', pid, id, sen.text, { role: 'author', rules: ['span.person.byline.en'] });
}

/** The names a company goes by in a sentence: in full, without its legal form, short (once per name). */
const namesCache = new Map<string, Set<string>>();
function writtenNames(name: string, K: ReturnType<typeof knowledge>): Set<string> {
  let out = namesCache.get(name);
  if (!out) {
    const short = companyShortName(name, (n) => startsWithPlace(K, n));
    out = new Set([name, orgKey(name), ...(short ? [short] : [])]);
    if (namesCache.size > 20_000) namesCache.clear();
    namesCache.set(name, out);
  }
  return out;
}

const ORG_POST_BEFORE_NAME = ruleById('frame.membership.org-post-before-name.en').pattern;

// Words that open many names and never stand alone for one (Huaxia for Huaxia Stemcell Biotech does; China does not).
const NOT_SHORT_NAME_EN = /^(?:National|China|Chinese|International|General|Global|American|United|New|Royal|Peking|Hong|Great|Greater|State|Central|First|University|Hospital|Shanghai|Beijing)$/;

/** "Qihang's chief executive Dr. X", "Lumora CEO X", "said Huaxia's chairwoman, Dr. X": the post of a body named just
 *  before it — in full, short, by its first word alone (Huaxia) — "Its chief executive, X" (the page's first company),
 *  "Chairman Dr. X said" with no body (the page's one company). */
function postBeforeNameEn(p: PersonMention, sen: Sentence, reg: Registry, rels: Relation[], pid: string, K: ReturnType<typeof knowledge>): void {
  const before = sen.norm.slice(Math.max(0, p.start - 120), p.start);
  const post = ORG_POST_BEFORE_NAME.exec(before);
  if (!post) return;
  const head = before.slice(0, post.index);
  const role = post.groups!.post!.toLowerCase().replace(/\s+/g, ' ');
  const add = (id: string): void => edge(rels, 'MEMBER_OF', pid, id, sen.text, { role, rules: ['frame.membership.org-post-before-name.en'] });
  const bodies = namedJustBefore(head, reg, K);
  for (const id of bodies) add(id);
  if (bodies.length > 0) return;
  const companies = [...reg.entities.values()].filter((e) => e.label === 'Organization' && e.kind === 'company');
  if (/\b[Ii]ts\s*$|\b[Tt]he\s+company['’]s\s*$/.test(head) && companies[0]) add(companies[0].id);
  else if (/(?:^|[.!?:;"“”]|\bsaid)\s*$/.test(head) && companies.length === 1 && COMPANY_POST_EN.test(role)) add(companies[0]!.id);
}

const TITLE_BEFORE_EN = new RegExp(String.raw`\b(${POST_EN_SOURCE})\s+(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?$`, 'i');
const OF_BODY_AFTER_EN = /^\s*,?\s+(?:of|at|from)\s+(?:the\s+)?/;

/** "Director Wang Wei of the Beijing Municipal Health Commission said": a post before the name, its body after it. */
function titleThenBodyEn(p: PersonMention, sen: Sentence, mentions: Mention[], reg: Registry, rels: Relation[], pid: string, K: ReturnType<typeof knowledge>): void {
  const s = sen.norm;
  const post = TITLE_BEFORE_EN.exec(s.slice(Math.max(0, p.start - 60), p.start));
  const of = post ? OF_BODY_AFTER_EN.exec(s.slice(p.end)) : null;
  if (!post || !of) return;
  const at = p.end + of[0].length;
  const mentioned = mentions.filter((m) => m.start === at && (m.found.label === 'Agency' || m.found.label === 'Organization')).map((m) => m.found.id);
  const written = [...reg.entities.values()].filter((e) => e.label === 'Organization' && [...writtenNames(e.name, K)].some((n) => n.length >= 4 && s.startsWith(n, at))).map((e) => e.id);
  for (const id of new Set([...mentioned, ...written])) edge(rels, 'MEMBER_OF', pid, id, sen.text, { role: post[1]!.toLowerCase(), rules: ['frame.membership.apposition.en'] });
}

/** The bodies whose name (as the page writes it) ends `head`. */
function namedJustBefore(head: string, reg: Registry, K: ReturnType<typeof knowledge>): string[] {
  const out: string[] = [];
  for (const [id, e] of reg.entities) {
    if (e.label !== 'Organization' && e.label !== 'Agency') continue;
    // An agency by its English names ("Hospital Authority chief executive X"); a company by any it goes by.
    const names = e.label === 'Agency' ? [e.name, ...e.aliases].filter((w) => /^[A-Z]/.test(w)) : [...writtenNames(e.name, K)];
    const first = e.label === 'Organization' ? /^([A-Z][a-z]{3,})\s/.exec(e.name)?.[1] : undefined;
    if (first && !NOT_SHORT_NAME_EN.test(first) && !startsWithPlace(K, first)) names.push(first);
    if (names.some((w) => w.length >= 4 && head.endsWith(w) && !/[A-Za-z]/.test(head[head.length - w.length - 1] ?? ''))) out.push(id);
  }
  return out;
}

/** `anaphors`: bodies the sentence names by a head word alone ("the commission"), resolved (spans/anaphora.ts). */
export function memberships(p: PersonMention, sen: Sentence, mentions: Mention[], reg: Registry, rels: Relation[], pid: string, K: ReturnType<typeof knowledge>, anaphors: Span[] = []): void {
  if (p.byline) bylineMemberships(p, sen, mentions, reg, rels, pid);
  if (p.nameZh) zhMemberships(p, sen, mentions, reg, rels, pid, anaphors);
  else {
    headPostMemberships(p, sen, mentions, reg, rels, pid, K);
    postBeforeNameEn(p, sen, reg, rels, pid, K);
    titleThenBodyEn(p, sen, mentions, reg, rels, pid, K);
  }
  const ap = appositionAfter(sen.norm, p);
  if (!ap) return;
  appositionAgencyPosts(ap, sen, mentions, rels, pid);
  // "said X, deputy director of the commission": the post of the body the head word stands for.
  for (const a of anaphors) {
    const post = a.start >= ap.start && a.end <= ap.end ? appositionPost(sen.norm, ap, a.start, a.end) : undefined;
    if (post) edge(rels, 'MEMBER_OF', pid, a.id, sen.text, { role: post, rules: ['frame.membership.apposition.en'] });
  }
  localCppccMembership(ap, sen, mentions, reg, rels, pid, K);
  appositionHeadNounPost(ap, sen, reg, rels, pid);
  appositionOrgPosts(ap, sen, mentions, reg, rels, pid, K);
}

/** The words right after a name and where they run in the sentence. */
interface Apposition { seg: string; start: number; end: number }

/** The apposition right after a name (", member of …", 委员…), up to a colon or the end of the sentence; none when the
 *  name is not followed by one. */
function appositionAfter(s: string, p: PersonMention): Apposition | undefined {
  const tail = s.slice(p.end);
  const stop = tail.search(/[:：]|\.\s|(?:\s+(?:said|believes|suggested|proposed)\b)/);
  const seg = stop >= 0 ? tail.slice(0, stop) : tail;
  if (!/^\s*,/.test(seg) && !/^(?:委员|代表)/.test(seg)) return undefined;
  return { seg, start: p.end, end: p.end + seg.length };
}

/** The post an apposition gives a person in the body written from `start` to `end`: before it ("director of the X", "who
 *  heads … at X") or right after it (", NMPA deputy director,"). */
function appositionPost(s: string, ap: Apposition, start: number, end: number): string | undefined {
  const before = s.slice(ap.start, start);
  const post = POST_EN.exec(before) ?? HEADS_EN.exec(before);
  if (post) return post[1]!.toLowerCase();
  if (!/^\s*,\s*(?:the\s+|a\s+|an\s+)?$/.test(before)) return undefined;
  return BODY_THEN_POST_EN.exec(s.slice(end, ap.end))?.[1]?.toLowerCase();
}

/** "Name, member of the X": the post of each agency named in the apposition (not one named as another's parent). */
function appositionAgencyPosts(ap: Apposition, sen: Sentence, mentions: Mention[], rels: Relation[], pid: string): void {
  const s = sen.norm;
  for (const m of mentions) {
    if (m.start < ap.start || m.end > ap.end) continue;
    if (m.found.label !== 'Agency') continue;
    if (mentions.some((o) => o.parent?.id === m.found.id && o.start <= m.start && o.end >= m.end && o !== m)) continue;
    const before = s.slice(ap.start, m.start);
    const post = appositionPost(s, ap, m.start, m.end);
    // "Name, Department of X, Y Commission,": the unit of the body the person works in.
    const unit = !post && /^\s*[,)]/.test(s.slice(m.end)) ? ruleById('frame.membership.apposition-unit.en').pattern.exec(before) : null;
    if (unit?.groups?.unit) edge(rels, 'MEMBER_OF', pid, m.found.id, sen.text, { role: unit.groups.unit, rules: ['frame.membership.apposition-unit.en'] });
    if (!post) continue;
    edge(rels, 'MEMBER_OF', pid, m.found.id, sen.text, { role: post, rules: ['frame.membership.apposition.en'] });
  }
}

// ", chief operating officer of the centre": a post of a body named by its head noun alone (as 試驗所行政總裁X in Chinese).
const HEAD_NOUN_EN = /^(?:cent(?:re|er)|institute|university|hospital|company|foundation|association|society|academy|laboratory)$/i;
const POST_OF_THE_NOUN_EN = new RegExp(String.raw`\b(${POST_EN_SOURCE})\s+(?:of|at|with)\s+the\s+([a-z]+)\b`, 'i');

/** The post of the one body of the page whose English name has the head noun the apposition names it by. */
function appositionHeadNounPost(ap: Apposition, sen: Sentence, reg: Registry, rels: Relation[], pid: string): void {
  const m = POST_OF_THE_NOUN_EN.exec(ap.seg);
  if (!m || !HEAD_NOUN_EN.test(m[2]!)) return;
  const word = new RegExp(`\\b${m[2]!.toLowerCase().replace(/^cent(?:re|er)$/, 'cent(?:re|er)')}\\b`, 'i');
  const bodies = [...reg.entities.values()].filter((e) => (e.label === 'Organization' || e.label === 'Agency') && word.test(e.name));
  if (bodies.length === 1) edge(rels, 'MEMBER_OF', pid, bodies[0]!.id, sen.text, { role: m[1]!.toLowerCase(), rules: ['frame.membership.apposition.en'] });
}

/** "CPPCC member of Shaanxi Province": the region's CPPCC committee (or people's congress). */
function localCppccMembership(ap: Apposition, sen: Sentence, mentions: Mention[], reg: Registry, rels: Relation[], pid: string, K: ReturnType<typeof knowledge>): void {
  const cm = /^\s*,\s*(?:a\s+)?(CPPCC|NPC)\s+(?:member|deputy)\s+(?:of|from)\s+(?:the\s+)?/.exec(ap.seg);
  if (!cm) return;
  const r = mentions.find((m) => m.found.label === 'Region' && m.start === ap.start + cm[0].length);
  const entry = r ? K.byId.get(r.found.id) : undefined;
  if (!entry) return;
  const slug = cm[1] === 'CPPCC' ? 'cppcc' : 'congress';
  const body = localBodyFor(entry, slug);
  if (!body) return;
  body.aliases = [`${cm[1]} of ${r!.found.name}`, `${r!.found.name} ${cm[1]}`];
  reg.add(body, sen.text, sen.index);
  edge(rels, 'MEMBER_OF', pid, body.id, sen.text, { role: 'member', rules: ['frame.membership.local-cppcc.en'] });
}

/** Organisations after "chairman of", "CEO of" in the apposition. */
function appositionOrgPosts(ap: Apposition, sen: Sentence, mentions: Mention[], reg: Registry, rels: Relation[], pid: string, K: ReturnType<typeof knowledge>): void {
  const s = sen.norm;
  for (const [id, e] of reg.entities) {
    // An agency the sentence names by a name the mention finder did not take ("the Administration of the Boao Lecheng …
    // Zone"), by its English names.
    if (e.label === 'Agency' && !mentions.some((m) => m.found.id === id || m.parent?.id === id)) {
      for (const n of [e.name, ...e.aliases].filter((a) => a.length >= 8 && /^[A-Z]/.test(a))) {
        const i = s.indexOf(n, ap.start);
        const post = i >= 0 && i + n.length <= ap.end ? appositionPost(s, ap, i, i + n.length) : undefined;
        if (post) edge(rels, 'MEMBER_OF', pid, id, sen.text, { role: post, rules: ['frame.membership.apposition.en'] });
      }
      continue;
    }
    if (e.label !== 'Organization') continue;
    // Its name as written here: in full, without "Co., Ltd." ("chief executive officer of Kangyuan Biotherapeutics"),
    // or short ("CEO of Lumora").
    // (or by a Latin name it is known by: "a partner at law firm JunHe" for JunHe LLP).
    for (const n of [...writtenNames(e.name, K), ...e.aliases.filter((a) => /^[A-Z][A-Za-z]{3,}/.test(a))]) {
      const i = s.indexOf(n, ap.start);
      if (i < 0 || i + n.length > ap.end || n.length < 4) continue;
      const post = appositionPost(s, ap, i, i + n.length);
      if (post) edge(rels, 'MEMBER_OF', pid, id, sen.text, { role: post, rules: ['frame.membership.apposition.en'] });
    }
  }
}
