// One document's text → its entities and facts (DocumentFacts). Pure and synchronous, in stages: segment
// (sentences, layout) → spans (per sentence, left to right) → frames (per sentence) → document passes → ids and
// facts last. Each stage lives in its folder; this file only runs them in order.
import type { SourceDocument } from '../read/index.ts';
import type { DocumentFacts, Relation } from '../types.ts';
import { publishedDate, yearOf } from './dates.ts';
import { emitPolicies, registerPersons } from './document/emit.ts';
import { ruleById } from './rules/index.ts';
import { policyIds } from './document/ids.ts';
import { listedTexts } from './document/listed-texts.ts';
import { standardCodes } from './document/standards.ts';
import { authorLines } from './document/author-line.ts';
import { contactBlockMemberships, contactBlockPersons } from './document/contact-blocks.ts';
import { attendanceMembers } from './document/attendance.ts';
import { statedOwnDates } from './document/stated-date.ts';
import { proposalForm } from './document/proposal-form.ts';
import { withSignerLines } from './document/signature.ts';
import { coverIssues } from './document/cover.ts';
import { mtHeadTitle } from './document/mt-head.ts';
import { actsDatedAfter, agentlessApprovals, replacedEditions, selfFromOwnTitle, selfGrantIds, zhKindAnaphorIssues, foldShortNames, headlineDates, kindAnaphorIssues, labelledIssuers, letterSubjects, listedClearances, meetingIssues, signerPosts, linkShortNames, numberedOwnTitle, shortTitleIssues, listedApprovals, oneLicencePerAct, promulgatedHereby, signatureIssues, siteSelfIssues, statedApplies, tabledApprovals, thisDraft, untitledIssues, zoneListApplies } from './document/passes.ts';
import { sameBodiesIssues } from './frames/anaphora.ts';
import { yearShortTitles } from './frames/short-titles.ts';
import { ParagraphSubjects, sentenceFrames, type NamedProducts } from './frames/policy.ts';
import { SentenceTimes } from './frames/time.ts';
import type { PolicyFrame } from './frames/types.ts';
import { knowledge, type Knowledge } from './gazetteer-source.ts';
import { memberships } from './memberships/index.ts';
import { edge } from './relations.ts';
import { licenceTables } from './document/tables.ts';
import { bodyProposals, proposalsIn } from './proposals.ts';
import { Registry } from './registry.ts';
import { finishDocument } from './resolve.ts';
import { layoutOf, type Layout } from './segment/layout.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { readSpans, Reading } from './spans/reader.ts';
import type { SentenceSpans } from './spans/types.ts';
import { policyLinks } from './succession.ts';

/** What reading the sentences one by one leaves for the document passes. */
interface SentenceReading {
  spans: SentenceSpans[];
  frames: PolicyFrame[];
  bodyLines: Map<number, string[]>;
  times: SentenceTimes;
}

/** The page as the document passes and the facts see it. */
interface Page {
  K: Knowledge;
  sentences: Sentence[];
  published: string | undefined;
  year: number | undefined;
  layout: Layout;
  headline: number | undefined;
  reg: Registry;
  rels: Relation[];
  reading: Reading;
}

export function extractText(doc: SourceDocument): DocumentFacts {
  const page = segment(doc);
  const read = readSentences(page);
  documentPasses(page, read);
  return factsOf(doc, page, read);
}

function segment(doc: SourceDocument): Page {
  const K = knowledge();
  const sentences = splitSentences(doc.text, doc.language);
  const published = doc.publishedOn ?? publishedDate(doc.text);
  const year = yearOf(published);
  const reg = new Registry();
  const rels: Relation[] = [];
  const reading = new Reading(K, reg, rels, year, published, () => sentences.map((x) => x.norm).join('\n'));
  return { K, sentences, published, year, layout: layoutOf(sentences, year), headline: sentences[0]?.index, reg, rels, reading };
}

/** Spans and frames, sentence by sentence. */
function readSentences({ K, reg, published, layout, reading }: Page): SentenceReading {
  const times = new SentenceTimes();
  const subjects = new ParagraphSubjects();
  const products: NamedProducts = {};
  const spans: SentenceSpans[] = [];
  const bodyLines = new Map<number, string[]>();
  const frames: PolicyFrame[] = [];
  // "March 16 — National. The NMPA issued …": a roundup item's leading date, for the rest of its line.
  const itemLead = ruleById('date.item-lead.en').pattern;
  let item: { line: number; date: string } | undefined;
  for (const sen of layout.text) {
    const sp = readSpans(sen, reading);
    spans.push(sp);
    if (sp.bodyLine) bodyLines.set(sen.index, sp.bodyLine);
    if (item && item.line !== sen.line) item = undefined;
    const heading = item?.date ?? layout.dateHeading.get(sen.index);
    const sentenceDate = times.next(sp.s, sp.dates, heading);
    if (sp.dates.length === 1 && itemLead.test(sp.s)) item = { line: sen.line, date: sp.dates[0]!.date };
    frames.push(...sentenceFrames(sp, { K, reg, published, sentenceDate, ...(heading ? { headingDate: heading } : {}), subject: subjects.at(sp.s, sen.line, sp.mentions), products }));
  }
  return { spans, frames, bodyLines, times };
}

/** What the sentences say together: anaphors, lists, tables, signatures, the page's own title. Order matters. */
function documentPasses({ K, reg, published, sentences, layout, headline }: Page, { frames, spans, bodyLines }: SentenceReading): void {
  linkShortNames(frames);
  yearShortTitles(frames);
  oneLicencePerAct(frames, K);
  statedApplies(frames, spans);
  foldShortNames(frames);
  zoneListApplies(frames, spans, K);
  untitledIssues(frames, spans, published);
  replacedEditions(frames, spans);
  sameBodiesIssues(frames, spans);
  actsDatedAfter(frames, spans, published);
  kindAnaphorIssues(frames, spans);
  zhKindAnaphorIssues(frames, spans);
  meetingIssues(frames, spans, published, reg, K);
  shortTitleIssues(frames, spans);
  letterSubjects(frames, spans, published, layout.dateLines);
  labelledIssuers(frames, spans);
  listedApprovals(frames, spans, published);
  listedClearances(frames, spans, published);
  agentlessApprovals(frames, spans);
  thisDraft(frames, spans);
  tabledApprovals(frames, spans, published);
  licenceTables(frames, spans, published);
  promulgatedHereby(frames, layout.signingDates);
  mtHeadTitle(frames, spans);
  signatureIssues(frames, withSignerLines(bodyLines, spans, layout.dateLines), layout.dateLines, headline, K);
  coverIssues(frames, spans, layout.dateLines, published, (id) => K.byId.get(id)?.partOf);
  listedTexts(frames, spans);
  standardCodes(frames);
  authorLines(frames, spans);
  siteSelfIssues(frames, spans, bodyLines, headline, published);
  selfFromOwnTitle(frames, spans);
  selfGrantIds(frames);
  headlineDates(frames, sentences, layout.lastDateLine ?? published);
  numberedOwnTitle(frames, sentences);
  statedOwnDates(frames, spans, published);
}

/** Identity and facts last: ids, policies, persons, proposals and posts. */
function factsOf(doc: SourceDocument, { K, sentences, published, year, headline, reg, rels, reading, layout }: Page, { frames, spans, times }: SentenceReading): DocumentFacts {
  contactBlockPersons(spans, reading.persons);
  const { personIds, personOf } = registerPersons(reading.persons, reg);
  policyIds(frames, headline, personOf, K);
  const policyEntities = emitPolicies(frames, reg, rels, K, personOf, sentences);
  for (const l of policyLinks(frames, sentences)) edge(rels, l.type, l.from, l.to, l.evidence, { rules: [`document.${l.type.toLowerCase()}`] });
  const persons = reading.persons.map((x, i) => ({ ...x, id: personIds[i]!.id }));
  // (A reply with no date but its signing line's: the year it was signed.)
  proposalsIn(sentences, persons, reg, rels, K, year ?? yearOf(layout.lastDateLine) ?? yearOf(times.firstDate), published?.slice(0, 7), published);
  bodyProposals(spans, reg, rels, year ?? yearOf(times.firstDate), published?.slice(0, 7));
  proposalForm(spans, persons.map((p) => p.id), reg, rels, K, year ?? yearOf(times.firstDate));
  // Bodies named by a head word alone: actors where no name was matched.
  // (An organisation only as the writer naming itself: 本中心执行长X.)
  const anaphors = new Map(spans.map((sp) => [sp.sen.index, sp.actors.filter((a) => (a.label === 'Agency' || (a.label === 'Organization' && /^[本我]/.test(sp.s.slice(a.start, a.end)))) && !sp.mentions.some((m) => m.start < a.end && m.end > a.start))]));
  for (const x of persons) memberships(x.p, x.sentence, x.mentions, reg, rels, x.id, K, anaphors.get(x.sentence.index));
  contactBlockMemberships(spans, persons, reg, rels);
  signerPosts(spans, persons, rels);
  attendanceMembers(spans, persons, rels);
  // Facts made by passes that name no rule of their own.
  for (const r of rels) r.rules ??= [`frame.${r.type.toLowerCase()}`];
  for (const e of reg.entities.values()) e.rules ??= [`span.${e.label.toLowerCase()}`];
  const out = finishDocument(doc, reg, rels, published, policyEntities);
  const merges = reading.orgIds.merges;
  out.merges.push(...merges.filter((m, i) => merges.findIndex((x) => x.reason === m.reason) === i));
  return out;
}
