// The unit an English contact line gives its person (read/contact-line.ts reads the line's fields): a body the page
// names ("Contact unit: Municipal Development and Reform Commission, …"), or a unit of one — "X Division of <body>",
// "<body>, X Division", else a unit of the page's first body (a notice's foot names its own offices by their names
// alone: "Drug Registration Division", "advertising section").
import type { Relation } from '../../types.ts';
import { BODY_HEAD_EN, contactLineEn, type ContactField } from '../../read/contact-line.ts';
import { subUnitId } from '../ids.ts';
import type { Mention } from '../mentions.ts';
import type { PersonMention } from '../persons.ts';
import type { Registry } from '../registry.ts';
import { edge } from '../relations.ts';
import type { Sentence } from '../sentences.ts';

const RULE = 'contact.unit-line.en';
const BODY_LABELS = new Set(['Agency', 'Organization']);
const BODY_HEAD = new RegExp(`\\b${BODY_HEAD_EN}$`);

/** MEMBER_OF (and the unit's PART_OF) for the person of a contact line; false when the line is no such line. */
export function contactUnitMemberships(p: PersonMention, sen: Sentence, mentions: Mention[], reg: Registry, rels: Relation[], pid: string): boolean {
  // (Each person of the line with the units of her own entry: "A (X Division), Tel …; B (Y Division), Tel …".)
  const entry = contactLineEn(sen.norm)?.entries.find((e) => e.person.start === p.start);
  if (!entry) return false;
  const bodyIn = (f: ContactField): string | undefined => mentions.find((m) => BODY_LABELS.has(m.found.label) && !m.parentOnly && m.start >= f.start && m.end <= f.end)?.found.id;
  return unitMembership(entry.units, bodyIn, reg, rels, pid, sen);
}

/** The unit of a contact line's person among the line's units (a body named, "X of <body>", else a unit of the page's own
 *  body); `bodyIn` finds a body named within a field. False when no body is found at all. */
export function unitMembership(units: Array<ContactField & { of?: ContactField }>, bodyIn: (f: ContactField) => string | undefined, reg: Registry, rels: Relation[], pid: string, sen: Sentence): boolean {
  let parent: string | undefined;
  let unit: ContactField | undefined;
  for (const u of units) {
    // (A body named with "of" in its name, "Municipal Bureau of Industry and Information Technology", is that body.)
    // (An organisation the page has found by the field's whole words: an institute's, a university's, not the page's body.)
    const named = bodyIn(u.of && BODY_HEAD.test(u.text) ? { ...u, end: u.of.end, text: `${u.text} of ${u.of.text}` } : u) ?? organisationCalled(reg, u.text);
    if (named) parent = named;
    // ("Stem Cell Research Institute of X University" not found: another body's, never a unit of the page's.)
    else if (OTHER_BODY_EN.test(u.text)) return true;
    else if (u.of) {
      // ("… Division of the Provincial MPA" on a city's notice: a parent not found is no licence to take another.)
      parent = bodyIn(u.of) ?? ownBodyCalled(reg, u.of.text);
      if (!parent) return true;
      unit = u;
    } else unit = u;
  }
  parent ??= ownBody(reg);
  if (!parent) return false;
  const p0 = reg.entities.get(parent);
  if (!unit || p0?.label !== 'Agency') {
    edge(rels, 'MEMBER_OF', pid, parent, sen.text, { role: 'contact', rules: [RULE] });
    return true;
  }
  // (The id and name a unit named after its parent gets in running text, mentions.ts: one unit, one id.)
  const words = unit.text.replace(/^(?:The|the)\s+/, '');
  const id = subUnitId(parent, words);
  reg.add({ id, label: 'Agency', name: `${words} of the ${p0.name}`, aliases: [words], kind: 'department', rule: RULE }, sen.text, sen.index);
  edge(rels, 'PART_OF', id, parent, sen.text, { rules: [RULE] });
  edge(rels, 'MEMBER_OF', pid, id, sen.text, { role: 'contact', rules: [RULE] });
  return true;
}

/** "… of Municipal Health Commission" on a notice that names its commission only in the signature below: the page's own body
 *  when its name ends so at that level ("Suzhou Municipal Health Commission"); another kind or level is another body. */
function ownBodyCalled(reg: Registry, of: string): string | undefined {
  const own = ownBody(reg);
  const name = own ? reg.entities.get(own)?.name : undefined;
  const level = /\b(?:Municipal|Provincial|County|District)\b/.exec(of)?.[0];
  const core = of.replace(/^the\s+/i, '').replace(/\b(?:Municipal|Provincial|County|District)\s+/g, '').trim().toLowerCase();
  return name && core.length > 3 && name.toLowerCase().endsWith(core) && (!level || name.includes(level)) ? own : undefined;
}

// Words that name a body of its own (a university's institute, a hospital, a company), not an office of the page's body.
const OTHER_BODY_EN = /\b(?:University|Hospital|College|Academy|Company|Co\.|Group|Institute)\b/;

/** The organisation the registry holds under exactly these words (name or alias), if any. */
function organisationCalled(reg: Registry, words: string): string | undefined {
  const w = words.replace(/^the\s+/i, '').toLowerCase();
  return [...reg.entities.values()].find((e) => e.label === 'Organization' && [e.name, ...e.aliases].some((n) => n.toLowerCase() === w))?.id;
}

const FIRM_KINDS = new Set(['company', 'law_firm', 'consultancy']);
/** Bodies that belong to another and still publish in their own name (the CDE, the NMPA under the SAMR). */
const OWN_VOICE_KINDS = new Set(['centre', 'regulator', 'administration']);

/** The page's own body: the first agency it names that is no unit of another; none on a company's or firm's page (its contact's
 *  unit is the firm's, "Corporate Communications Department", not a unit of a regulator the story names). */
export function ownBody(reg: Registry): string | undefined {
  let best: string | undefined;
  for (const e of reg.entities.values()) {
    if (e.label === 'Organization' && FIRM_KINDS.has(e.kind ?? '')) return undefined;
    // (A unit of a body the page names, 省药监局药品注册处 or the first contact's division, is no page's own body; a centre
    // that writes its own notices, the CDE under the NMPA, is.)
    if (e.label !== 'Agency' || (!OWN_VOICE_KINDS.has(e.kind ?? '') && reg.entities.has(e.id.slice(0, e.id.lastIndexOf('/'))))) continue;
    if (!best || reg.firstSeen.get(e.id)! < reg.firstSeen.get(best)!) best = e.id;
  }
  return best;
}
