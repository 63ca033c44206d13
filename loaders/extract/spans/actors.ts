// Agency and place spans → registry entities and the actors of the sentence. Which of two overlapping or
// adjacent spans acts is settled by one policy (settleParents): a body named only to say whose another is
// ("… of the NMPA", 北京市人民政府办公厅) does not act.
import type { Relation } from '../../types.ts';
import { BODY_TYPES } from '../bodies.ts';
import type { Knowledge } from '../gazetteer-source.ts';
import { enBody, entryFound, localBody, localBodyFor, type Mention } from '../mentions.ts';
import type { TitleMention } from '../policies.ts';
import type { Found, Registry } from '../registry.ts';
import { idSlug } from '../ids.ts';
import { unitHeadsEn } from '../../units.ts';
import { edge } from '../relations.ts';
import { IN_BODY_NAME } from '../registry.ts';
import { ruleById } from '../rules/index.ts';
import { originalSpan, type Sentence } from '../sentences.ts';
import { agencyRegion, type RegionContext } from './regions.ts';
import type { Actor } from './types.ts';

const HAN = /\p{Script=Han}/u;
// Zones run by an administrative committee (管委会) of their own.
const ZONE_KINDS = new Set(['development_zone', 'new_area', 'zone', 'pilot_zone', 'cooperation_zone', 'park', 'science_park', 'demonstration_zone', 'industrial_park', 'special_zone', 'area']);
const LIST_AFTER_BODY = /(?:Commission|Administration|Bureau|Department|Office|Committee|Government|Council),?\s+(?:and\s+)?(?:the\s+)?[A-Z]/;
const EN_BODY_FORMS = BODY_TYPES.flatMap((b) => b.en.map((form) => ({ form, b }))).sort((x, y) => y.form.length - x.form.length);

export interface ActorInput {
  sen: Sentence;
  s: string;
  mentions: Mention[];
  titles: TitleMention[];
}

// "the Authority of the X Cooperation Zone", "Administrative Committee of X", "the Administration of X": a zone's body
// named before it (not a title's "Measures on the Administration of X").
const ZONE_ADMIN_BEFORE = /(?<!\b(?:on|for|to|of)\s+the\s+)\b(?:Authority|Administrative\s+Committee|Management\s+Committee|Administration(?:\s+Bureau)?)\s+of\s+(?:the\s+)?$/;
const ZONE_ADMIN_AFTER = ruleById('span.zone-administration').pattern;
const ZONE_ACTS = ruleById('frame.issue.zone-acts').pattern;

/** What one sentence's actor stage works with. */
interface ActorStage { x: ActorInput; K: Knowledge; reg: Registry; rels: Relation[]; actors: Actor[]; inTitle: (a: number, b: number) => boolean }

/** Registers the sentence's agencies and places and returns the agencies that can act, parents settled. */
export function agencyActors(x: ActorInput, K: Knowledge, reg: Registry, rels: Relation[], regions: RegionContext): Actor[] {
  const inTitle = (a: number, b: number): boolean => x.titles.some((t) => a >= t.start && b <= t.end);
  const st: ActorStage = { x, K, reg, rels, actors: [], inTitle };
  for (const m of x.mentions) {
    registerMention(st, m, regions);
    const zone = m.found.label === 'Region' && (ZONE_KINDS.has(m.found.kind ?? '') || /^region:(?:ftz|zone)\//.test(m.found.id));
    if (zone) zoneBody(st, m);
  }
  sharedRegionBodies(st);
  settleParents(x.s, st.actors, x.mentions, K, reg);
  possessiveParents(x.s, st.actors, K, rels, x.sen.text);
  return st.actors;
}

/** One mention: its entity (and its stated parent, PART_OF), and an actor when a body names it outside a title. */
function registerMention({ x: { sen, s, mentions }, K, reg, rels, actors, inTitle }: ActorStage, m: Mention, regions: RegionContext): void {
  if (m.entry?.kind === 'faculty') universityOfFaculty(s.slice(m.start, m.end), K, reg, sen);
  const quiet = m.inBodyName || (m.found.label === 'Region' && inTitle(m.start, m.end) && locatesNext(s, m, mentions));
  const e = reg.add(m.found, sen.text, sen.index, s.slice(m.start, m.end), quiet ? IN_BODY_NAME : m.entry ? 'span.gazetteer' : 'span.composed-body');
  reg.alias(e, originalSpan(sen, m.start, m.end));
  if (m.found.label === 'Region') regions.named(m.found.id);
  if (m.parent) {
    if (m.parentNamed) reg.add(m.parent, sen.text, sen.index, undefined, 'span.parent-body');
    edge(rels, 'PART_OF', e.id, m.parent.id, sen.text, { rules: ['span.parent-body'] });
  }
  if (m.found.label === 'Agency' && !inTitle(m.start, m.end)) actors.push({ id: e.id, start: m.start, end: m.end, label: 'Agency', ...(m.parentOnly ? { asParent: true } : {}) });
  // A known organisation acts as one found by its head word does (HKEX introduced Chapter 18A).
  if (m.found.label === 'Organization' && !inTitle(m.start, m.end)) actors.push({ id: e.id, start: m.start, end: m.end, label: 'Organization' });
}

/** In a Chinese title, a place written right before another (海南自由贸易港博鳌乐城…先行区) only says where that one is: as a
 *  place inside a body's name, no place of the page alone. (An English title's "… Pilot Zone of Hainan Free Trade Port"
 *  names it as a place: the gold of every set lists it.) */
function locatesNext(s: string, m: Mention, mentions: Mention[]): boolean {
  return HAN.test(s.charAt(m.start)) && mentions.some((o) => o !== m && o.found.label === 'Region' && o.found.id !== m.found.id && o.start === m.end);
}

/**
 * A zone's body named with it: its administrative committee ("The Lin-gang Special Area Administration", "X管委会", "the
 * Authority of X"), else a unit of it ("the Industrial Development Bureau of Jiangbei New Area"), else the committee of a
 * zone that issues something itself ("X Development Area issued …").
 */
function zoneBody({ x: { sen, s, titles }, K, reg, actors, inTitle }: ActorStage, m: Mention): void {
  const admin = ZONE_ADMIN_AFTER.exec(s.slice(m.end, m.end + 30));
  const adminBefore = !admin && s.lastIndexOf(' of ', m.start) >= m.start - 12 ? ZONE_ADMIN_BEFORE.exec(s.slice(Math.max(0, m.start - 40), m.start)) : null;
  if (admin || adminBefore) {
    // A zone the gazetteer does not hold (found by its head word) has its committee too.
    const entry = K.byId.get(m.found.id) ?? { id: m.found.id, label: 'Region' as const, name: m.found.name, aliases: [], kind: m.found.kind ?? 'zone' };
    const body = localBodyFor(entry, 'management-committee');
    if (body) {
      const start = adminBefore ? m.start - adminBefore[0].length : m.start;
      const end = m.end + (admin ? admin[0].length : 0);
      const c = reg.add(body, sen.text, sen.index, s.slice(start, end));
      if (!inTitle(m.start, m.end)) actors.push({ id: c.id, start, end, label: 'Agency' });
      return;
    }
  }
  const unit = zoneUnit(s, m);
  if (unit) {
    // A unit of a kind bodies are composed of ("Science and Technology Innovation Bureau of X New Area"): the one id the
    // zone's body of that kind has however it is written ("X New Area Science and Technology Innovation Bureau").
    const type = enBody(unit.words);
    const entry = type ? (K.byId.get(m.found.id) ?? { id: m.found.id, label: 'Region' as const, name: m.found.name, aliases: [], kind: m.found.kind ?? 'zone' }) : undefined;
    const typed = type && entry ? localBodyFor(entry, type.slug) : undefined;
    const found: Found = typed ? { ...typed, rule: 'span.zone-unit.en' } : { id: `agency:${m.found.id.replace(/^region:/, '')}/${idSlug(unit.words, 40)}`, label: 'Agency', name: s.slice(unit.start, unit.end), kind: 'department', level: 'municipal', rule: 'span.zone-unit.en' };
    const c = reg.add(found, sen.text, sen.index, s.slice(unit.start, unit.end));
    if (!inTitle(unit.start, unit.end)) actors.push({ id: c.id, start: unit.start, end: unit.end, label: 'Agency' });
    return;
  }
  if (titles.length > 0 && ZONE_KINDS.has(m.found.kind ?? '') && !inTitle(m.start, m.end) && ZONE_ACTS.test(s.slice(m.end, m.end + 40))) {
    const entry = K.byId.get(m.found.id);
    const body = entry ? localBodyFor(entry, 'management-committee') : undefined;
    if (body) actors.push({ id: reg.add(body, sen.text, sen.index).id, start: m.start, end: m.end, label: 'Agency' });
  }
}

/** "The Hainan Provincial Health Commission, Medical Products Administration, and …": a body type listed bare after a
 *  local body shares its region. */
function sharedRegionBodies({ x: { sen, s }, K, reg, actors }: ActorStage): void {
  for (let i = 0; i < actors.length && LIST_AFTER_BODY.test(s); i++) {
    const body = sharedRegionBody(s, actors[i]!, K);
    if (!body) continue;
    const e = reg.add(body.found, sen.text, sen.index, s.slice(body.start, body.end), 'span.body.shared-region.en');
    actors.push({ id: e.id, start: body.start, end: body.end, label: 'Agency' });
  }
}

const ZONE_UNIT_BEFORE = ruleById('span.zone-unit.en').pattern;
const ZONE_UNIT_AFTER = new RegExp(String.raw`^\s+((?:[A-Z][\w-]*\s+(?:and\s+)?){0,3}${unitHeadsEn('Bureau', 'Office', 'Department', 'Commission')})\b`);
/** A unit named before a zone ("Bureau of X New Area") or after it ("X City Construction Office"); not its administration. */
function zoneUnit(s: string, m: Mention): { start: number; end: number; words: string } | undefined {
  const before = s.lastIndexOf(' of ', m.start) >= m.start - 12 ? ZONE_UNIT_BEFORE.exec(s.slice(Math.max(0, m.start - 80), m.start)) : null;
  if (before?.[1]) return { start: m.start - before[0].length + before[0].indexOf(before[1]), end: m.end, words: before[1] };
  const after = ZONE_UNIT_AFTER.exec(s.slice(m.end, m.end + 60));
  if (after?.[1] && !/^(?:Administration|Management)\s+Bureau$/.test(after[1])) return { start: m.start, end: m.end + after[0].length, words: after[1] };
  return undefined;
}

/** "the NMPA's Center for Drug Evaluation": a body named with the possessive of the body it is part of. */
function possessiveParents(s: string, actors: Actor[], K: Knowledge, rels: Relation[], evidence: string): void {
  for (let i = 0; i + 1 < actors.length; i++) {
    const a = actors[i]!;
    const b = actors[i + 1]!;
    if (a.label !== 'Agency' || b.label !== 'Agency' || !/^['’]s?\s+$/.test(s.slice(a.end, b.start))) continue;
    if (K.byId.get(b.id)?.partOf !== a.id) continue;
    a.asParent = true;
    edge(rels, 'PART_OF', b.id, a.id, evidence, { rules: ['span.parent-body'] });
  }
}

/** The overlap policy for bodies: a body named to say whose another body is does not act there. */
function settleParents(s: string, actors: Actor[], mentions: Mention[], K: Knowledge, reg: Registry): void {
  // A parent named inside "X of the Y" is not an actor of its own in that phrase.
  for (const m of mentions) {
    if (!m.parent) continue;
    for (const a of actors) if (a.id === m.parent.id && a.start >= m.start && a.end <= m.end + 1) a.asParent = true;
  }
  for (const m of mentions) {
    if (m.parent) for (const a of actors) if (a.id === m.parent.id && a.start >= m.start - 2 && a.end <= m.end) a.asParent = true;
  }
  for (let i = 0; i + 1 < actors.length; i++) {
    const a = actors[i]!;
    const b = actors[i + 1]!;
    const gap = s.slice(a.end, b.start);
    // "The Center for Drug Evaluation (CDE) of the NMPA": a body's parent named after it only says whose it is.
    if (/^\s*[)）]?\s*(?:\([^)]{1,20}\)\s*)?(?:of|under|at)\s+(?:the\s+)?$/.test(gap)) {
      let up = K.byId.get(a.id)?.partOf;
      for (let k = 0; up && k < 4; k++, up = K.byId.get(up)?.partOf) if (up === b.id) b.asParent = true;
    }
  }
  // "(NMPA)" after the full name is the same mention.
  for (let i = 0; i + 1 < actors.length; i++) {
    const a = actors[i]!;
    const b = actors[i + 1]!;
    if (a.id === b.id && a.asParent && /^\s*[(（]\s*$/.test(s.slice(a.end, b.start))) b.asParent = true;
  }
  // 香港特别行政区政府医务卫生局, 北京市人民政府办公厅: a government written right before one of its own bodies
  // only says whose body it is.
  for (let i = 0; i + 1 < actors.length; i++) {
    const a = actors[i]!;
    const b = actors[i + 1]!;
    if (a.end !== b.start || !HAN.test(s.charAt(a.end))) continue;
    const ea = reg.entities.get(a.id);
    if (ea?.kind === 'government' && agencyRegion(a.id, K.byId) === agencyRegion(b.id, K.byId)) a.asParent = true;
  }
}

/** A body type written bare right after a local body in a list: the same region's body of that type. */
function sharedRegionBody(s: string, a: Actor, K: Knowledge): { found: Found; start: number; end: number } | undefined {
  if (a.label !== 'Agency' || !/^agency:cn-/.test(a.id) || HAN.test(s)) return undefined;
  const m = ruleById('span.body.shared-region.en').pattern.exec(s.slice(a.end));
  if (!m?.groups?.form) return undefined;
  const hit = EN_BODY_FORMS.find((f) => f.form.toLowerCase() === m.groups!.form!.toLowerCase().replace(/\s+/g, ' '));
  const rid = agencyRegion(a.id, K.byId);
  const region = rid ? K.byId.get(rid) : undefined;
  if (!hit || !region) return undefined;
  const start = a.end + m[0].length - m.groups.form.length;
  return { found: localBody(region, hit.b), start, end: start + m.groups.form.length };
}

/** 香港中文大学医学院: a faculty named in full names its university first (registered before it, as read). */
function universityOfFaculty(surface: string, K: Knowledge, reg: Registry, sen: Sentence): void {
  const m = K.lex.matchShort(surface.slice(0, -1)).find((x) => x.start === 0 && x.entries.some((e) => e.kind === 'university'));
  const entry = m?.entries.find((e) => e.kind === 'university');
  if (entry) reg.add(entryFound(entry), sen.text, sen.index, surface.slice(0, m!.end), 'span.gazetteer');
}
