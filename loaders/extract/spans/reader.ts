// The span stage: one sentence → its typed spans (places, agencies, organisations, persons, titles, dates) and
// its actors. Sentences are read left to right: places and organisation names resolve against what the
// document named before (RegionContext, OrganizationIds); everything else is this sentence's own.
import type { Relation } from '../../types.ts';
import { findDates } from '../dates.ts';
import type { Knowledge } from '../gazetteer-source.ts';
import { mentionsInTime } from '../in-time.ts';
import { entryFound, findMentions, type Mention } from '../mentions.ts';
import { onlyBodies } from '../document/signature.ts';
import { bareHeadline, headlineIssue, labelledTitle } from './own-title.ts';
import { findTitles, type TitleMention } from '../policies.ts';
import type { Registry } from '../registry.ts';
import type { Sentence } from '../sentences.ts';
import { agencyActors } from './actors.ts';
import { BodyAnaphora } from './anaphora.ts';
import { nameActors, OrganizationIds } from './names.ts';
import { RegionContext } from './regions.ts';
import { ruleById } from '../rules/index.ts';
import type { PersonAt, SentenceSpans } from './types.ts';
import { withoutDatelineDay } from '../segment/dateline.ts';

const HAN = /\p{Script=Han}/u;
const SAR_GOVERNMENT: Record<string, string> = { 'region:CN-HK': 'agency:cn-hk/government', 'region:CN-MO': 'agency:cn-mo/government' };

/** What reading a document left to right carries from one sentence to the next. */
export class Reading {
  readonly regions: RegionContext;
  readonly orgIds: OrganizationIds;
  readonly persons: PersonAt[] = [];
  readonly anaphora: BodyAnaphora;

  constructor(
    readonly K: Knowledge,
    readonly reg: Registry,
    readonly rels: Relation[],
    readonly year: number | undefined,
    readonly published: string | undefined,
    /** The document's whole text (normalised), for a place the page names anywhere. */
    page: () => string = () => '',
  ) {
    this.regions = new RegionContext(K, page);
    this.orgIds = new OrganizationIds(this.regions.startsWithPlace, K);
    this.anaphora = new BodyAnaphora(() => SAR_GOVERNMENT[this.regions.pageSar() ?? '']);
  }
}

/** Reads one sentence's spans, registers its entities and returns its layers. */
export function readSpans(sen: Sentence, r: Reading): SentenceSpans & { bodyLine?: string[] } {
  const s = sen.norm;
  const { K, year, published } = r;
  const ms = r.regions.match(s);
  const mentions = findMentions(s, K.lex, r.regions.choose, r.regions.contextOf(s), K.children, ms, r.regions.awayName);
  shortNameMentions(s, r, mentions);
  mentionsInTime(s, mentions, () => findDates(s, year, published)[0]?.date ?? published, K.byId);
  const { titles, own, headlineIssuers } = titleSpans(sen, s, mentions);
  const agencies = mentions.filter((m) => m.found.label === 'Agency');
  const actors = agencyActors({ sen, s, mentions, titles }, K, r.reg, r.rels, r.regions);
  nameActors({ sen, s, mentions, titles }, { K, reg: r.reg, regions: r.regions, orgIds: r.orgIds, persons: r.persons }, actors);
  // A line of bodies' names alone (a signature, a site's header): an organisation's too (中国医药生物技术协会 over its date).
  const orgs = actors.filter((a) => a.label === 'Organization');
  const bodyLine = !sen.heading ? undefined
    : onlyBodies(s, agencies) || onlyBodiesEn(s, agencies) ? agencies.map((m) => m.found.id)
      : agencies.length === 0 && onlyBodies(s, orgs) ? orgs.map((a) => a.id) : undefined;
  for (const a of r.anaphora.read(s, sen.index, actors, r.reg, (id) => K.byId.has(id))) {
    // 我委办公厅: the general office may be named nowhere else on the page.
    const entry = r.reg.entities.has(a.id) ? undefined : K.byId.get(a.id);
    if (entry) r.reg.add({ ...entryFound(entry), rule: a.id.endsWith('/government') ? 'span.body.sar-government.en' : 'span.body.self' }, sen.text, sen.index, s.slice(a.start, a.end));
    actors.push(a);
  }
  actors.sort((a, b) => a.start - b.start);
  // Dates of this sentence (titles' own years excluded).
  // Dates a text takes effect on are not when anything was issued (date.effective, date.effective-after).
  const dates = withoutDatelineDay(s, findDates(s, year, published)).filter((d) => !titles.some((t) => d.index >= t.start && d.index + d.length <= t.end) && !effectiveDate(s, d));
  return { sen, s, mentions, titles, ...(own ? { own } : {}), headlineIssuers, actors, dates, ...(bodyLine ? { bodyLine } : {}) };
}

/** A short name the page gave a body the gazetteer does not know (國家科學及技術委員會（國科會）… 國科會主委X): a mention of
 *  that body wherever it is written after, so posts and acts find it as they find a known name. */
function shortNameMentions(s: string, r: Reading, mentions: Mention[]): void {
  for (const n of r.anaphora.shortNamesIn(s)) {
    const e = r.reg.entities.get(n.id);
    if (!e || r.K.byId.has(n.id) || mentions.some((m) => n.start < m.end && n.end > m.start)) continue;
    mentions.push({ start: n.start, end: n.end, found: { id: e.id, label: e.label, name: e.name, ...(e.kind ? { kind: e.kind } : {}) } });
  }
  mentions.sort((a, b) => a.start - b.start);
}

/** An English signature line (a machine translation's "A Health Commission B Drug Administration"): bodies' names only,
 *  "and" or commas between them. */
function onlyBodiesEn(s: string, agencies: Mention[]): boolean {
  if (agencies.length === 0 || s.length > 200 || HAN.test(s)) return false;
  let rest = '';
  let at = 0;
  for (const m of [...agencies].sort((a, b) => a.start - b.start)) {
    if (m.start < at) continue;
    rest += s.slice(at, m.start);
    at = m.end;
  }
  return (rest + s.slice(at)).replace(/\b(?:and|the)\b|[\s,;&]/g, '') === '';
}

const EFFECTIVE_HINT = /effect|force|operation|implement|apply|applies|valid|施行|实施|生效|上路/i;
const effectiveDate = (s: string, d: { index: number; length: number }): boolean =>
  EFFECTIVE_HINT.test(s) && (ruleById('date.effective').pattern.test(s.slice(Math.max(0, d.index - 40), d.index)) || ruleById('date.effective-after').pattern.test(s.slice(d.index + d.length, d.index + d.length + 8))) &&
  // "came into force on 3 May 2019, when the Council published the Y": the act of the clause after "when" is dated by it.
  !/^,?\s+when\b/.test(s.slice(d.index + d.length, d.index + d.length + 8));

/** Titles of the sentence; a headline naming its issuers (or a record's title field) is the document's own. */
function titleSpans(sen: Sentence, s: string, mentions: Mention[]): { titles: TitleMention[]; own?: TitleMention; headlineIssuers: string[] } {
  let titles = findTitles(s);
  const headIssue = sen.line < 8 && !/[.。!?！？；;]$/.test(s) ? headlineIssue(s) : undefined;
  const docTitle = headIssue ?? (sen.line < 8 ? (labelledTitle(s) ?? (sen.heading ? bareHeadline(s) : undefined)) : undefined);
  const own = docTitle ? titleFrom(docTitle) : undefined;
  // The document's own title wins over titles found inside it.
  if (own) titles = [...titles.filter((t) => t.end <= own.start || t.start >= own.end), own].sort((a, b) => a.start - b.start);
  const headlineIssuers = headIssue ? mentions.filter((m) => m.found.label === 'Agency' && m.end <= headIssue.issuersEnd && !m.parentOnly && !mentions.some((o) => o.parent?.id === m.found.id)).map((m) => m.found.id) : [];
  return { titles, ...(own ? { own } : {}), headlineIssuers };
}

/** A title a document rule found: kind and status as findTitles reads them, at the rule's span. */
function titleFrom(found: { start: number; end: number; title: string; rule: string }): TitleMention | undefined {
  // A title quoting another (关于转发《Y》的通知) is read whole: the quoted one's brackets stand aside while it is read.
  const quoted = found.title.replace(/《/g, '〈').replace(/》/g, '〉');
  const [t] = findTitles(HAN.test(found.title) ? `《${quoted}》` : `"${found.title}"`);
  return t ? { ...t, title: t.title === quoted ? found.title : t.title, start: found.start, end: found.end, rule: found.rule } : undefined;
}
