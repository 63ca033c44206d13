// Why a node is one node: the merge evidence graph/identity/merges.ts keeps on it (`sameAs`, one JSON text per
// union of two documents' mentions: `doc#localId` both sides, score, named features), read into typed data with
// the name each document gave and the analyst's judgement on the pair (graph/resolutions.json) if there is one.
// The one place that reads the stored format, for the API and the named question alike.
import fs from 'node:fs';
import { z } from 'zod';
import { readResolutions, resolutionsFile } from '../graph/identity/resolutions.ts';
import type { Resolution } from '../loaders/identity/cluster.ts';

const Entry = z.object({
  a: z.string(),
  b: z.string(),
  score: z.number(),
  features: z.array(z.object({ name: z.string(), weight: z.number() })),
});

export interface MatchFeature {
  name: string;
  weight: number;
}

/** One side of a union: the document, the id its extraction gave the thing, the name it used. */
export interface SameAsMention {
  documentId: string;
  localId: string;
  name: string | null;
  /** The Document's projection, when the query asked for it. */
  document?: unknown;
}

export interface Judgement {
  decision: 'same' | 'different' | 'unsure';
  who: string;
  why: string;
  at: string | null;
}

export interface SameAsEvidence {
  a: SameAsMention;
  b: SameAsMention;
  score: number;
  features: MatchFeature[];
  judgement: Judgement | null;
}

/** What the Cypher gives for a node: its stored entries and the mentions of the documents they name. */
export interface StoredSameAs {
  entries: unknown;
  mentions: unknown;
}

interface MentionRow {
  doc: string;
  name?: string | null;
  document?: unknown;
}

/** `doc:…#local` → its two parts (a document id may hold a `#`, a local id does not). */
function split(ref: string): { documentId: string; localId: string } {
  const i = ref.lastIndexOf('#');
  return i < 0 ? { documentId: '', localId: ref } : { documentId: ref.slice(0, i), localId: ref.slice(i + 1) };
}

let kept: { file: string; mtimeMs: number; list: Resolution[] } | undefined;

/** The judgements on file, read again only when the file changes; an unreadable file gives none. */
export function currentJudgements(file = resolutionsFile()): Resolution[] {
  let mtimeMs: number;
  try {
    mtimeMs = fs.statSync(file).mtimeMs;
  } catch {
    return [];
  }
  if (kept?.file === file && kept.mtimeMs === mtimeMs) return kept.list;
  let list: Resolution[] = [];
  try {
    list = readResolutions(file);
  } catch {
    list = []; // a malformed file stops loads with its problem; here it only means no judgement is shown
  }
  kept = { file, mtimeMs, list };
  return list;
}

function judgementOf(a: string, b: string, judgements: readonly Resolution[]): Judgement | null {
  // A later judgement on the same pair replaces the earlier one (resolutions.ts keeps one), so the last wins.
  const r = judgements.findLast((j) => (j.a === a && j.b === b) || (j.a === b && j.b === a));
  return r ? { decision: r.decision, who: r.who, why: r.why ?? '', at: r.at ?? null } : null;
}

/** The stored evidence of one node, typed; entries in another format are left out rather than guessed at. */
export function readSameAs(stored: StoredSameAs | null | undefined, judgements: readonly Resolution[] = currentJudgements()): SameAsEvidence[] {
  if (!stored || !Array.isArray(stored.entries)) return [];
  const mentions = new Map<string, MentionRow>();
  for (const m of Array.isArray(stored.mentions) ? (stored.mentions as MentionRow[]) : []) if (m && typeof m.doc === 'string') mentions.set(m.doc, m);
  const side = (ref: string): SameAsMention => {
    const { documentId, localId } = split(ref);
    const m = mentions.get(documentId);
    return { documentId, localId, name: m?.name ?? null, document: m?.document ?? null };
  };
  const out: SameAsEvidence[] = [];
  for (const text of stored.entries) {
    let json: unknown;
    try {
      json = JSON.parse(String(text));
    } catch {
      continue;
    }
    const e = Entry.safeParse(json);
    if (!e.success) continue;
    const [a, b] = [side(e.data.a), side(e.data.b)];
    out.push({ a, b, score: e.data.score, features: e.data.features, judgement: judgementOf(a.localId, b.localId, judgements) });
  }
  return out;
}

const signed = (w: number): string => `${w >= 0 ? '+' : '−'}${Math.abs(w).toFixed(2)}`;

export const SAME_AS_COLUMNS = ['node', 'name', 'a', 'aName', 'b', 'bName', 'score', 'features', 'judgement'] as const;

/**
 * Rows of the `merge-evidence` question (one per union, the stored JSON in `evidence`, the documents' mentions in
 * `mentions`) as a table an analyst reads: both mentions, the score, each feature with its weight, the judgement.
 */
export function sameAsRows(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  const judgements = currentJudgements();
  return rows.flatMap((r) =>
    readSameAs({ entries: [r.evidence], mentions: r.mentions }, judgements).map((e) => ({
      node: r.node,
      name: r.name,
      a: `${e.a.documentId}#${e.a.localId}`,
      aName: e.a.name,
      b: `${e.b.documentId}#${e.b.localId}`,
      bName: e.b.name,
      score: e.score,
      features: e.features.map((f) => `${f.name} ${signed(f.weight)}`),
      judgement: e.judgement ? `${e.judgement.decision} (${e.judgement.who}${e.judgement.why ? `: ${e.judgement.why}` : ''})` : null,
    })),
  );
}
