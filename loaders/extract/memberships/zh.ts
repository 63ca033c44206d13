// Chinese posts of one person: posts between a body and the name (全国政协委员、中国科学院院士周琪), in the segment after
// the name (张伟（国家药监局副局长）), a post alone or naming its body, a seat after the name (zh-alone.ts).
import type { Relation } from '../../types.ts';
import type { Mention } from '../mentions.ts';
import type { PersonMention } from '../persons.ts';
import { scripts, type Registry } from '../registry.ts';
import { idSlug } from '../ids.ts';
import { HOSPITAL_UNIT_ZH } from '../organizations.ts';
import { edge } from '../relations.ts';
import type { Sentence } from '../sentences.ts';
import type { Span } from './shared.ts';
import {
  boardListZh, contactUnitZh, headPostAloneZh, listedCompanyPostZh, placeHeadZh, postFieldZh, postImpliesBodyZh, postIsNameZh, seatAfterNameZh,
  seatBeforeNameZh, type NameAt,
} from './zh-alone.ts';
import {
  AGENCY_UNIT_ZH, ALSO_SEAT_ZH, BODIES_JOINED_ZH, DEICTIC_NAME_ZH, HEAD_CHAR_BODY_ZH, HEAD_CHAR_POST_ZH, MORE_POSTS_ZH,
  NEXT_SEGMENT_IN_BRACKET_ZH, POST_FIELD_BRACKET_ZH, POST_RIGHT_AFTER_NAME_ZH, POST_IMPLIES_BODY_ZH, SCHOOL_NAME_ZH, SEGMENT_AFTER_NAME_ZH, ZH_POST_AFTER_BODY, ZH_POST_AFTER_ORG, ZH_ROLE,
} from './zh-patterns.ts';
const ACADEMIC_DEPT_ZH = /学?系$/u;

const HAN_CHAR = /\p{Script=Han}/u;

/** A body (or organisation) named in the clause before a person's name. */
interface ClauseBody { id: string; start: number; end: number; agency?: boolean }

/** Chinese posts of one person: posts between a body and the name, a post alone or naming its body, a seat after the name. */
export function zhMemberships(p: PersonMention, sen: Sentence, mentions: Mention[], reg: Registry, rels: Relation[], pid: string, anaphors: Span[]): void {
  const s = sen.norm;
  // The clause before the name: posts joined by 、 up to the name.
  const from = Math.max(s.lastIndexOf('，', p.start - 1), s.lastIndexOf(',', p.start - 1), s.lastIndexOf('。', p.start - 1), s.lastIndexOf('；', p.start - 1)) + 1;
  const at: NameAt = { p, sen, mentions, reg, rels, pid, from };
  // A body by its name, a company by any name it goes by, a body by the short name or head word the page gave it
  // (藥物監督管理局（藥監局）… 藥監局局長X).
  const named = anaphors.filter((a) => a.start >= from && a.end <= p.start).map((a) => ({ ...a, agency: true }));
  const bodies = [...mentionedBodies(mentions, from, p.start), ...companiesWritten(s, from, p.start, reg), ...named];
  // 该院细胞治疗中心主任X, 公司创始人、首席执行官Y, 本公司董事长Z: the hospital or company named last before.
  if (bodies.length === 0) bodies.push(...deicticBody(s, from, p.start, sen.index, reg));
  if (bodies.length === 0) {
    headPostAloneZh(at);
    seatBeforeNameZh(at);
    listedCompanyPostZh(at);
    placeHeadZh(at);
    boardListZh(at);
  }
  seatAfterNameZh(at);
  postFieldZh(at);
  contactUnitZh(at);
  for (const b of bodies) postBeforeNameZh(b, bodies, at);
  postRightAfterNameZh(bodies, at);
  postAfterNameZh(at, anaphors);
  postIsNameZh(at);
  // 监察院…通过监察委员A提案: a post that says its body, whatever else the clause names before it.
  postImpliesBodyZh(at);
}

/** 北京协和医院张抒扬院长表示: the body right before the name, the post right after it. */
function postRightAfterNameZh(bodies: ClauseBody[], { p, sen, rels, pid }: NameAt): void {
  const post = POST_RIGHT_AFTER_NAME_ZH.exec(sen.norm.slice(p.end));
  const b = post ? bodies.find((x) => x.end === p.start) : undefined;
  if (b) edge(rels, 'MEMBER_OF', pid, b.id, sen.text, { role: ZH_ROLE[post![1]!] ?? post![1]!, rules: ['frame.membership.post-before-name.zh'] });
}

/** The body and post in the segment right after the name, read as if they stood before it. */
function postAfterNameZh(at: NameAt, anaphors: Span[]): void {
  const { p, sen, mentions, reg } = at;
  const seg = SEGMENT_AFTER_NAME_ZH.exec(sen.norm.slice(p.end));
  if (!seg) return;
  const inBracket = seg[0].includes('(');
  for (let start = p.end + seg[0].length - seg[1]!.length, end = p.end + seg[0].length, k = 0; k < 4; k++) {
    const named = anaphors.filter((a) => a.start >= start && a.end <= end).map((a) => ({ ...a, agency: true }));
    const bodies = [...mentionedBodies(mentions, start, end), ...companiesWritten(sen.norm, start, end, reg), ...named];
    for (const b of bodies) postBeforeNameZh(b, bodies, { ...at, from: start }, end);
    const next = inBracket ? NEXT_SEGMENT_IN_BRACKET_ZH.exec(sen.norm.slice(end)) : null;
    if (!next) return;
    start = end + next[0].length - next[1]!.length;
    end += next[0].length;
  }
}

// 该院, 该医院, 该公司 opening the words before a post: the organisation of that kind the page named last before; 本公司 (the
// writer itself, a company's announcement): the first it names; a bare 公司 only the one company named so far (two: neither).
const DEICTIC_BODY_ZH = /(?:^|[：:\s“"])(?<w>该医院|该院|该公司|本公司|公司)(?=\p{Script=Han})/gu;
const DEICTIC_KIND_ZH: Readonly<Record<string, string>> = { 该医院: 'hospital', 该院: 'hospital', 该公司: 'company', 本公司: 'company', 公司: 'company' };

function deicticBody(s: string, from: number, to: number, sentence: number, reg: Registry): ClauseBody[] {
  const m = [...s.slice(from, to).matchAll(DEICTIC_BODY_ZH)].at(-1);
  if (!m) return [];
  const kind = DEICTIC_KIND_ZH[m.groups!.w!];
  const first = m.groups!.w!.startsWith('本');
  let best: string | undefined;
  let count = 0;
  for (const e of reg.entities.values()) {
    const seen = reg.firstSeen.get(e.id)!;
    if (e.label !== 'Organization' || e.kind !== kind || seen > sentence) continue;
    count += 1;
    if (!best || (first ? seen < reg.firstSeen.get(best)! : seen >= reg.firstSeen.get(best)!)) best = e.id;
  }
  if (m.groups!.w === '公司' && count > 1) return [];
  const end = from + m.index + m[0].length;
  return best ? [{ id: best, start: end - m.groups!.w!.length, end }] : [];
}

/** The agencies and organisations found in the clause before the name. */
function mentionedBodies(mentions: Mention[], from: number, to: number): ClauseBody[] {
  const out: ClauseBody[] = [];
  for (const m of mentions) {
    if ((m.found.label !== 'Agency' && m.found.label !== 'Organization') || m.start < from || m.end > to) continue;
    // 省药监局药品注册处处长X: the head of a local body's unit holds a post in the body too.
    if (m.found.rule === 'span.body.local-unit.zh' && m.parent) out.push({ id: m.parent.id, start: m.start, end: m.end, agency: true });
    out.push({ id: m.found.id, start: m.start, end: m.end, agency: m.found.label === 'Agency' });
  }
  return out;
}

// The names a hospital or company goes by in running text: a hospital without its university (首都医科大学宣武医院:
// 宣武医院; not a bare 第一医院), a company without its legal form and sector word (台欣再生医学生技股份有限公司: 台欣再生医学).
const HOSPITAL_OF_UNIVERSITY_ZH = /^\p{Script=Han}{2,12}?(?:大学|学院)(?:医学院|医学部)?(?:附属)?(?<short>(?![第附])\p{Script=Han}{2,8}医院)$/u;
const COMPANY_FORM_ZH = /(?:股份有限公司|有限责任公司|有限公司)$/u;
const COMPANY_SECTOR_TAIL_ZH = /(?:生物医药|生物科技|生物技术|生技|科技|医药|技术)$/u;
function shortNamesZh(name: string): string[] {
  const hospital = HOSPITAL_OF_UNIVERSITY_ZH.exec(name)?.groups?.short;
  if (hospital) return [hospital];
  if (!COMPANY_FORM_ZH.test(name)) return [];
  const core = name.replace(COMPANY_FORM_ZH, '').replace(COMPANY_SECTOR_TAIL_ZH, '');
  return core.length >= 4 && core !== name ? [core] : [];
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
        const i = a.length >= 4 && !DEICTIC_NAME_ZH.test(a) ? clause.lastIndexOf(a) : -1;
        if (i >= 0 && HAN_CHAR.test(a) && (!at || i + a.length > at.i + at.a.length)) at = { i, a };
      }
      at ??= tailWritten(clause, id, e.aliases, reg);
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
    for (const a of shortNamesZh(e.nameZh)) consider(a);
    if (best) out.push({ id, ...best });
  }
  return out;
}

// 桃园市政府卫生局 … 卫生局长X, 卫生局医事管理科科长Y: an agency the page named in full, later by its name without the place.
const PLACE_LEAD_ZH = /^[\p{Script=Han}]{1,8}?(?:省|自治区|市|县|区)(?:人民)?(?:政府)?(?=[\p{Script=Han}]{2,6}[局委厅署]$)/u;
/** The agency's name without its place (卫生局), written in the clause where no other agency of the page ends so and no
 *  other place's name stands before it (省卫生局 is another body). */
function tailWritten(clause: string, id: string, aliases: string[], reg: Registry): { i: number; a: string } | undefined {
  for (const a of aliases) {
    const lead = PLACE_LEAD_ZH.exec(a)?.[0];
    const tail = lead ? a.slice(lead.length) : '';
    const i = tail.length >= 3 ? clause.lastIndexOf(tail) : -1;
    if (i < 0 || (HAN_CHAR.test(clause.charAt(i - 1)) && !lead!.endsWith(clause.charAt(i - 1)))) continue;
    const others = [...reg.entities.values()].some((o) => o.id !== id && o.label === 'Agency' && o.aliases.some((b) => b !== tail && b.endsWith(tail) && PLACE_LEAD_ZH.test(b)));
    if (!others) return { i, a: tail };
  }
  return undefined;
}

/** The division of an agency as an agency of its own (PART_OF the agency); undefined when the words name none. */
function agencyUnit(parent: string, unit: string, sen: Sentence, reg: Registry): string | undefined {
  if (!AGENCY_UNIT_ZH.test(unit)) return undefined;
  const id = `${parent}/${idSlug(unit, 30)}`;
  reg.add({ id, label: 'Agency', name: unit, aliases: scripts(unit), kind: 'department', rule: 'frame.membership.post-before-name.zh' }, sen.text, sen.index);
  return id;
}

/** 全国政协委员、中国科学院院士周琪: the post written between body `b` and the name (or, for a post after the name, the
 *  segment's `end`), when the chain of posts reaches it. */
function postBeforeNameZh(b: ClauseBody, bodies: ClauseBody[], { p, sen, reg, rels, pid, from }: NameAt, end = p.start): void {
  const s = sen.norm;
  // A body inside a longer one named here is not the seat (中国科学院 in 中国科学院大学); a faculty is, of a teacher in its
  // department (香港大学李嘉诚医学院儿科学系教授X: of the faculty too, not of the university inside it).
  const inside = (o: ClauseBody, c: ClauseBody): boolean => o !== c && o.start <= c.start && o.end >= c.end && o.end - o.start > c.end - c.start;
  const outer = bodies.filter((o) => inside(o, b));
  // So is a hospital, of a clinician in a unit of it (X医院细胞治疗中心主任Y).
  const unitName = outer.length === 1 ? s.slice(b.end, outer[0]!.end) : '';
  const facultyOf = outer.length === 1 && outer[0]!.start === b.start && ((SCHOOL_NAME_ZH.test(s.slice(b.start, b.end)) && ACADEMIC_DEPT_ZH.test(unitName)) || (/医院$/.test(s.slice(b.start, b.end)) && HOSPITAL_UNIT_ZH.test(unitName)));
  if (outer.length > 0 && !facultyOf) return;
  // The body's head character is also the post's (部 + 长).
  const shared = HEAD_CHAR_BODY_ZH.test(s.slice(b.start, b.end)) ? HEAD_CHAR_POST_ZH.exec(s.slice(b.end, end)) : null;
  // One post after two bodies joined by 、 is held in each.
  const joined = bodies.find((o) => o.start > b.end && BODIES_JOINED_ZH.test(s.slice(b.end, o.start)));
  const postAt = facultyOf ? outer[0]!.end : !shared && joined && !ZH_POST_AFTER_BODY.test(s.slice(b.end, end)) ? joined.end : b.end;
  const post = (b.agency ? ZH_POST_AFTER_BODY : ZH_POST_AFTER_ORG).exec(s.slice(postAt, end)) ?? shared;
  if (!post) return;
  // A post that names its own house (国民党立委X: the Legislative Yuan) is held there, not in the party named before it.
  const house = POST_IMPLIES_BODY_ZH.find(([re]) => re.test(s.slice(postAt, end)));
  if (house && house[1] !== b.id) return;
  // Only posts in the chain that reaches the name: nothing but further posts and 、 between.
  // A post's field in brackets (副院长(研究)X) is part of the post.
  const rest = s.slice(postAt + post[0].length, end).replace(POST_FIELD_BRACKET_ZH, '');
  // A seat the person also holds, described before the chain that reaches the name (同为…的).
  const alsoSeat = /^的/.test(rest) && ALSO_SEAT_ZH.test(s.slice(from, b.start));
  if (rest && !alsoSeat && !MORE_POSTS_ZH.test(rest)) return;
  const role = post === shared ? `${s[b.end - 1]}长` : post[1]!;
  edge(rels, 'MEMBER_OF', pid, b.id, sen.text, { role: ZH_ROLE[role] ?? role, rules: ['frame.membership.post-before-name.zh'] });
  // Who heads a division of an agency is a member of both.
  const unit = b.agency && post !== shared ? agencyUnit(b.id, post[0].slice(0, post[0].length - role.length), sen, reg) : undefined;
  if (unit) edge(rels, 'MEMBER_OF', pid, unit, sen.text, { role: ZH_ROLE[role] ?? role, rules: ['frame.membership.post-before-name.zh'] });
}
