// English posts around a name: a head post naming its body ("Minister of Health X"), a company's post before the name
// ("Lumora CEO X"), a post before the name and its body after ("Director X of the Y"), an author's firm on a byline.
import type { Relation } from '../../types.ts';
import { entryFound, type Mention } from '../mentions.ts';
import { CONTACT_BRACKETED_EN, CONTACT_LINE_HINT, CONTACTS_LABEL_EN, isPinyinName, type PersonMention } from '../persons.ts';
import { COMPANY_POST_EN, POST_EN_SOURCE } from '../../posts.ts';
import type { Registry } from '../registry.ts';
import { edge } from '../relations.ts';
import { subUnitId } from '../ids.ts';
import { ruleById } from '../rules/index.ts';
import type { Sentence } from '../sentences.ts';
import { startsWithPlace } from '../spans/regions.ts';
import { CPPCC_COMMITTEE, firstNamed, PEOPLES_CONGRESS, writtenNames } from './shared.ts';
import type { Knowledge } from '../gazetteer-source.ts';
import {
  CLAUSE_OPENS_EN, DEPUTY_EN, HEAD_POST_EN, HONOURABLE_EN, ITS_EN, WHOSE_EN, LOOSE_BEFORE, MEMBER_SALUTATION_EN, NOT_SHORT_NAME_EN, OF_BODY_AFTER_EN,
  NAME_RIGHT_AFTER_BODY_EN, ORG_POST_BEFORE_NAME, PREMIER_EN, TITLE_BEFORE_EN, TWO_WORD_NAME_EN, UNIT_BEFORE_POST_EN,
} from './en-patterns.ts';

export function headPostMemberships(p: PersonMention, sen: Sentence, mentions: Mention[], reg: Registry, rels: Relation[], pid: string, K: Knowledge): void {
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
  const premier = PREMIER_EN.exec(before);
  if (premier && TWO_WORD_NAME_EN.test(p.name) && isPinyinName(p.given)) {
    reg.add({ ...entryFound(K.byId.get('agency:cn/state-council')!), rule: 'frame.membership.premier.en' }, sen.text, sen.index);
    edge(rels, 'MEMBER_OF', pid, 'agency:cn/state-council', sen.text, { role: premier[1] ? 'vice premier' : 'premier', rules: ['frame.membership.premier.en'] });
  }
  // "Representative Zhang Lihua:" addressed in a reply about a people's congress's session: a deputy of it.
  if (DEPUTY_EN.test(before)) {
    const house = mentions.find((m) => PEOPLES_CONGRESS.test(m.found.id))?.found.id ?? firstNamed(reg, (id) => PEOPLES_CONGRESS.test(id));
    if (house) edge(rels, 'MEMBER_OF', pid, house, sen.text, { role: 'deputy', rules: ['frame.membership.legislator-after-name.zh'] });
  }
  // "Member Zhu Lihua:" addressed in a reply to a CPPCC proposal: a member of the CPPCC committee the page names.
  if (MEMBER_SALUTATION_EN.test(before) && /^\s*[:：]/.test(sen.norm.slice(p.end))) {
    const committee = mentions.find((m) => CPPCC_COMMITTEE.test(m.found.id))?.found.id ?? firstNamed(reg, (id) => CPPCC_COMMITTEE.test(id));
    if (committee) edge(rels, 'MEMBER_OF', pid, committee, sen.text, { role: 'member', rules: ['frame.membership.legislator-after-name.zh'] });
  }
  if (HONOURABLE_EN.test(before)) {
    const legco = mentions.find((m) => m.found.id === 'agency:cn-hk/legislative-council');
    if (legco) edge(rels, 'MEMBER_OF', pid, legco.found.id, sen.text, { role: 'member', rules: ['frame.membership.honourable.en'] });
  }
}

/** "By X, Partner, Y LLP | date": an author is of the organisation named after the names on the byline's line. */
export function bylineMemberships(p: PersonMention, sen: Sentence, mentions: Mention[], reg: Registry, rels: Relation[], pid: string): void {
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
  // "Authors: X (Partner), …" under the firm's site header: the page's one law firm, named above the byline or on the
  // line right after it (a firm quoted further down a newspaper's article is not its reporters').
  if (found.size === 0) {
    const firms = [...reg.entities.values()].filter((e) => e.label === 'Organization' && e.kind === 'law_firm' && reg.firstSeen.get(e.id)! <= sen.index + 1);
    if (firms.length === 1) found.add(firms[0]!.id);
  }
  // Else the one firm the page signs with, in its masthead or footer ("X LLP. This alert is not legal advice.",
  // "© 2027 X", "Prepared by X | Issue 9"), wherever that line stands.
  if (found.size === 0) {
    const own = ownFirms(reg);
    if (own.length === 1) found.add(own[0]!);
  }
  for (const id of found) edge(rels, 'MEMBER_OF', pid, id, sen.text, { role: 'author', rules: ['span.person.byline.en'] });
}

const OWN_FIRM_KINDS = new Set(['law_firm', 'consultancy']);
// The firm's name as a masthead or footer writes it: alone on its line or before a field separator, after ©, "Prepared
// by" or "From the X office of", or opening its disclaimer ("X LLP is a foreign law firm", "X LLP. This alert …").
const OWN_FIRM_BEFORE = /(?:^|\n)\s*(?:©\s*(?:\d{4}\s+)?|(?:Prepared|Published|Written|Compiled)\s+by\s+|From\s+the\s+(?:[A-Z][\w-]*\s+)+office\s+of\s+)?$/;
const OWN_FIRM_AFTER = /^\s*(?:$|\n|[|—–]|\.\s|\.$|\d{4}\b|is\s+an?\s|cannot\b|does\s+not\b|[Aa]ll\s+rights\b)/;
/** The law firms and consultancies whose first naming on the page is such a masthead or footer line. */
function ownFirms(reg: Registry): string[] {
  return [...reg.entities.values()].filter((e) => e.label === 'Organization' && OWN_FIRM_KINDS.has(e.kind ?? '') && [e.name, ...e.aliases].some((n) => {
    const text = e.evidence ?? '';
    const i = text.indexOf(n);
    return i >= 0 && OWN_FIRM_BEFORE.test(text.slice(0, i)) && OWN_FIRM_AFTER.test(text.slice(i + n.length));
  })).map((e) => e.id);
}

/** "Qihang's chief executive Dr. X", "Lumora CEO X", "said Huaxia's chairwoman, Dr. X": the post of a body named just
 *  before it — in full, short, by its first word alone (Huaxia) — "Its chief executive, X" (the page's first company),
 *  "Chairman Dr. X said" with no body (the page's one company). */
export function postBeforeNameEn(p: PersonMention, sen: Sentence, mentions: Mention[], reg: Registry, rels: Relation[], pid: string, K: Knowledge): void {
  const from = Math.max(0, p.start - 120);
  const before = sen.norm.slice(from, p.start);
  const post = ORG_POST_BEFORE_NAME.exec(before);
  if (!post) return postOfBodyCommaEn(p, sen, mentions, reg, rels, pid, K);
  // (A plural's possessive, "Corvanta Therapeutics' chief executive", leaves its apostrophe before the post.)
  // ("the city's drug bureau, whose director, X, said": the post of the body before "whose".)
  const whose = WHOSE_EN.exec(before.slice(0, post.index));
  const head = before.slice(0, whose ? whose.index : post.index).replace(/(?<=s)['’]$/, '');
  const role = post.groups!.post!.toLowerCase().replace(/\s+/g, ' ');
  const add = (id: string): void => edge(rels, 'MEMBER_OF', pid, id, sen.text, { role, rules: ['frame.membership.org-post-before-name.en'] });
  // (A body found where it is written, as "the city's health commission" is, ends right where the post begins.)
  const found = mentions.filter((m) => m.end === from + head.length && (m.found.label === 'Agency' || m.found.label === 'Organization')).map((m) => m.found.id);
  const bodies = [...new Set([...namedJustBefore(head, reg, K), ...found])];
  for (const id of bodies) add(id);
  if (bodies.length > 0 || unitPostEn(head, role, sen, reg, rels, pid)) return;
  const companies = [...reg.entities.values()].filter((e) => e.label === 'Organization' && e.kind === 'company');
  const its = ITS_EN.test(head) ? (subjectBefore(sen, reg) ?? companies[0]?.id) : undefined;
  if (its) add(its);
  else if (CLAUSE_OPENS_EN.test(head) && companies.length === 1 && COMPANY_POST_EN.test(role)) add(companies[0]!.id);
}

/** "Its <post>" opening a sentence: the one body first named at the head of the sentence before ("Y Hospital, part of Z,
 *  has run nine trials. Its oncology chief, X, said"); none when that sentence opens otherwise. */
function subjectBefore(sen: Sentence, reg: Registry): string | undefined {
  const opening = [...reg.entities.values()].filter((e) => (e.label === 'Organization' || e.label === 'Agency') && reg.firstSeen.get(e.id) === sen.index - 1 && SUBJECT_OPENS(e.evidence ?? '', e.name));
  return opening.length === 1 ? opening[0]!.id : undefined;
}
const SUBJECT_OPENS = (text: string, name: string): boolean => text.replace(/^\s*(?:The\s+)?/, '').startsWith(name);

// "The chief executive of Corvanta Therapeutics, Helen Marsh, said": a post of a body named in capitals, then the name
// after a comma.
const POST_OF_BODY_COMMA_EN = new RegExp(`\\b(?<post>${POST_EN_SOURCE})\\s+(?:of|at)\\s+(?:the\\s+)?(?:[A-Z][\\w'’.&-]*\\s+(?:(?:of|for|and)\\s+(?:the\\s+)?)?){0,7}[A-Z][\\w'’.&-]*\\s*,\\s*$`);

function postOfBodyCommaEn(p: PersonMention, sen: Sentence, mentions: Mention[], reg: Registry, rels: Relation[], pid: string, K: Knowledge): void {
  const from = Math.max(0, p.start - 120);
  const before = sen.norm.slice(from, p.start);
  const post = POST_OF_BODY_COMMA_EN.exec(before);
  if (!post) return;
  const head = before.replace(/\s*,\s*$/, '');
  const found = mentions.filter((m) => m.end === from + head.length && m.start > from + post.index && (m.found.label === 'Agency' || m.found.label === 'Organization')).map((m) => m.found.id);
  const role = post.groups!.post!.toLowerCase().replace(/\s+/g, ' ');
  for (const id of new Set([...namedJustBefore(head, reg, K), ...found])) edge(rels, 'MEMBER_OF', pid, id, sen.text, { role, rules: ['frame.membership.org-post-before-name.en'] });
}

/** "Department of Medical Affairs Director-General X": a unit of the body the page named last (an agency's unit is an
 *  agency of its own, PART_OF it; a hospital's or company's department stands for the organisation). */
function unitPostEn(head: string, role: string, sen: Sentence, reg: Registry, rels: Relation[], pid: string): boolean {
  const unit = UNIT_BEFORE_POST_EN.exec(head)?.groups?.unit;
  let parent: { id: string; label: string } | undefined;
  for (const e of unit ? reg.entities.values() : []) {
    if ((e.label === 'Agency' || e.label === 'Organization') && reg.firstSeen.get(e.id)! <= sen.index && (!parent || reg.firstSeen.get(e.id)! >= reg.firstSeen.get(parent.id)!)) parent = e;
  }
  if (!unit || !parent) return false;
  const rules = ['frame.membership.org-post-before-name.en'];
  if (parent.label === 'Organization') {
    edge(rels, 'MEMBER_OF', pid, parent.id, sen.text, { role, rules });
    return true;
  }
  // (The unit's id as every other naming of a unit gives it: "Department of X" and "X Department" are one.)
  const id = subUnitId(parent.id, unit);
  reg.add({ id, label: 'Agency', name: unit, aliases: [unit], kind: 'department', rule: rules[0]! }, sen.text, sen.index);
  edge(rels, 'PART_OF', id, parent.id, sen.text, { rules });
  edge(rels, 'MEMBER_OF', pid, id, sen.text, { role, rules });
  return true;
}

/** "Director Wang Wei of the Beijing Municipal Health Commission said": a post before the name, its body after it. */
export function titleThenBodyEn(p: PersonMention, sen: Sentence, mentions: Mention[], reg: Registry, rels: Relation[], pid: string, K: Knowledge): void {
  const s = sen.norm;
  const post = TITLE_BEFORE_EN.exec(s.slice(Math.max(0, p.start - 60), p.start));
  const of = post ? OF_BODY_AFTER_EN.exec(s.slice(p.end)) : null;
  if (!post || !of) return;
  const at = p.end + of[0].length;
  const mentioned = mentions.filter((m) => m.start === at && (m.found.label === 'Agency' || m.found.label === 'Organization')).map((m) => m.found.id);
  const written = [...reg.entities.values()].filter((e) => e.label === 'Organization' && [...writtenNames(e.name, K)].some((n) => n.length >= 4 && s.startsWith(n, at))).map((e) => e.id);
  for (const id of new Set([...mentioned, ...written])) edge(rels, 'MEMBER_OF', pid, id, sen.text, { role: post[1]!.toLowerCase(), rules: ['frame.membership.apposition.en'] });
}

/** "Director of the Beijing Municipal Health Commission Wang Jun said": a post, "of" and the body, then the name. */
export function postOfBodyBeforeNameEn(p: PersonMention, sen: Sentence, mentions: Mention[], rels: Relation[], pid: string): void {
  const s = sen.norm;
  const re = ruleById('frame.membership.post-of-body-before-name.en').pattern;
  for (const m of mentions) {
    if (m.found.label !== 'Agency' && m.found.label !== 'Organization') continue;
    if (m.end > p.start || !NAME_RIGHT_AFTER_BODY_EN.test(s.slice(m.end, p.start))) continue;
    const post = re.exec(s.slice(Math.max(0, m.start - 60), m.start));
    if (post) edge(rels, 'MEMBER_OF', pid, m.found.id, sen.text, { role: post.groups!.post!.toLowerCase().replace(/\s+/g, ' '), rules: ['frame.membership.post-of-body-before-name.en'] });
  }
}

/** The bodies whose name (as the page writes it) ends `head`. */
function namedJustBefore(head: string, reg: Registry, K: Knowledge): string[] {
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

const CONTACT_FIRM_KINDS = new Set(['company', 'law_firm', 'consultancy']);

/** "Investor Contact: Ann Lee, Vice President", "X bureau … contact person: Comrade Li Ming": a contact works in the body
 *  the sentence names before the label, else in the page's own company or firm (the first it names), else (a notice's
 *  contact person) in the page's first body. */
export function contactLineEn(p: PersonMention, sen: Sentence, mentions: Mention[], reg: Registry, rels: Relation[], pid: string): void {
  const s = sen.norm;
  // "Key contacts: A (Partner, Beijing); B (Counsel)": the page's firm.
  const bracketed = CONTACTS_LABEL_EN.test(s) ? [...s.matchAll(CONTACT_BRACKETED_EN)].find((c) => c[1] === p.name) : undefined;
  const firm0 = bracketed ? [...reg.entities.values()].find((e) => e.label === 'Organization' && CONTACT_FIRM_KINDS.has(e.kind ?? '')) : undefined;
  if (bracketed && firm0) edge(rels, 'MEMBER_OF', pid, firm0.id, sen.text, { role: bracketed[2]!.toLowerCase(), rules: ['span.person.contact-line.en'] });
  const m = CONTACT_LINE_HINT.test(s) ? ruleById('span.person.contact-line.en').pattern.exec(s) : null;
  if (!m?.groups || (m.groups.name ?? m.groups.name2 ?? m.groups.name3) !== p.name) return;
  const role = (m.groups.post ?? m.groups.post2 ?? m.groups.post3)?.toLowerCase() ?? 'contact';
  const body = [...mentions].reverse().find((x) => (x.found.label === 'Agency' || x.found.label === 'Organization') && x.end <= m.index);
  const firm = body ? undefined : pageFirm(reg);
  const notice = body || firm || !/[Cc]ontact\s+[Pp]erson/.test(m[0]) ? undefined : [...reg.entities.values()].find((e) => e.label === 'Agency');
  const id = body?.found.id ?? firm ?? notice?.id;
  if (id) edge(rels, 'MEMBER_OF', pid, id, sen.text, { role, rules: ['span.person.contact-line.en'] });
}

/** The page's own firm: the one its masthead or footer signs with, else its first law firm or consultancy, else a company
 *  whose name opens one of its first lines (a press release's own); a company the news is about is not the
 *  contact's (a digest's "Contact: A, Director, <firm not found>" is not of a company it reports on). */
function pageFirm(reg: Registry): string | undefined {
  const own = ownFirms(reg);
  if (own.length === 1) return own[0];
  const orgs = [...reg.entities.values()].filter((e) => e.label === 'Organization' && CONTACT_FIRM_KINDS.has(e.kind ?? ''));
  return (orgs.find((e) => e.kind !== 'company') ?? orgs.find((e) => reg.firstSeen.get(e.id)! <= OWN_COMPANY_BY && (e.evidence ?? '').trimStart().startsWith(e.name.split(' ')[0]!)))?.id;
}
/** The sentence by which a press release has named its own company, opening its headline ("X Announces …"). */
const OWN_COMPANY_BY = 3;

// A listed company's board footer: "the Board comprises A and B as executive directors; C as non-executive director",
// "the executive Directors are A and B; the independent non-executive Directors are C, D and E", "Directors: A, B and C".
// A board's own words only: a trial's "medical director is …" or a project's "directors are …" names no board.
const BOARD_IS_EN = /\bboard(?:\s+of\s+directors)?(?:\s+of\s+the\s+company)?\s+(?:comprises|consists\s+of|is\s+composed\s+of|includes)\b|\b(?:independent\s+)?(?:non-)?executive\s+directors?(?:\s+of\s+the\s+company)?\s+(?:are|is|comprise)\b|^\s*(?:Board\s+of\s+)?Directors\s*:/i;
const DIRECTORS_ARE_EN = /\bDirectors(?:\s+of\s+the\s+Company)?\s+(?:are|comprise)\b/;
/** A person named with a body of their own ("Dr. X of Y Hospital") is not the listed company's director. */
const OWN_BODY_AFTER_EN = /^\s*,?\s*(?:of|at|from)\s+(?:the\s+)?[A-Z]/;
const DIRECTOR_POST_EN = /\b(?:independent\s+)?(?:non-)?executive\s+directors?\b|\bdirectors?\b/i;

/** Each person a board footer lists holds the director's post its part of the list names, in the page's company. */
export function boardListEn(p: PersonMention, sen: Sentence, reg: Registry, rels: Relation[], pid: string): void {
  const s = sen.norm;
  if (!BOARD_IS_EN.test(s) && !DIRECTORS_ARE_EN.test(s)) return;
  if (OWN_BODY_AFTER_EN.test(s.slice(p.end, p.end + 40))) return;
  const from = s.lastIndexOf(';', p.start - 1) + 1;
  const to = s.indexOf(';', p.end);
  const part = s.slice(from, to < 0 ? s.length : to);
  const post = DIRECTOR_POST_EN.exec(part)?.[0].toLowerCase().replace(/s$/, '');
  const company = post ? [...reg.entities.values()].find((e) => e.label === 'Organization' && e.kind === 'company') : undefined;
  if (company) edge(rels, 'MEMBER_OF', pid, company.id, sen.text, { role: post!, rules: ['frame.membership.board-list.en'] });
}
