// The unit an English contact line gives its person (read/contact-line.ts reads the line's fields): a body the page
// names ("Contact unit: Municipal Development and Reform Commission, …"), or a unit of one — "X Division of <body>",
// "<body>, X Division", else a unit of the page's first body (a notice's foot names its own offices by their names
// alone: "Drug Registration Division", "advertising section").
import type { Relation } from '../../types.ts';
import { contactLineEn, type ContactField } from '../../read/contact-line.ts';
import { idSlug } from '../ids.ts';
import type { Mention } from '../mentions.ts';
import type { PersonMention } from '../persons.ts';
import type { Registry } from '../registry.ts';
import { edge } from '../relations.ts';
import type { Sentence } from '../sentences.ts';

const RULE = 'contact.unit-line.en';
const BODY_LABELS = new Set(['Agency', 'Organization']);

/** MEMBER_OF (and the unit's PART_OF) for the person of a contact line; false when the line is no such line. */
export function contactUnitMemberships(p: PersonMention, sen: Sentence, mentions: Mention[], reg: Registry, rels: Relation[], pid: string): boolean {
  const line = contactLineEn(sen.norm);
  if (!line || line.persons[0]!.start !== p.start) return false;
  const bodyIn = (f: ContactField): string | undefined => mentions.find((m) => BODY_LABELS.has(m.found.label) && !m.parentOnly && m.start >= f.start && m.end <= f.end)?.found.id;
  let parent: string | undefined;
  let unit: ContactField | undefined;
  for (const u of line.units) {
    const named = bodyIn(u);
    if (u.of) {
      parent = bodyIn(u.of) ?? parent;
      unit = u;
    } else if (named) parent = named;
    else unit = u;
  }
  parent ??= firstBody(reg);
  if (!parent) return false;
  if (!unit || reg.entities.get(parent)?.label !== 'Agency') {
    edge(rels, 'MEMBER_OF', pid, parent, sen.text, { role: 'contact', rules: [RULE] });
    return true;
  }
  const id = `${parent}/${idSlug(unit.text, 30)}`;
  reg.add({ id, label: 'Agency', name: unit.text, aliases: [unit.text], kind: 'department', rule: RULE }, sen.text, sen.index);
  edge(rels, 'PART_OF', id, parent, sen.text, { rules: [RULE] });
  edge(rels, 'MEMBER_OF', pid, id, sen.text, { role: 'contact', rules: [RULE] });
  return true;
}

/** The body the page names first (a notice's issuer heads it). */
function firstBody(reg: Registry): string | undefined {
  let best: string | undefined;
  for (const e of reg.entities.values()) {
    if (e.label !== 'Agency') continue;
    if (!best || reg.firstSeen.get(e.id)! < reg.firstSeen.get(best)!) best = e.id;
  }
  return best;
}
