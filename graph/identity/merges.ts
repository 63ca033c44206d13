// Every merge kept with its evidence on the node it made (`sameAs`: one JSON entry per union: the two
// documents' local ids, the score and the named features), for `policygraph merges` and the API.
import { routing, type Driver } from 'neo4j-driver';
import type { MergeRecord } from '../../loaders/identity/cluster.ts';
import { RESOLVED } from '../../loaders/identity/profile.ts';
import { labelOfId } from '../rows.ts';
import type { IdentityPlan } from './plan.ts';

/** The merge evidence of the clusters a plan judged, per node (null: a cluster left without merges loses its own);
 *  written with the display (display.ts), where a node's evidence differs from what it holds. */
export function mergeEvidence(plan: IdentityPlan): Map<string, string[] | null> {
  const byNode = new Map<string, MergeRecord[]>();
  for (const id of plan.touched) byNode.set(id, []);
  for (const m of plan.merges) {
    const list = byNode.get(m.id);
    if (list) list.push(m);
    else byNode.set(m.id, [m]);
  }
  const out = new Map<string, string[] | null>();
  for (const [id, merges] of byNode) {
    const label = labelOfId(id);
    if (!label || !RESOLVED.includes(label)) continue;
    out.set(id, merges.length ? merges.map((m) => JSON.stringify({ a: m.a, b: m.b, score: m.score, features: m.features })).sort() : null);
  }
  return out;
}

export interface NodeMerges {
  id: string;
  label: string;
  name: string;
  merges: { a: string; b: string; score: number; features: { name: string; weight: number }[] }[];
}

/** Nodes made of several documents' entities, with the evidence of each union; one node with `id`. */
export async function listMerges(driver: Driver, id?: string, database?: string): Promise<NodeMerges[]> {
  const res = await driver.executeQuery(
    `MATCH (n) WHERE n.sameAs IS NOT NULL AND ($id IS NULL OR n.id = $id)
     RETURN n.id AS id, [l IN labels(n) WHERE l IN $labels][0] AS label, n.name AS name, n.sameAs AS sameAs ORDER BY id`,
    { id: id ?? null, labels: RESOLVED },
    { database, routing: routing.READ },
  );
  return res.records.map((r) => ({
    id: r.get('id') as string,
    label: r.get('label') as string,
    name: r.get('name') as string,
    merges: (r.get('sameAs') as string[]).map((s) => JSON.parse(s) as NodeMerges['merges'][number]),
  }));
}
