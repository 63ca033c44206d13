// A contact block over several sentences and lines (read/contact-line.ts reads it): 联系人：A处　甲；B部　乙 (；ends a
// sentence, so 乙 stands alone in his), 联系单位及电话：某处，电话；联系人：丙, "Interpretation unit: X" over "Interpreter: Y".
// The sentence readers see one sentence each; here the block gives the persons they missed and, to a contact with no body
// yet, the unit written before them on the block.
import { pinyin } from 'pinyin-pro';
import type { Relation } from '../../types.ts';
import { blockLine, contactBlockZh, contactLineEn, type ContactField } from '../../read/contact-line.ts';
import type { Mention } from '../mentions.ts';
import { addZh, contactPerson, type PersonMention } from '../persons.ts';
import type { Registry } from '../registry.ts';
import { contactInUnitZh } from '../memberships/zh-alone.ts';
import { edge } from '../relations.ts';
import type { Actor, PersonAt, SentenceSpans } from '../spans/types.ts';
import { ownBody, unitMembership } from './contact-units.ts';

const RULE = 'contact.unit-block';
const MAX_SENTENCES = 8;

interface Part {
  sp: SentenceSpans;
  /** Where the sentence's text starts in the block's. */
  at: number;
}

type Unit = ContactField & { of?: ContactField };

interface Block {
  zh: boolean;
  parts: Part[];
  /** Each person and the units written before them (Chinese: the nearest; English: the line's, as contact-units.ts reads them). */
  entries: Array<{ person: ContactField; units: Unit[] }>;
}

/** The page's contact blocks that run over more than one sentence, with the persons and units read on them. */
function contactBlocks(spans: SentenceSpans[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < spans.length; i++) {
    const zh = /\p{Script=Han}/u.test(spans[i]!.s);
    if (!blockLine(spans[i]!.s, zh, false)) continue;
    const parts: Part[] = [{ sp: spans[i]!, at: 0 }];
    let text = spans[i]!.s;
    for (let j = i + 1; j < spans.length && parts.length < MAX_SENTENCES; j++) {
      const sp = spans[j]!;
      const prev = parts.at(-1)!.sp.sen.line;
      if (sp.sen.line !== prev && (sp.sen.line !== prev + 1 || !blockLine(sp.s, zh, true))) break;
      // (Lines apart read as entries apart.)
      if (sp.sen.line !== prev) text += zh ? '；' : '; ';
      parts.push({ sp, at: text.length });
      text += sp.s;
    }
    // (An English line alone is contact-units.ts's.)
    if (parts.length === 1 && !zh) continue;
    i += parts.length - 1;
    const line = zh ? undefined : contactLineEn(text);
    const entries = zh ? contactBlockZh(text).map((e) => ({ person: e.person, units: e.unit ? [e.unit] : [] })) : line ? line.entries : [];
    if (entries.length > 0) out.push({ zh, parts, entries });
  }
  return out;
}

/** The part of the block a field stands in, and the field in that sentence's offsets. */
function partOf(b: Block, f: ContactField): { part: Part; start: number; end: number } | undefined {
  const part = [...b.parts].reverse().find((x) => x.at <= f.start);
  return part && f.end - part.at <= part.sp.s.length ? { part, start: f.start - part.at, end: f.end - part.at } : undefined;
}

/** Adds to `persons` each person of a block that no sentence reader found. */
export function contactBlockPersons(spans: SentenceSpans[], persons: PersonAt[]): void {
  for (const b of contactBlocks(spans)) {
    for (const e of b.entries) {
      const at = partOf(b, e.person);
      if (!at) continue;
      const { sen, mentions } = at.part.sp;
      const here = persons.filter((x) => x.sentence.index === sen.index).map((x) => x.p);
      const found: PersonMention[] = [...here];
      if (b.zh) {
        addZh(found, at.start, e.person.text);
        if (found.length === here.length) placedNameZh(found, at.start, e.person.text);
      } else contactPerson(found, at.start, e.person.text);
      for (const p of found.slice(here.length)) persons.push({ p, sentence: sen, mentions });
    }
  }
}

/** MEMBER_OF (and PART_OF) for each block person that has no membership yet: the unit written before them on the block. */
export function contactBlockMemberships(spans: SentenceSpans[], persons: Array<PersonAt & { id: string }>, reg: Registry, rels: Relation[]): void {
  for (const b of contactBlocks(spans)) {
    let parent: string | undefined;
    for (const e of b.entries) {
      const at = partOf(b, e.person);
      const x = at && persons.find((y) => y.sentence.index === at.part.sp.sen.index && y.p.start === at.start);
      // (A unit's body carries over to the units after it: 药审中心生物制品药学部 甲；临床部 乙, also when a sentence reader
      // gave 甲 his unit.)
      const had = x && rels.find((r) => r.type === 'MEMBER_OF' && r.from === x.id)?.to;
      const unit = b.zh && e.units[0] && !had ? zhUnit(b, e.units[0], parent, reg) : undefined;
      parent = (had && (rels.find((r) => r.type === 'PART_OF' && r.from === had)?.to ?? had)) || unit?.parent || parent;
      if (!x || had) continue;
      if (!b.zh) unitMembership(e.units, (f) => bodyIn(b, f), reg, rels, x.id, x.sentence);
      else if (unit) zhMember(unit, reg, rels, x);
    }
  }
}

/** The body a field names, found in its sentence's mentions. */
function bodyIn(b: Block, f: ContactField): string | undefined {
  const at = partOf(b, f);
  return at ? bodyMention(at.part.sp.mentions, at.start, at.end)?.found.id : undefined;
}

const bodyMention = (mentions: Mention[], start: number, end: number): Mention | undefined =>
  mentions.find((m) => (m.found.label === 'Agency' || m.found.label === 'Organization') && !m.parentOnly && m.start >= start && m.end <= end);
/** The last body or organisation found in a field that leaves words of a unit after it. */
const lastBody = (sp: SentenceSpans, start: number, end: number): Actor | undefined =>
  sp.actors.filter((a) => (a.label === 'Agency' || a.label === 'Organization') && !a.asParent && a.start >= start && a.end < end).sort((a, b) => b.end - a.end)[0];

/** A contact's name that no surname list knows (乌云其其格, 阿依古丽·买买提), read where the block's layout puts a name:
 *  romanised by syllables, its parts apart at · (else the first half of the syllables is the first part). */
function placedNameZh(out: PersonMention[], start: number, zh: string): void {
  if ([...zh].length < 4 && !/[·・•]/u.test(zh)) return;
  const parts = zh.split(/[·・•]/u).filter(Boolean);
  const syl = parts.map((w) => pinyin(w, { toneType: 'none', type: 'array' }) as string[]);
  if (syl.some((x, i) => x.length !== [...parts[i]!].length)) return;
  const all = syl.flat();
  const [first, rest] = parts.length > 1 ? [syl[0]!, syl.slice(1).flat()] : [all.slice(0, Math.floor(all.length / 2)), all.slice(Math.floor(all.length / 2))];
  const cap = (w: string[]): string => w.join('').charAt(0).toUpperCase() + w.join('').slice(1).toLowerCase();
  out.push({ start, end: start + zh.length, name: `${cap(first)} ${cap(rest)}`, surname: cap(first), given: cap(rest), nameZh: zh });
}

interface ZhUnit {
  parent: string;
  /** The unit's own words (none when a name covers the field: the body itself). */
  name?: string;
  part: Part;
}

/** 某处 / 省药监局药品生产监管处 / 药审中心: the body itself when a name covers the field, else a unit of the body named at its
 *  start (or of the block's body before, else the page's own body), as 联系人：某处 甲 gives (memberships/zh-alone.ts). */
function zhUnit(b: Block, unit: ContactField, before: string | undefined, reg: Registry): ZhUnit | undefined {
  const at = partOf(b, unit);
  if (!at) return undefined;
  const { mentions, s } = at.part.sp;
  const inside = bodyMention(mentions, at.start, at.end);
  if (inside && inside.start === at.start && inside.end === at.end) return { parent: inside.found.id, part: at.part };
  if (inside?.start === at.start) return { parent: inside.found.id, name: s.slice(inside.end, at.end), part: at.part };
  // 某某大学某某医院临床研究部: the unit of the last body written in the field (a hospital, not the university before it),
  // never of the block's body before: a second entry's unit may be another body's.
  const last = lastBody(at.part.sp, at.start, at.end);
  if (last) return { parent: last.id, name: s.slice(last.end, at.end), part: at.part };
  // 省科技厅基础研究处, 市卫生健康委医政医管科: a short form of the page's body before the unit, when level and head agree.
  const short = SHORT_BODY_ZH.exec(unit.text);
  // (某某学院附属医院科研处 with no body found in it: another body's unit, not the block's.)
  if (!short && OTHER_BODY_ZH.test(unit.text)) return undefined;
  const parent = before ?? ownBody(reg);
  if (!parent || reg.entities.get(parent)?.label !== 'Agency' || (short && !calledSo(reg, parent, short))) return undefined;
  return { parent, name: s.slice(at.start + (short?.[0].length ?? 0), at.end), part: at.part };
}

// A body's head word with a unit's words after it: the field names its own body.
const OTHER_BODY_ZH = /(?:医院|大学|学院|公司|集团|研究院|研究所|委员会|管理局|人民政府)(?=\p{Script=Han}{2,})/u;
const SHORT_BODY_ZH = /^(?<level>省|市|区|县)\p{Script=Han}{1,6}?(?<head>委|局|厅)(?=\p{Script=Han}{2,})/u;

/** Whether a body's Chinese names hold the short form's level (省/市…) and end in its head (委员会/委, 局, 厅). */
function calledSo(reg: Registry, id: string, short: RegExpExecArray): boolean {
  const { level, head } = short.groups!;
  const e = reg.entities.get(id);
  return [e?.name ?? '', ...(e?.aliases ?? [])].some((n) => n.includes(level!) && new RegExp(`${head}(?:员会)?$`, 'u').test(n));
}

function zhMember({ parent, name, part }: ZhUnit, reg: Registry, rels: Relation[], x: PersonAt & { id: string }): void {
  const { sen } = part.sp;
  // (A hospital's or a company's department is no state body: its person is a member of the organisation.)
  if (!name || reg.entities.get(parent)?.label === 'Organization') return void edge(rels, 'MEMBER_OF', x.id, parent, sen.text, { role: 'contact', rules: [RULE] });
  contactInUnitZh(reg, rels, { parent, unit: name, person: x.id, role: 'contact', sen, rule: RULE });
}
