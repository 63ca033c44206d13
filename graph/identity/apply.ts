// The hooks load.ts calls: a batch written with its identity resolved against the graph, a retract that
// re-judges the clusters its documents were part of, and a judgement applied to the clusters it names.
import type { ManagedTransaction } from 'neo4j-driver';
import { addDocument, emptyRows, type WriteRows } from '../rows.ts';
import { retractDocuments as retractInTx, writeRows, type Counters } from '../write.ts';
import { settleDisplay } from './display.ts';
import { storeMerges } from './merges.ts';
import { applyRenames, planIdentity, storeIdentity, storedFacts, type IdentityPlan, type PlannedDoc } from './plan.ts';
import { readResolutions } from './resolutions.ts';

export type { PlannedDoc } from './plan.ts';

async function writePlan(tx: ManagedTransaction, plan: IdentityPlan, replacing: string[]): Promise<{ counters: Counters; rows: WriteRows }> {
  const rows = emptyRows();
  for (const d of plan.docs) addDocument(rows, d.facts, d.sha256, d.extractedWith);
  await applyRenames(tx, plan);
  const counters = await writeRows(tx, rows, [...new Set([...replacing, ...plan.rewritten])]);
  await storeIdentity(tx, plan);
  await storeMerges(tx, plan);
  const written = plan.docs.flatMap((d) => d.facts.entities.map((e) => e.id));
  await settleDisplay(tx, [...plan.settle, ...written]);
  return { counters, rows };
}

/** Writes a batch (documents in `replacing` are already in the graph) with identity resolved. */
export async function writeWithIdentity(tx: ManagedTransaction, batch: PlannedDoc[], replacing: string[]): Promise<{ counters: Counters; rows: WriteRows }> {
  const plan = await planIdentity(tx, batch, replacing, readResolutions());
  return writePlan(tx, plan, replacing);
}

/** Retracts documents, then re-judges the clusters they were in (a bridge gone splits them again). */
export async function retractWithIdentity(tx: ManagedTransaction, docs: string[], acc: Counters): Promise<string[]> {
  const plan = await planIdentity(tx, [], docs, readResolutions());
  // Every node the documents named is recomputed by write.ts's fold; its display is settled again by rule.
  const named = await tx.run(
    'UNWIND $docs AS id MATCH (:Document {id: id})-[:MENTIONS]->(n) WHERE NOT coalesce(n.reference, false) RETURN collect(DISTINCT n.id) AS ids',
    { docs },
  );
  const ids = (named.records[0]?.get('ids') as string[] | undefined) ?? [];
  plan.touched.push(...ids);
  plan.settle.push(...ids);
  // No recompute in write.ts: settleDisplay below recomputes every node the documents named, by rule.
  const found = await retractInTx(tx, docs, acc, { recompute: false });
  if (plan.docs.length || plan.touched.length) {
    const { counters } = await writePlan(tx, plan, []);
    for (const k of Object.keys(acc) as (keyof Counters)[]) acc[k] += counters[k];
  }
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
  const stored = await tx.run(
    'UNWIND $docs AS id MATCH (d:Document {id: id}) WHERE d.facts IS NOT NULL RETURN d.id AS id, d.path AS path, d.facts AS facts, d.sha256 AS sha256, d.extractedWith AS extractedWith ORDER BY id',
    { docs },
  );
  const batch: PlannedDoc[] = stored.records.map((r) => ({
    id: r.get('id') as string,
    facts: storedFacts(r),
    sha256: r.get('sha256') as string,
    extractedWith: r.get('extractedWith') as string,
  }));
  const plan = await planIdentity(tx, batch, docs, readResolutions());
  await writePlan(tx, plan, docs);
  return { rewritten: plan.docs.map((d) => d.id) };
}
