// The heldout-like pages' known misses, per batch: what the scorer names as missed or wrong on each page (entities,
// relations, dates) and the wrong merges, kept exact in test/fixtures/heldout-like/known-misses.json. Read by
// test/extract.heldout-like.test.ts (which fails on any difference) and test/known-misses.ts (which prints and
// rewrites a batch's list for review).
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { ROOT } from '../config.ts';
import { toFormatJson } from '../loaders/facts-json.ts';
import type { DocumentFacts } from '../loaders/types.ts';

export const HELDOUT_DIR = path.join(ROOT, 'test', 'fixtures', 'heldout-like');
export const KNOWN_MISSES_FILE = path.join(HELDOUT_DIR, 'known-misses.json');
const SCORER = path.join(ROOT, '..', 'shared', 'eval', 'score.mjs');

// ---- the scorer's report (the part read here)
const Named = z.object({ label: z.string(), name: z.string() });
const Related = z.object({ type: z.string(), fromName: z.string(), toName: z.string() });
const ScorerReport = z.object({
  misses: z.array(z.object({
    document: z.string(),
    missedEntities: z.array(Named), falseEntities: z.array(Named),
    missedRelations: z.array(Related), falseRelations: z.array(Related),
    dateErrors: z.array(z.object({ kind: z.enum(['entity', 'relation']), item: z.union([Related, Named]), gold: z.string(), system: z.string().nullable() })),
  })),
  resolution: z.object({ wrongMerges: z.object({ items: z.array(z.object({ system: z.string(), gold: z.array(z.object({ id: z.string(), documents: z.array(z.string()) })) })) }) }),
});
export type ScorerReport = z.infer<typeof ScorerReport>;

// ---- the committed lists
/** A fact as the scorer names it, with why it is missed where that is known. */
const Item = z.union([z.string(), z.object({ fact: z.string(), why: z.string() }).strict()]);
type Item = z.infer<typeof Item>;
export const LISTS = ['missedEntities', 'falseEntities', 'missedRelations', 'falseRelations', 'dateErrors'] as const;
type ListName = (typeof LISTS)[number];
const Items = z.array(Item).optional();
const DocumentMisses = z.object({ missedEntities: Items, falseEntities: Items, missedRelations: Items, falseRelations: Items, dateErrors: Items }).strict();
const Batch = z.object({
  batch: z.string(),
  /** First and last page number (h27 … h34). */
  pages: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  wrongMerges: z.array(Item).optional(),
  documents: z.record(z.string(), DocumentMisses),
}).strict();
export type Batch = z.infer<typeof Batch>;
const KnownMisses = z.object({ about: z.string(), batches: z.array(Batch), allPages: z.object({ wrongMerges: z.array(Item) }).strict() }).strict();
export type KnownMisses = z.infer<typeof KnownMisses>;

export async function readKnownMisses(): Promise<KnownMisses> {
  return KnownMisses.parse(JSON.parse(await fs.readFile(KNOWN_MISSES_FILE, 'utf8')));
}

/** The page number of a heldout-like document (h27_… → 27). */
export const pageNumber = (doc: string): number => Number(/^h(\d+)_/.exec(doc)?.[1] ?? NaN);

/** The scorer's report on all heldout-like pages against their gold. */
export async function scoreHeldout(docs: DocumentFacts[]): Promise<ScorerReport> {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'pg-heldout-'));
  try {
    await fs.writeFile(path.join(tmp, 'facts.json'), JSON.stringify(toFormatJson(docs)));
    const { stdout } = await promisify(execFile)(process.execPath, [SCORER, '--gold', path.join(HELDOUT_DIR, 'gold.json'), '--system', path.join(tmp, 'facts.json'), '--json'], { maxBuffer: 256 * 1024 * 1024 });
    return ScorerReport.parse(JSON.parse(stdout));
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}

// ---- the lists a report gives
const q = (s: string): string => JSON.stringify(s);
const namedText = (e: z.infer<typeof Named>): string => `${e.label} ${q(e.name)}`;
const relatedText = (r: z.infer<typeof Related>): string => `${r.type} ${q(r.fromName)} → ${q(r.toName)}`;
const itemText = (x: z.infer<typeof Named> | z.infer<typeof Related>): string => ('type' in x ? relatedText(x) : namedText(x));

/** The known-miss entry a report gives for the pages `first`–`last` (whys not filled in). */
export function batchMisses(report: ScorerReport, batch: string, [first, last]: [number, number]): Batch {
  const inBatch = (doc: string): boolean => pageNumber(doc) >= first && pageNumber(doc) <= last;
  const documents: Batch['documents'] = {};
  for (const m of report.misses.filter((x) => inBatch(x.document))) {
    const lists: Record<ListName, string[]> = {
      missedEntities: m.missedEntities.map(namedText),
      falseEntities: m.falseEntities.map(namedText),
      missedRelations: m.missedRelations.map(relatedText),
      falseRelations: m.falseRelations.map(relatedText),
      dateErrors: m.dateErrors.map((d) => `${itemText(d.item)}: gold ${d.gold}, system ${d.system ?? 'none'}`),
    };
    documents[m.document] = Object.fromEntries(LISTS.filter((l) => lists[l].length > 0).map((l) => [l, lists[l]]));
  }
  const wrongMerges = mergesWithin(report, inBatch);
  return { batch, pages: [first, last], ...(wrongMerges.length ? { wrongMerges } : {}), documents };
}

/** The wrong merges among the pages `inScope` accepts: one system id for two gold ids there. */
export function mergesWithin(report: ScorerReport, inScope: (doc: string) => boolean): string[] {
  const out: string[] = [];
  for (const m of report.resolution.wrongMerges.items) {
    const parts = m.gold.map((g) => ({ id: g.id, documents: g.documents.filter(inScope) })).filter((g) => g.documents.length > 0);
    if (parts.length > 1) out.push(`${m.system} ← ${parts.map((g) => `${g.id} (${g.documents.join(', ')})`).join(' | ')}`);
  }
  return out;
}

// ---- differences
const factOf = (x: Item): string => (typeof x === 'string' ? x : x.fact);

/** Each fact of an entry as one line: `doc list: fact` (and `wrongMerges: …`). */
function lines(entry: Pick<Batch, 'documents' | 'wrongMerges'>): string[] {
  const out = (entry.wrongMerges ?? []).map((x) => `wrongMerges: ${factOf(x)}`);
  for (const [doc, lists] of Object.entries(entry.documents)) for (const l of LISTS) for (const x of lists[l] ?? []) out.push(`${doc} ${l}: ${factOf(x)}`);
  return out;
}

/** What `actual` has that `known` does not list (`+ …`: a new miss), and what `known` lists that `actual` no longer
 *  has (`- …`: found now, take it off the list), counted as multisets. */
export function missDifference(known: Pick<Batch, 'documents' | 'wrongMerges'>, actual: Pick<Batch, 'documents' | 'wrongMerges'>): string[] {
  const count = new Map<string, number>();
  for (const l of lines(known)) count.set(l, (count.get(l) ?? 0) + 1);
  const added: string[] = [];
  for (const l of lines(actual)) {
    const n = count.get(l) ?? 0;
    if (n > 0) count.set(l, n - 1);
    else added.push(`+ ${l}`);
  }
  const gone = [...count].flatMap(([l, n]) => Array.from({ length: n }, () => `- ${l}`));
  return [...added, ...gone];
}

/** `fresh` with the whys `old` gave to the facts still in it. */
export function keepWhys(fresh: Batch, old: Batch | undefined): Batch {
  const whys = new Map<string, string>();
  for (const x of old?.wrongMerges ?? []) if (typeof x !== 'string') whys.set(`wrongMerges ${x.fact}`, x.why);
  for (const [doc, lists] of Object.entries(old?.documents ?? {})) for (const l of LISTS) for (const x of lists[l] ?? []) if (typeof x !== 'string') whys.set(`${doc} ${l} ${x.fact}`, x.why);
  const withWhy = (key: string, fact: Item): Item => {
    const why = whys.get(`${key} ${factOf(fact)}`);
    return why ? { fact: factOf(fact), why } : fact;
  };
  const documents: Batch['documents'] = {};
  for (const [doc, lists] of Object.entries(fresh.documents)) documents[doc] = Object.fromEntries(LISTS.filter((l) => lists[l]).map((l) => [l, lists[l]!.map((x) => withWhy(`${doc} ${l}`, x))]));
  return { ...fresh, ...(fresh.wrongMerges ? { wrongMerges: fresh.wrongMerges.map((x) => withWhy('wrongMerges', x)) } : {}), documents };
}
