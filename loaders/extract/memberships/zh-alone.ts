// Chinese posts with no body written before them in their clause: a head post alone, a post that names its house, a
// seat after the name, a company officer's field, a place's head.
import type { Entity, Relation } from '../../types.ts';
import { knowledge } from '../gazetteer-source.ts';
import { entryFound, localBodyFor, type Mention } from '../mentions.ts';
import { POST_FIELDS, type PersonMention } from '../persons.ts';
import { scripts, type Registry } from '../registry.ts';
import { idSlug } from '../ids.ts';
import { edge } from '../relations.ts';
import { ruleById } from '../rules/index.ts';
import type { Sentence } from '../sentences.ts';
import { firstNamed } from './shared.ts';
import {
  BENCH_POST_ZH, BOARD_IS_ZH, BOARD_LIST_POST_ZH, DIRECTORS_ONLY_ZH, BOARD_NAME_ZH, CLINICAL_UNIT_ZH, COMPANY_OFFICER_ZH, COURT_POST_ZH, DEICTIC_POST_ZH, HEAD_POST_ALONE_ZH, LEGAL_COMPANY_NAME_ZH, LISTED_COMPANY_FIELD, PLACE_HEAD_ZH,
  POST_IMPLIES_BODY_ZH, POST_IS_ZH, SCHOOL_NAME_ZH, SEAT_AFTER_NAME_ZH, SEAT_BEFORE_NAME_ZH, SHORT_BODY_POST_ZH,
} from './zh-patterns.ts';

/** One person's name in its sentence, where its clause starts (`from`), and where the posts found go. */
export interface NameAt { p: PersonMention; sen: Sentence; mentions: Mention[]; reg: Registry; rels: Relation[]; pid: string; from: number }

/** 台北荣民总医院昨日举行发表会，院长黄志明表示: a head post alone in its clause heads the body of that head word named
 *  earlier in the sentence. */
export function headPostAloneZh(at: NameAt): void {
  const { p, sen, mentions, reg, rels, pid, from } = at;
  const s = sen.norm;
  const headPost = HEAD_POST_ALONE_ZH.exec(s.slice(from, p.start));
  if (!headPost) {
    shortBodyPostZh(at);
    return;
  }
  if (COURT_POST_ZH.test(headPost[0])) {
    const courts = [...reg.entities.values()].filter((e) => e.label === 'Agency' && e.kind === 'court');
    // A judgment's bench signs for the court that heads it (named first), whatever appeal court it names.
    if (courts.length === 1 || (courts.length > 1 && BENCH_POST_ZH.test(headPost[0]))) edge(rels, 'MEMBER_OF', pid, courts[0]!.id, sen.text, { role: headPost[0], rules: ['frame.membership.head-post-alone.zh'] });
    return;
  }
  const head = headPost[1] === '校' ? SCHOOL_NAME_ZH : headPost[1] ? new RegExp(`${headPost[1]}$`) : BOARD_NAME_ZH;
  const named = [...mentions].reverse().find((m) => (m.found.label === 'Agency' || m.found.label === 'Organization') && m.end <= from && head.test(s.slice(m.start, m.end)));
  const org = named ? undefined : [...reg.entities.values()].filter((e) => e.label === 'Organization' && e.nameZh && head.test(e.nameZh) && s.lastIndexOf(e.nameZh, from) >= 0).pop();
  const id = named?.found.id ?? org?.id;
  if (id) edge(rels, 'MEMBER_OF', pid, id, sen.text, { role: headPost[0], rules: ['frame.membership.head-post-alone.zh'] });
}

/** A company officer's post alone in a field of a listed company's record: an officer of the page's company (the first
 *  company the page names, in its header). */
export function listedCompanyPostZh({ p, sen, reg, rels, pid, from }: NameAt): void {
  const post = COMPANY_OFFICER_ZH.exec(sen.norm.slice(from, p.start));
  // (In the field's sentence, or one that is only the post and the name: the field's next item after ；.)
  if (!post || !(LISTED_COMPANY_FIELD.test(sen.norm) || (from === 0 && post.index === 0))) return;
  const company = pageCompany(reg);
  if (company) edge(rels, 'MEMBER_OF', pid, company.id, sen.text, { role: post.groups!.post!, rules: ['frame.membership.listed-company-officer.zh'] });
}

/** 发言人　X　　发言人职称　总经理: a post in the field after the name's, held in the page's company; 当事人：X有限公司 …
 *  法定代表人：Y: the post of the field's label, held in the organisation the fields named nearest before. */
export function postFieldZh({ p, sen, reg, rels, pid }: NameAt): void {
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

/** 董事会包括执行董事A博士及B女士；…以及独立非执行董事C先生: each listed director holds the post opening the list, in the
 *  page's company. The clause is read from the sentence's last ；, as the list's items run over commas-free joiners. */
export function boardListZh({ p, sen, reg, rels, pid }: NameAt): void {
  const s = sen.norm;
  // (The footer's later lists are sentences of their own after ；: a sentence that is only directors and their names.)
  const board = BOARD_IS_ZH.test(s) || DIRECTORS_ONLY_ZH.test(s);
  if (!board) return;
  const from = Math.max(s.lastIndexOf('；', p.start - 1), s.lastIndexOf(';', p.start - 1), 0);
  const post = BOARD_LIST_POST_ZH.exec(s.slice(from, p.start))?.groups?.post;
  const company = post ? pageCompany(reg) : undefined;
  if (company) edge(rels, 'MEMBER_OF', pid, company.id, sen.text, { role: post!, rules: ['frame.membership.board-list.zh'] });
}

const STOCK_EXCHANGE = /交易所|交易及结算所|Exchanges?\b/u;

/** The page's own company: the first one it names by a full legal name (a listed company's record, its header). */
function pageCompany(reg: Registry): Entity | undefined {
  // (Named in English first and in Chinese on the next line, its Chinese name is an alias.)
  // (The exchange a listing announcement's disclaimer names first is never the page's company.)
  return [...reg.entities.values()].find((e) => e.label === 'Organization' && [e.nameZh ?? '', ...e.aliases].some((n) => LEGAL_COMPANY_NAME_ZH.test(n)) && !STOCK_EXCHANGE.test(`${e.name} ${e.nameZh ?? ''}`));
}

/** 台中市长卢秀燕, 某县县长X: a place's head is of that place's government (when the gazetteer knows it). */
export function placeHeadZh({ p, sen, mentions, reg, rels, pid, from }: NameAt): void {
  const s = sen.norm;
  const place = [...mentions].reverse().find((m) => m.found.label === 'Region' && m.start >= from && m.end <= p.start && PLACE_HEAD_ZH.test(s.slice(m.end, p.start)));
  const region = place ? knowledge().byId.get(place.found.id) : undefined;
  const gov = region ? localBodyFor(region, 'government') : undefined;
  if (!gov) return;
  edge(rels, 'MEMBER_OF', pid, gov.id, sen.text, { role: 'head', rules: ['frame.membership.place-head.zh'] });
  reg.add({ ...gov, rule: 'frame.membership.place-head.zh' }, sen.text, sen.index);
}

/** A body named by a short form of its name before a post: the one organisation or agency of the page whose name ends so. */
function shortBodyPostZh({ p, sen, reg, rels, pid, from }: NameAt): void {
  const m = SHORT_BODY_POST_ZH.exec(sen.norm.slice(from, p.start));
  if (!m?.groups) return;
  const noun = m.groups.noun!;
  const longer = (n: string | undefined): boolean => n !== undefined && n.length > noun.length && n.endsWith(noun);
  const bodies = [...reg.entities.values()].filter((e) => (e.label === 'Organization' || e.label === 'Agency') && (longer(e.nameZh) || e.aliases.some(longer)));
  // Only when the page names one body of that kind.
  if (bodies.length === 1) edge(rels, 'MEMBER_OF', pid, bodies[0]!.id, sen.text, { role: m.groups.post!, rules: ['frame.membership.generic-noun-post.zh'] });
  // 骨科部主任X, 血液科主任医师Y: a clinical department's post, where the page has named one hospital so far, is of it.
  else if (bodies.length === 0 && CLINICAL_UNIT_ZH.test(noun)) {
    // (The hospitals named up to this sentence: one of them only.)
    const hospitals = [...reg.entities.values()].filter((e) => e.label === 'Organization' && (e.kind === 'hospital' || /医院$/.test(e.nameZh ?? e.name)) && reg.firstSeen.get(e.id)! <= sen.index);
    if (hospitals.length === 1) edge(rels, 'MEMBER_OF', pid, hospitals[0]!.id, sen.text, { role: m.groups.post!, rules: ['frame.membership.generic-noun-post.zh'] });
  }
}

/** A house's post alone before the name: a member of the house the sentence names, else the first one the page names
 *  (as X议员, X代表 after the name). */
export function seatBeforeNameZh({ p, sen, mentions, reg, rels, pid, from }: NameAt): void {
  const post = SEAT_BEFORE_NAME_ZH.exec(sen.norm.slice(from, p.start).trim());
  const seat = post ? SEAT_AFTER_NAME_ZH.find(([re]) => re.test(post[1]!)) : undefined;
  if (!seat) return;
  const house = mentions.find((m) => seat[1](m.found.id))?.found.id ?? firstNamed(reg, seat[1]);
  if (house) edge(rels, 'MEMBER_OF', pid, house, sen.text, { role: seat[2], rules: ['frame.membership.legislator-after-name.zh'] });
}

/** 总理李强, 立法委员林静仪 with no body named: the post itself says the body. */
export function postImpliesBodyZh({ p, sen, reg, rels, pid, from }: NameAt): void {
  const before = sen.norm.slice(from, p.start);
  const implied = POST_IMPLIES_BODY_ZH.find(([re]) => re.test(before));
  // (国务院总理X: the body named before the post holds it already.)
  if (!implied || rels.some((r) => r.type === 'MEMBER_OF' && r.from === pid && r.to === implied[1])) return;
  if (DEICTIC_POST_ZH.test(before.slice(implied[0].exec(before)!.index)) && !reg.entities.has(implied[1])) return;
  const [, body, role, rule] = implied;
  edge(rels, 'MEMBER_OF', pid, body, sen.text, { role, rules: [rule] });
  reg.add({ ...entryFound(knowledge().byId.get(body)!), rule }, sen.text, sen.index);
}

/** 陈凯欣议员 in a sentence about the Legislative Council, 陈望青代表 in a reply about 省六届人大: a member of the
 *  house of that post the sentence names. */
export function seatAfterNameZh({ p, sen, mentions, reg, rels, pid }: NameAt): void {
  const after = sen.norm.slice(p.end, p.end + 4);
  const seat = SEAT_AFTER_NAME_ZH.find(([post]) => post.test(after));
  if (!seat) return;
  // Named in the sentence, else the first such house the document names (a reply's headline: 关于十四届全国人大…建议的答复).
  const house = mentions.find((m) => seat[1](m.found.id))?.found.id ?? firstNamed(reg, seat[1]);
  if (house) edge(rels, 'MEMBER_OF', pid, house, sen.text, { role: seat[2], rules: ['frame.membership.legislator-after-name.zh'] });
}

/** The clause opens with a post and 为/是 (主席为X局局长Y): a holder of that post in the body the clause before named (the
 *  nearest on the post's side). */
export function postIsNameZh({ p, sen, mentions, rels, pid, from }: NameAt): void {
  const m = from > 0 ? POST_IS_ZH.exec(sen.norm.slice(from, p.start)) : null;
  const body = m ? [...mentions].reverse().find((x) => (x.found.label === 'Agency' || x.found.label === 'Organization') && x.end <= from) : undefined;
  if (body) edge(rels, 'MEMBER_OF', pid, body.found.id, sen.text, { role: m![1]!, rules: ['frame.membership.post-before-name.zh'] });
}

const MEDIA_CONTACT_ZH = /(?:媒体|传媒|媒介|投资者|投资人|公关|品牌)$/u;

/** 联系人：卫生检疫司 刘晓峰, 新闻联络人：某某科 科长 张三: a contact works in the unit the line names — the gazetteer's (医事司),
 *  a unit of the body written in it (市卫生健康委医政处), else a unit of the page's first body. */
export function contactUnitZh({ p, sen, mentions, reg, rels, pid }: NameAt): void {
  const s = sen.norm;
  const u = /联|人[:：]/.test(s) ? ruleById('span.person.contact-unit.zh').pattern.exec(s) : null;
  if (!u?.groups || u.groups.name !== p.nameZh) return;
  const { unit, post, post2, name } = u.groups as { unit: string; post?: string; post2?: string; name: string };
  const end = u.index + u[0].length - (post2?.length ?? 0) - name.length - (post?.length ?? 0);
  const start = end - unit!.length;
  const role = post ?? post2 ?? 'contact';
  const whole = mentions.find((m) => m.found.label === 'Agency' && m.start <= start && m.end >= end);
  if (whole) {
    edge(rels, 'MEMBER_OF', pid, whole.found.id, sen.text, { role, rules: ['span.person.contact-unit.zh'] });
    return;
  }
  const inside = mentions.find((m) => m.found.label === 'Agency' && m.start >= start && m.end < end);
  // 媒体联系人：品牌传播部 X: a company's press or investor contact is the company's, never the regulator's its story names.
  if (!inside && MEDIA_CONTACT_ZH.test(s.slice(Math.max(0, u.index - 4), u.index))) {
    const company = pageCompany(reg);
    if (company) edge(rels, 'MEMBER_OF', pid, company.id, sen.text, { role, rules: ['span.person.contact-unit.zh'] });
    return;
  }
  const parent = inside?.found.id ?? [...reg.entities.values()].find((e) => e.label === 'Agency')?.id;
  if (!parent) return;
  contactInUnitZh(reg, rels, { parent, unit: s.slice(inside ? inside.end : start, end), person: pid, role, sen, rule: 'span.person.contact-unit.zh' });
}

/** A Chinese unit of `parent` named on a contact line (one unit, one id, whichever reader finds it), PART_OF it, and the
 *  contact its member. */
export function contactInUnitZh(reg: Registry, rels: Relation[], u: { parent: string; unit: string; person: string; role: string; sen: Sentence; rule: string }): void {
  const id = `${u.parent}/${idSlug(u.unit, 30)}`;
  reg.add({ id, label: 'Agency', name: u.unit, aliases: scripts(u.unit), kind: 'department', rule: u.rule }, u.sen.text, u.sen.index);
  edge(rels, 'PART_OF', id, u.parent, u.sen.text, { rules: [u.rule] });
  edge(rels, 'MEMBER_OF', u.person, id, u.sen.text, { role: u.role, rules: [u.rule] });
}
