// A proposal's form (CPPCC 提案, a deputy's 建议): labelled fields on their own lines near the top — who put it forward
// (a member, a deputy or a party committee), its title in a field (案由：关于…的提案) or alone on a line, the submission
// day — under the session's head line, whose place the proposal is about when its title names none (我市).
import type { Relation } from '../../types.ts';
import type { Knowledge } from '../gazetteer-source.ts';
import { findDates } from '../dates.ts';
import { proposalId } from '../proposals.ts';
import { entryFound } from '../mentions.ts';
import type { Registry } from '../registry.ts';
import { ruleById } from '../rules/index.ts';
import type { SentenceSpans } from '../spans/types.ts';

const TITLE = /^关于[^。；，《》]{4,80}的(?:提案|建议|议案)$/u;
const SESSION_HEAD = /政协|政治协商会议|人民代表大会|人大/u;

interface Form {
  who: SentenceSpans;
  at: number;
  title: string;
  titleLine: SentenceSpans;
  date?: string;
}

/** A span of the normalised line as the page writes it (關於…的提案 keeps its script). */
function asWritten(sp: SentenceSpans, part: string): string {
  const at = sp.sen.norm.indexOf(part);
  // (An empty map: the line kept its length, each index its own.)
  const to = (i: number): number | undefined => (sp.sen.map.length === 0 ? i : sp.sen.map[i]);
  const a = to(at);
  const b = to(at + part.length - 1);
  return at < 0 || a === undefined || b === undefined ? part : sp.sen.text.slice(a, b + 1);
}

/** The form's fields among the first lines: the proposer's, and a title (field or line). */
function formOf(spans: SentenceSpans[], year: number | undefined): Form | undefined {
  const rule = ruleById('proposal.form-fields.zh').pattern;
  let who: { sp: SentenceSpans; at: number } | undefined;
  let title: { sp: SentenceSpans; t: string } | undefined;
  let date: string | undefined;
  for (const sp of spans.slice(0, 30)) {
    const s = sp.s.trim();
    const g = rule.exec(s)?.groups;
    if (g?.who && !who) who = { sp, at: sp.s.search(/[：:]/u) + 1 };
    else if (g?.what && TITLE.test(g.value!.trim()) && !title) title = { sp, t: asWritten(sp, g.value!.trim()) };
    else if (g?.when) date ??= findDates(g.value!, year).find((d) => !d.yearless)?.date;
    else if (!g && !title && TITLE.test(s)) title = { sp, t: asWritten(sp, s) };
  }
  if (!who || !title) return undefined;
  return { who: who.sp, at: who.at, title: title.t, titleLine: title.sp, ...(date ? { date } : {}) };
}

/** The proposal of a form, its proposer, date and places. `personIds`: the document's persons, by mention index. */
export function proposalForm(spans: SentenceSpans[], personIds: string[], reg: Registry, rels: Relation[], K: Knowledge, year: number | undefined): void {
  if (!spans.slice(0, 30).some((sp) => sp.s.includes('：') || sp.s.includes(':') || sp.s.includes('|'))) return;
  const form = formOf(spans, year);
  if (!form) return;
  // Another reader (a record page's fields) may have read it already.
  if ([...reg.entities.values()].some((e) => e.label === 'Proposal' && (e.name === form.title || e.aliases?.includes(form.title)))) return;
  const actor = form.who.actors.find((a) => a.start >= form.at && !a.asParent && (a.label === 'Agency' || a.label === 'Organization' || a.label === 'Person'));
  const who = actor?.id.startsWith('person-mention:') ? personIds[Number(actor.id.slice('person-mention:'.length))] : actor?.id;
  if (!who) return;
  const when = form.date ?? (year ? String(year) : undefined);
  const id = proposalId(who, when, form.title);
  const rule = 'proposal.form-fields.zh';
  const e = reg.add({ id, label: 'Proposal', name: form.title, aliases: [form.title], kind: 'proposal' }, form.titleLine.sen.text, form.titleLine.sen.index);
  if (when) e.date = when;
  rels.push({ type: 'PROPOSED', from: who, to: id, evidence: form.who.sen.text, rules: [rule], ...(when ? { date: when } : {}) });
  for (const r of formPlaces(spans, form, K)) {
    reg.add(entryFound(r), form.titleLine.sen.text, form.titleLine.sen.index);
    if (!rels.some((q) => q.type === 'APPLIES_TO' && q.from === id && q.to === r.id)) rels.push({ type: 'APPLIES_TO', from: id, to: r.id, evidence: form.titleLine.sen.text, rules: [rule] });
  }
}

/** The places its title names; else the place of the session's head line (政协厦门市第十四届委员会第五次会议). */
function formPlaces(spans: SentenceSpans[], form: Form, K: Knowledge) {
  const inTitle = K.lex.match(form.title).flatMap((m) => m.entries.filter((r) => r.label === 'Region' && r.id !== 'region:CN')).slice(0, 3);
  if (inTitle.length > 0) return inTitle;
  const head = spans.slice(0, 12).find((sp) => sp !== form.titleLine && SESSION_HEAD.test(sp.s) && !sp.s.includes('：') && !sp.s.includes(':'));
  const place = head?.mentions.find((m) => m.found.label === 'Region' && m.found.id !== 'region:CN')?.found.id;
  const r = place ? K.byId.get(place) : undefined;
  return r ? [r] : [];
}
