// Proposals put forward by deputies and committee members: "Name, member of X: Title" headings (the usual
// layout of two-sessions round-ups), "Name's proposal on …", and Chinese 提案/建议/议案 titles.
import type { GazetteerEntry } from '../gazetteer/types.ts';
import type { Relation } from '../types.ts';
import type { Knowledge } from './gazetteer-source.ts';
import { idSlug } from './ids.ts';
import type { Mention } from './mentions.ts';
import type { PersonMention } from './persons.ts';
import type { Registry } from './registry.ts';
import type { Sentence } from './sentences.ts';
import { entryFound } from './mentions.ts';

interface PersonAt {
  p: PersonMention;
  sentence: Sentence;
  mentions: Mention[];
  id: string;
}

const SUGGEST = /^(?:it\s+is\s+(?:suggested|recommended|proposed)\s+(?:that\s+)?(?:to\s+)?|(?:we\s+)?(?:suggest(?:s|ed)?|propose(?:s|d)?|recommend(?:s|ed)?|call(?:s|ed)?\s+for)\s+(?:to\s+)?|建议|提议|呼吁)/i;
const VENUE_BODY = /cppcc|congress|npc|政协|人大/i;

function agencyRegion(id: string, K: Knowledge): string | undefined {
  const e = K.byId.get(id);
  if (e?.jurisdiction) return e.jurisdiction;
  const m = /^agency:([a-z]{2}(?:-[a-z0-9]+)?)\//.exec(id);
  if (!m) return undefined;
  const rid = `region:${m[1]!.toUpperCase()}`;
  return K.byId.has(rid) ? rid : undefined;
}

export function proposalsIn(
  _sentences: Sentence[],
  persons: PersonAt[],
  reg: Registry,
  rels: Relation[],
  K: Knowledge,
  year: number | undefined,
): void {
  for (const x of persons) {
    const s = x.sentence.norm;
    if (x.p.start > 3) continue;
    const colon = s.indexOf(':', x.p.end) >= 0 ? s.indexOf(':', x.p.end) : s.indexOf('：', x.p.end);
    if (colon < 0) continue;
    const post = s.slice(x.p.end, colon);
    if (!/^\s*,/.test(post) || !/member|deputy|委员|代表/i.test(post)) continue;
    let title = s.slice(colon + 1).trim().replace(/[!！.。]+$/, '');
    if (title.split(/\s+/).length < 3 && [...title].length < 6) continue;
    title = title.replace(SUGGEST, '');
    title = title.charAt(0).toLowerCase() + title.slice(1);
    const zh = /\p{Script=Han}/u.test(title);
    const name = zh ? `${title}的提案` : `Proposal to ${title}`;
    const id = `proposal:${idSlug(x.id.replace(/^person:/, ''))}-${year ?? 'undated'}-${idSlug(title, 40)}`;
    // The body the member sits in: the venue, and where a local member's proposal applies.
    const body = x.mentions.find((m) => m.found.label === 'Agency' && m.start > x.p.end && m.end <= colon && VENUE_BODY.test(m.found.id));
    const e = reg.add({ id, label: 'Proposal', name, aliases: [s.slice(colon + 1).trim()], kind: 'proposal' }, x.sentence.text, x.sentence.index);
    if (year) e.date = String(year);
    if (body) e.venue = `${body.found.name}${year ? `, ${year} session` : ''}`;
    rels.push({ type: 'PROPOSED', from: x.id, to: id, evidence: x.sentence.text, ...(year ? { date: String(year) } : {}) });
    // Targets: places in the title; else the local body's territory; else the country.
    const titleStart = colon + 1;
    const places = x.mentions.filter((m) => m.found.label === 'Region' && m.start >= titleStart);
    let targets: GazetteerEntry[] = places.map((m) => K.byId.get(m.found.id)).filter((r): r is GazetteerEntry => !!r);
    if (targets.length === 0 && body) {
      const r = agencyRegion(body.found.id, K);
      const re = r ? K.byId.get(r) : undefined;
      if (re) targets = [re];
    }
    for (const r of targets) {
      reg.add(entryFound(r), x.sentence.text, x.sentence.index);
      if (!rels.some((q) => q.type === 'APPLIES_TO' && q.from === id && q.to === r.id)) {
        rels.push({ type: 'APPLIES_TO', from: id, to: r.id, evidence: x.sentence.text });
      }
    }
  }
}
