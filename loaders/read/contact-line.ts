// An English contact line's layout (a notice's foot, often machine-translated): after a contact label, fields apart by
// commas, semicolons or brackets — a unit (Medical Administration Division, Science and Education Department of
// Municipal Health Commission, "advertising section"), a person (Comrade Gao Jing, Lei Hong), a phone or an e-mail —
// in any order: "Contact: <unit>, Comrade <name>, <phone>", "(Contact unit: <unit>, <name>, telephone …)",
// "Contact unit: <body>, <division>; contact person: <name>; tel. …", "Contact person: <unit> Comrade <name>, …",
// "Contact person: Comrade <name> of the <unit>".

export interface ContactField {
  start: number;
  end: number;
  text: string;
}

export interface ContactLine {
  persons: ContactField[];
  /** Units in the order written; a unit "X of Y" has its parent body's words in `of`. */
  units: Array<ContactField & { of?: ContactField }>;
}

export const CONTACT_LABEL_EN = /\b(?:[Cc]ontact(?:\s+(?:unit|person|persons|department|office))?|CONTACT)\s*[:：]\s*/g;
export const UNIT_HEAD_EN = '(?:Division|Department|Section|Office|Bureau|Commission|Administration|Cent(?:er|re)|Unit|Team|Branch|Committee)';
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
  const out: ContactLine = { persons: [], units: [] };
  const fields = fieldsAfter(s, labels[0]!.index);
  for (let i = 0; i < fields.length; i++) {
    // "Science, Technology and Education Division": a unit named by a list of words is one field.
    const f = fields[i]!;
    const next = fields[i + 1];
    if (next && /^[A-Z][a-z]+$/.test(f.text) && new RegExp(`^[A-Z][a-z]+\\s+and\\s+.*${UNIT_HEAD_EN}$`).test(next.text)) {
      readField({ start: f.start, end: next.end, text: s.slice(f.start, next.end) }, out);
      i++;
    } else readField(f, out);
  }
  // One person a line (the fields after a name are its post and firm: "Ann Lee, Vice President, Investor Relations");
  // a line with no unit is the post-and-name readers' (persons.ts).
  out.persons.splice(1);
  return out.persons.length > 0 && out.units.length > 0 ? out : undefined;
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
