// An English contact line's layout (a notice's foot, often machine-translated): after a contact label, fields apart by
// commas, semicolons or brackets — a unit (Medical Administration Division, Science and Education Department of
// Municipal Health Commission, "advertising section"), a person (Comrade Gao Jing, Lei Hong), a phone or an e-mail —
// in any order: "Contact: <unit>, Comrade <name>, <phone>", "(Contact unit: <unit>, <name>, telephone …)",
// "Contact unit: <body>, <division>; contact person: <name>; tel. …", "Contact person: <unit> Comrade <name>, …",
// "Contact person: Comrade <name> of the <unit>".

import { POST_ZH_SOURCE } from '../posts.ts';
import { unitHeadsEn } from '../units.ts';
import { toTraditional } from './script.ts';

export interface ContactField {
  start: number;
  end: number;
  text: string;
}

export type ContactUnit = ContactField & { of?: ContactField };

export interface ContactLine {
  /** The persons, one an entry. */
  persons: ContactField[];
  /** The first person's units, in the order written; a unit "X of Y" has its parent body's words in `of`. */
  units: ContactUnit[];
  /** Each person and the units of their own entry (entries apart by ';': "A (X Division), Tel …; B (Y Division), Tel …"),
   *  else of the entries with no person right before theirs ("Contact unit: <body>, <division>; contact person: <name>"). */
  entries: Array<{ person: ContactField; units: ContactUnit[] }>;
}

// (A 解读's MT foot labels its unit and person "Interpretation unit:" / "Interpreter:".)
export const CONTACT_LABEL_EN = /\b(?:[Cc]ontact(?:\s+(?:unit|person|persons|department|office))?|CONTACT|Interpret(?:ation|ing)\s+(?:unit|department|office)|Interpreter|Drafting\s+(?:unit|department))\s*[:：]\s*/g;
// A unit's label before a contact's on its line ("Technical support unit:", "Organising department:"), its field next.
const LEAD_UNIT_LABEL_EN = /(?:^|[;.]\s*)(?:[A-Z][a-z]+\s+){0,3}(?:unit|department|organi[sz]ation|institution)\s*[:：]\s*(?=[A-Z][^,;]{3,120},\s*$)/i;
// The head words of a body's name, and those that also head a unit inside one.
export const BODY_HEAD_EN = unitHeadsEn('Bureau', 'Commission', 'Administration', 'Committee');
export const UNIT_HEAD_EN = unitHeadsEn('Division', 'Department', 'Section', 'Office', 'Bureau', 'Commission', 'Administration', 'Committee', 'Center', 'Centre', 'Unit', 'Team', 'Branch', 'Institute');
const UNIT = new RegExp(`^(?:the\\s+)?(?<unit>(?:[A-Za-z][\\w'’&-]*,?\\s+){0,7}?${UNIT_HEAD_EN})(?:\\s+of\\s+(?:the\\s+)?(?<of>[A-Z][\\w'’&-]*(?:\\s+(?:and\\s+|of\\s+|for\\s+)?[A-Z][\\w'’&-]*){0,8}))?$`, 'i');
const NAME = "[A-Z][a-z]+(?:[\\s-][A-Z][a-z]+){1,2}";
const HONORIFIC = '(?:Comrade|Mr\\.?|Ms\\.?|Mrs\\.?|Dr\\.?)\\s+';
const PERSON = new RegExp(`^(?:${HONORIFIC})?(?<name>${NAME})$`);
// "<unit> Comrade <name>" (no comma between), "Comrade <name> of the <unit>".
const UNIT_THEN_PERSON = new RegExp(`^(?<unit>.+?)\\s+Comrade\\s+(?<name>${NAME})$`);
const PERSON_OF_UNIT = new RegExp(`^(?:${HONORIFIC})?(?<name>${NAME})\\s+(?:of|from|at)\\s+(?<unit>.+)$`);
const PHONE_OR_MAIL = /\d{3}|@|^(?:tel|telephone|phone|mobile|fax|e-?mail)\b/i;
// Capitalised words that are no given name or surname.
const NOT_NAME = new RegExp(`\\b(?:${UNIT_HEAD_EN}|Municipal|Provincial|City|County|District|Health|Office|General|The|Please|Contact|Telephone|Address)\\b`, 'i');

/** The contact line's persons and units, or undefined for a sentence with no contact label. */
export function contactLineEn(s: string): ContactLine | undefined {
  const labels = [...s.matchAll(CONTACT_LABEL_EN)];
  // (A company's media or investor contact is the company's, not a notice's unit.)
  if (labels.length === 0 || /(?:Media|Investor|Press|PR|Public\s+Relations)\s+$/i.test(s.slice(0, labels[0]!.index))) return undefined;
  const read: ContactLine = { persons: [], units: [], entries: [] };
  // "Technical support unit: <unit>, Contact person: <name>": the unit's own label before the contact's opens the line.
  const lead = LEAD_UNIT_LABEL_EN.exec(s.slice(0, labels[0]!.index));
  const from = lead ? lead.index + lead[0].length : labels[0]!.index;
  const fields = fieldsAfter(s, from);
  for (let i = 0; i < fields.length; i++) {
    // "Science, Technology and Education Division": a unit named by a list of words is one field.
    const f = fields[i]!;
    const next = fields[i + 1];
    if (next && /^[A-Z][a-z]+$/.test(f.text) && new RegExp(`^[A-Z][a-z]+\\s+and\\s+.*${UNIT_HEAD_EN}$`).test(next.text)) {
      readField({ start: f.start, end: next.end, text: s.slice(f.start, next.end) }, read);
      i++;
    } else readField(f, read);
  }
  const entries = entriesOf(read, (at) => (s.slice(from, at).match(/[;；]/g) ?? []).length);
  // A line with no unit is the post-and-name readers' (persons.ts).
  if (!entries.some((e) => e.units.length > 0)) return undefined;
  return { persons: entries.map((e) => e.person), units: entries[0]!.units, entries };
}

/** The line's entries: the first person of each (the fields after a name are its post and firm: "Ann Lee, Vice President,
 *  Investor Relations"), with the units of its entry, else of the entries with no person right before it. */
function entriesOf(read: ContactLine, entryAt: (at: number) => number): ContactLine['entries'] {
  const out: ContactLine['entries'] = [];
  const seen = new Set<number>();
  let waiting: ContactUnit[] = [];
  const last = Math.max(-1, ...[...read.persons, ...read.units].map((f) => entryAt(f.start)));
  for (let k = 0; k <= last; k++) {
    const units = read.units.filter((u) => entryAt(u.start) === k);
    const person = read.persons.find((p) => entryAt(p.start) === k);
    if (!person || seen.has(k)) {
      waiting = [...waiting, ...units];
      continue;
    }
    seen.add(k);
    out.push({ person, units: units.length > 0 ? units : waiting });
    waiting = [];
  }
  // ("Contact: A, Tel …; Unit: X Division": a unit after the last person, who had none, is hers.)
  if (out.length > 0 && out.at(-1)!.units.length === 0) out.at(-1)!.units = waiting;
  return out;
}

function fieldsAfter(s: string, from: number): ContactField[] {
  const out: ContactField[] = [];
  const re = /[^,;，；()（）]+/g;
  re.lastIndex = from;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    // A field may open with (another) label: "contact person: Bian Hongtao".
    const label = new RegExp(CONTACT_LABEL_EN.source).exec(m[0]);
    const at = label && label.index + label[0].length <= m[0].length ? label.index + label[0].length : 0;
    const raw = m[0].slice(at);
    const text = raw.trim().replace(/[.。]$/, '');
    if (text === '') continue;
    const start = m.index + at + raw.indexOf(text);
    out.push({ start, end: start + text.length, text });
  }
  return out;
}

function readField(f: ContactField, out: ContactLine): void {
  if (PHONE_OR_MAIL.test(f.text)) {
    // "advertising section Comrade Ye Jiawei 0769-…": the number after the name is another field run in.
    const lead = /^(.*?[A-Za-z])\s+(?:tel\.?\s*|telephone\s+)?[+\d(][\d\s()+-]{6,}$/i.exec(f.text)?.[1];
    if (lead) readField({ start: f.start, end: f.start + lead.length, text: lead }, out);
    return;
  }
  const person = PERSON.exec(f.text);
  if (person && !NOT_NAME.test(person.groups!.name!)) return void out.persons.push(sub(f, person.groups!.name!));
  const pair = UNIT_THEN_PERSON.exec(f.text) ?? PERSON_OF_UNIT.exec(f.text);
  if (pair && !NOT_NAME.test(pair.groups!.name!)) {
    const unit = UNIT.exec(pair.groups!.unit!);
    if (unit) out.units.push(unitOf(sub(f, pair.groups!.unit!), unit.groups!));
    out.persons.push(sub(f, pair.groups!.name!));
    return;
  }
  const unit = UNIT.exec(f.text);
  if (unit) out.units.push(unitOf(f, unit.groups!));
}

/** The part of field `f` written `text`. */
function sub(f: ContactField, text: string): ContactField {
  const start = f.start + f.text.indexOf(text);
  return { start, end: start + text.length, text };
}

function unitOf(f: ContactField, g: Record<string, string | undefined>): ContactField & { of?: ContactField } {
  const unit = sub(f, g.unit!);
  return g.of ? { ...unit, of: sub(f, g.of) } : unit;
}

// A contact block (a notice's or a 解读's foot) runs over a line's sentences (；ends a sentence) and the label lines under
// it: 联系人：药审中心生物制品药学部　甲；临床部　乙 / 联系单位及电话：某处，电话；联系人：丙 / Interpretation unit: <unit> then
// Interpreter: <name> on the next line. Labels are read on the simplified text (聯絡人, 承辦人, 解讀單位 too).
export const CONTACT_LABEL_ZH = /(?:新闻)?(?:联系人员?|联络人|联系单位|联系部门|联系处室|联系方式|经办人|承办人|承办单位|解读人|解读单位|起草单位|审核人|撰稿人)(?:及(?:联系)?(?:电话|方式))?\s*[:：]/gu;
/** The same labels as written, in either script (the page before it is read: read/clean.ts). */
export const CONTACT_LABEL_ZH_WRITTEN = `(?:${CONTACT_LABEL_ZH.source}|${toTraditional(CONTACT_LABEL_ZH.source)})`;
// A line that goes on with an English block: a label, or a phone's or mail's ("Contact number: …", "Tel: …").
const GOES_ON_EN = /^(?:(?:Contact\s+)?(?:number|tel(?:ephone)?|phone|e-?mail|fax|address)\b[^:：]{0,12}[:：])/i;
const PHONE_LABEL_ZH = /^(?:联系)?(?:电话|手机|传真|邮箱|电子邮箱|电子邮件|邮编|地址)/u;
const UNIT_HEAD_ZH = '(?:司|处|科|室|组|部|中心|办公室|局|委员会|委|厅|署|所|站|办)';
// (A unit may carry its whole body's name before it: 某某大学某某医学院第一附属医院临床研究部.)
const UNIT_ZH = new RegExp(`^\\p{Script=Han}{1,30}?${UNIT_HEAD_ZH}$`, 'u');
// A name alone, after its unit (临床部聂东林) or with a post before or after it (科长刘芳, 刘芳科长).
const NAMED_ZH = new RegExp(`^(?:(?<unit>\\p{Script=Han}{1,30}?${UNIT_HEAD_ZH})(?:${POST_ZH_SOURCE})?)?(?:${POST_ZH_SOURCE})?(?<name>\\p{Script=Han}{2,3})(?:${POST_ZH_SOURCE})?$`, 'u');
// A longer name — four to six characters, or parts joined by · (Mongolian, Uyghur, Tibetan names: no surname list knows
// them) — is judged by its place: the last words of its entry, after the label or a unit (the longest unit first),
// with a phone or the entry's end after it (LONG_NAME_NEXT).
const LONG_NAMED_ZH = new RegExp(`^(?:(?<unit>\\p{Script=Han}{1,30}${UNIT_HEAD_ZH}))?(?<name>\\p{Script=Han}{4,6}|\\p{Script=Han}{1,8}[·・•]\\p{Script=Han}{1,8}(?:[·・•]\\p{Script=Han}{1,8})?)$`, 'u');
// Characters of words, not of names: a field such as 项目负责人, 办公电话, 详见附件 is no person.
const NOT_NAME_CHAR_ZH = /[的之人员者会部局处科室中心办公号电话址邮箱请见详附件各等及和与或负责项目单位组站所院委厅司署时间方式咨询联系编传真市省区县]/u;
const LONG_NAME_NEXT = /^[\s\u3000]*(?:$|[；;，,]|[\d(（+]|(?:联系)?(?:电话|手机|传真|邮箱))/u;
// A contact section's heading alone on its line (四、联系方式 / 联系人), its entries on the lines under it, and such an
// entry: a unit, a name and a phone (某区科学技术委员会某科　甲　5497xxxx), also under a labelled line.
const CONTACT_HEADING_ZH = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.、．])?\s*(?:联系方式|联系人|联络人|联系电话|咨询电话|联系咨询)\s*[:：]?\s*(?=；|$)/u;
const ENTRY_LINE_ZH = new RegExp(`^\\p{Script=Han}{1,30}?${UNIT_HEAD_ZH}[\\s\\u3000]*[\\p{Script=Han}·・]{2,8}[\\s\\u3000]*(?:(?:联系)?电话[:：]?)?[\\d(（][\\d\\s()（）\\-－—]{6,}$`, 'u');

const ITEM_NUMBER_ZH = /^[一二三四五六七八九十\d]{1,3}[)）、.．]\s*/u;
// Between a contact's name and a bracket that gives her unit: the bracket alone (甲（某处）).
const BRACKET_AFTER_NAME = /^[\s\u3000]*[（(][\s\u3000]*$/u;
// A unit and the post held in it, in brackets after a name (科技教育处副处长).
const UNIT_POST_ZH = new RegExp(`^(?<unit>\\p{Script=Han}{1,30}?${UNIT_HEAD_ZH})(?:${POST_ZH_SOURCE})$`, 'u');

// An entry under a block's first line: a name, her unit in brackets, then a phone or a mail (乙（某处），电话：…).
const ENTRY_BRACKET_ZH = new RegExp(`^[\\p{Script=Han}·・]{2,8}[（(]\\p{Script=Han}{1,30}?${UNIT_HEAD_ZH}(?:${POST_ZH_SOURCE})?[）)][，,；;\\s]*(?:(?:联系)?(?:电话|手机|邮箱|电子邮箱)[:：]?\\s*)?[\\w.@+\\-()（）\\s]{5,}[。；;]?$`, 'u');

export interface ContactEntry {
  person: ContactField;
  /** The unit written before the person on the block, or in brackets right after her name, if any ("X of Y" with its
   *  parent's words in `of`). */
  unit?: ContactField & { of?: ContactField };
}

/** Whether a sentence opens a contact block (a label at its start) or, `goesOn`, may go on with one (a phone's label too). */
export function blockLine(s: string, zh: boolean, goesOn: boolean): boolean {
  // (A numbered item may hold the block: 二、联系人：…, （二）聯絡人：….)
  const t = s.replace(/^[(（\s]+/u, '').replace(ITEM_NUMBER_ZH, '');
  if (zh) return new RegExp(`^${CONTACT_LABEL_ZH.source}`, 'u').test(t) || CONTACT_HEADING_ZH.test(s.trim()) || (goesOn && (PHONE_LABEL_ZH.test(t) || ENTRY_LINE_ZH.test(s.trim()) || ENTRY_BRACKET_ZH.test(s.trim())));
  return new RegExp(`^${CONTACT_LABEL_EN.source}`).test(t) || (goesOn && GOES_ON_EN.test(t));
}

/** The persons of a Chinese contact block and the unit each works in: entries apart by ，；、 brackets or spaces, each a
 *  unit, a name (a post before or after it), a unit with its name glued on (临床部聂东林), or a phone, a mail or its label.
 *  Reading stops at anything else (a sentence of prose). */
export function contactBlockZh(s: string): ContactEntry[] {
  const label = new RegExp(CONTACT_LABEL_ZH.source, 'u').exec(s) ?? CONTACT_HEADING_ZH.exec(s);
  if (!label) return [];
  const out: ContactEntry[] = [];
  let unit: ContactField | undefined;
  const re = /[^，,；;、()（）\s]+/gu;
  re.lastIndex = label.index + label[0].length;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const lead = new RegExp(`^${CONTACT_LABEL_ZH.source}`, 'u').exec(m[0]);
    const text = lead ? m[0].slice(lead[0].length) : m[0];
    const start = m.index + (lead?.[0].length ?? 0);
    if (text === '' || /[\d@A-Za-z]/.test(text) || PHONE_LABEL_ZH.test(text)) continue;
    // 甲（药品注册处），电话…；乙（科技教育处副处长）: the unit in brackets right after a name is that person's own, and no
    // later name's; a bracket of anything else there (a post, 女) is passed over.
    const prev = out.at(-1);
    if (prev && BRACKET_AFTER_NAME.test(s.slice(prev.person.end, m.index))) {
      const own = UNIT_ZH.test(text) ? text : UNIT_POST_ZH.exec(text)?.groups?.unit;
      if (own) {
        prev.unit = { start, end: start + own.length, text: own };
        unit = undefined;
      }
      continue;
    }
    if (UNIT_ZH.test(text)) {
      unit = { start, end: start + text.length, text };
      continue;
    }
    const g = NAMED_ZH.exec(text)?.groups ?? longNamed(text, s.slice(start + text.length));
    if (!g) break;
    if (g.unit) unit = { start, end: start + g.unit.length, text: g.unit };
    const at = start + text.lastIndexOf(g.name!);
    out.push({ person: { start: at, end: at + g.name!.length, text: g.name! }, ...(unit ? { unit } : {}) });
  }
  return out;
}

/** A longer name by its place (LONG_NAMED_ZH): `after` is the block's text after the field. */
function longNamed(text: string, after: string): Record<string, string | undefined> | undefined {
  const g = LONG_NAMED_ZH.exec(text)?.groups;
  if (!g || NOT_NAME_CHAR_ZH.test(g.name!) || !LONG_NAME_NEXT.test(after)) return undefined;
  return g;
}
