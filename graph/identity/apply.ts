// The hooks load.ts calls: a batch written with its identity resolved against the graph, a retract that
// re-judges the clusters its documents were part of, and a judgement applied to the clusters it names.
import type { ManagedTransaction } from 'neo4j-driver';
import { addDocument, emptyRows, type WriteRows } from '../rows.ts';
import { retractDocuments as retractInTx, writeRows, type Counters, type NewNode } from '../write.ts';
import { addFresh, countLeaving, emptyDelta, freshOf, settleDisplay, shownOf, type Settle, type TallyDelta } from './display.ts';
import { mergeEvidence } from './merges.ts';
import { applyMovesAndRepoints, rekeyDelta, rekeyKnown } from './moves.ts';
import type { Batch, JudgeAhead } from './ahead.ts';
import { draftAhead, holdPlan, planAsExtracted, planIdentity, storedDocuments, storedProps, storeIdentity, type IdentityPlan, type PlannedDoc } from './plan.ts';
import { readResolutions } from './resolutions.ts';

export type { PlannedDoc } from './plan.ts';
/** Milliseconds this process spent in each step of identity's writes and retracts, and how many documents and
 *  nodes they moved: bench/load.ts prints them, so a change shows where the time went. */
export const identityPhases = { plan: 0, moves: 0, write: 0, store: 0, display: 0, retract: 0, docsWritten: 0, docsRewritten: 0, nodesMoved: 0, mentionsRepointed: 0, batchesJudgedAhead: 0, batchesDraftedAhead: 0 };

async function phase<T>(k: keyof typeof identityPhases, f: () => Promise<T>): Promise<T> {
  const t = performance.now();
  try {
    return await f();
  } finally {
    identityPhases[k] += performance.now() - t;
  }
}

async function writePlan(tx: ManagedTransaction, plan: IdentityPlan, replacing: string[], delta: TallyDelta = emptyDelta(), opts: WriteOptions = {}): Promise<{ counters: Counters; rows: WriteRows }> {
  // From here the in-process index (and what it knows of tallies) changes: until this transaction stamps it, no
  // token of the graph matches it, so a failed write is read anew (held.ts).
  plan.index.begin();
  holdPlan(plan);
  // The next batch is judged once this one's node statements are all sent (write.ts): judging is one long run of
  // this thread, and started earlier it ran while only a short statement (a move, a count) kept Neo4j busy.
  const { next, ahead } = opts;
  const queued = next && ahead ? () => ahead.start(plan.index, next, readResolutions) : undefined;
  // Deflated on zlib's threads while the moves run (or since the draft: plan.ts).
  const stored = plan.written?.packed ?? storedProps(plan.stored);
  const rows = plan.written?.rows ?? rowsOf(plan.docs);
  identityPhases.docsWritten += plan.docs.length;
  if (plan.judgedAhead) identityPhases.batchesJudgedAhead++;
  if (plan.draftedAhead) identityPhases.batchesDraftedAhead++;
  identityPhases.docsRewritten += plan.rewritten.length;
  identityPhases.nodesMoved += plan.moves.reduce((n, m) => n + m.from.length, 0);
  identityPhases.mentionsRepointed += plan.repoints.length;
  await phase('moves', async () => {
    rekeyDelta(delta, plan.moves);
    rekeyKnown(plan.index.tallies, plan.moves);
    await applyMovesAndRepoints(tx, plan.moves, plan.repoints, delta);
  });
  const leaving = [...new Set([...replacing, ...plan.rewritten])];
  await phase('display', () => countLeaving(tx, leaving, delta));
  const { tallies: known, references } = plan.index;
  const said = plan.written?.fresh ?? freshOf(rows, references);
  addFresh(delta, said);
  const fresh = said.nodes;
  const sameAs = mergeEvidence(plan);
  const created = createdNodes(fresh, known, sameAs, plan.written?.shown);
  const { counters, existed } = await phase('write', async () => writeRows(tx, rows, leaving, { created, stored: await stored, queued, folded: plan.written?.folded }));
  // Nodes the write did create are displayed already; their tallies are now known.
  const done = new Set<string>();
  for (const [id, c] of created) {
    if (existed.has(id)) continue;
    done.add(id);
    known.set(id, c.props.tally as string);
  }
  await phase('store', () => storeIdentity(tx, plan));
  const ids = [...plan.settle, ...plan.docs.flatMap((d) => d.facts.entities.map((e) => e.id))];
  await phase('display', () => settleDisplay(tx, { ids, delta, fresh, sameAs, known, references, done }));
  return { counters, rows };
}

function rowsOf(docs: PlannedDoc[]): WriteRows {
  const rows = emptyRows();
  for (const d of docs) addDocument(rows, d.facts, d.sha256, d.extractedWith);
  return rows;
}

/** Nodes the batch names that this process knows no tally of: believed new, so the write creates them with what
 *  the batch says (the whole of what their documents say). One that existed after all (this process knows only the
 *  tallies it wrote or read) is reported by the write and settled after it like any other. `made`: what each node
 *  of the batch would show, worked out with its draft (plan.ts). */
function createdNodes(fresh: Settle['fresh'], known: ReadonlyMap<string, string>, sameAs: ReadonlyMap<string, string[] | null>, made?: ReadonlyMap<string, NewNode>): Map<string, NewNode> {
  const created = new Map<string, NewNode>();
  for (const [id, f] of fresh) {
    if (known.has(id) || !f.tally.name) continue;
    const shown = made?.get(id) ?? shownOf(id, f.tally);
    const merges = sameAs.get(id);
    created.set(id, merges?.length ? { ...shown, props: { ...shown.props, sameAs: merges } } : shown);
  }
  return created;
}

/** How a batch is written: `next` is the batch after it, judged by the load's `ahead` while this one's statements
 *  run (ahead.ts); `resolve` false only for bench/load.ts's baseline (each entity keeps its extractor's id:
 *  planAsExtracted). */
export interface WriteOptions {
  next?: Promise<Batch | null>;
  ahead?: JudgeAhead;
  resolve?: boolean;
}

/** Writes a batch (documents in `replacing` are already in the graph) with identity resolved. */
export async function writeWithIdentity(tx: ManagedTransaction, batch: PlannedDoc[], replacing: string[], opts: WriteOptions = {}): Promise<{ counters: Counters; rows: WriteRows }> {
  const resolve = opts.resolve !== false;
  const plan = await phase('plan', () => (resolve ? planIdentity(tx, batch, replacing, readResolutions(), opts.ahead) : planAsExtracted(tx, batch, replacing)));
  return writePlan(tx, plan, replacing, emptyDelta(), resolve ? opts : {});
}

/** Once this thread is free (the batch written commits), drafts the write of the batch judged ahead (plan.ts). */
export function draftWhileCommitting(ahead: JudgeAhead): void {
  ahead.whenFree(draftAhead);
}

/** Retracts documents, then re-judges the clusters they were in (a bridge gone splits them again). */
export async function retractWithIdentity(tx: ManagedTransaction, docs: string[], acc: Counters): Promise<string[]> {
  const plan = await phase('plan', () => planIdentity(tx, [], docs, readResolutions()));
  // Every node the documents named loses what they said; its display is settled again by rule (display.ts).
  const delta = emptyDelta();
  await phase('display', () => countLeaving(tx, docs, delta));
  const named = [...delta.add.keys()];
  plan.touched.push(...named);
  plan.settle.push(...named);
  const found = await phase('retract', () => retractInTx(tx, docs, acc));
  // Always: the leaving documents leave the in-process index too (held.ts).
  const { counters } = await writePlan(tx, plan, [], delta);
  for (const k of Object.keys(acc) as (keyof Counters)[]) acc[k] += counters[k];
  return found;
}

/** Re-judges the clusters holding these node or local ids (after a judgement was recorded). */
export async function rejudge(tx: ManagedTransaction, ids: string[]): Promise<{ rewritten: string[] }> {
  const res = await tx.run(
    `MATCH (d:Document) WHERE d.idMap IS NOT NULL AND any(x IN $ids WHERE d.idMap CONTAINS ('"' + x + '"')) RETURN collect(d.id) AS docs`,
    { ids },
  );
  const docs = (res.records[0]?.get('docs') as string[] | undefined) ?? [];
  // Re-planned as if these documents were being replaced by themselves: their clusters are judged anew.
  const batch = await storedDocuments(tx, docs);
  const plan = await planIdentity(tx, batch, docs, readResolutions());
  await writePlan(tx, plan, docs);
  return { rewritten: plan.docs.map((d) => d.id) };
}
