// Identity in the graph: a batch's entities resolved against what the graph holds. Each Document keeps what
// identity needs (its profiles, blocking keys, its facts under their local ids, and the map local id →
// node id), so a cluster can be re-judged from scratch whenever a document joins, leaves or is judged.
// When a cluster's canonical id changes (two nodes become one, one splits, a stronger key arrives), the
// documents behind it are rewritten from their stored facts: the same exact write and retract as any load.
import type { ManagedTransaction } from 'neo4j-driver';
import { cluster, type MergeRecord, type Resolution } from '../../loaders/identity/cluster.ts';
import { blockingKeys, profileKey, profilesOf, RESOLVED, type Profile } from '../../loaders/identity/profile.ts';
import type { DocumentFacts, EntityLabel } from '../../loaders/types.ts';
import { labelOfId } from '../rows.ts';

/** A document about to be written: its id, its facts under local ids, and the key of the unchanged check. */
export interface PlannedDoc {
  id: string;
  facts: DocumentFacts;
  sha256: string;
  extractedWith: string;
}

export interface IdentityPlan {
  /** The batch and the documents rewritten for it, facts mapped to node ids. */
  docs: PlannedDoc[];
  /** Stored documents rewritten because their clusters changed (their support is replaced). */
  rewritten: string[];
  /** What each written document stores for identity. */
  stored: StoredIdentity[];
  /** Node ids whose display properties are settled after the write. */
  touched: string[];
  merges: MergeRecord[];
}

export interface StoredIdentity {
  id: string;
  identity: string;
  idKeys: string[];
  facts: string;
  idMap: string;
}

interface Held {
  id: string;
  profiles: Profile[];
  idMap: Record<string, string>;
}

/** Documents whose blocking keys meet `keys`, or that mention one of `nodeIds`; not those in `except`. */
async function heldDocuments(tx: ManagedTransaction, keys: string[], nodeIds: string[], except: string[]): Promise<Held[]> {
  const byLabel = new Map<EntityLabel, string[]>();
  for (const id of nodeIds) {
    const l = labelOfId(id);
    if (l && RESOLVED.includes(l)) byLabel.set(l, [...(byLabel.get(l) ?? []), id]);
  }
  const found = new Map<string, Held>();
  const take = (records: { get: (k: string) => unknown }[]) => {
    for (const r of records) {
      const id = r.get('id') as string;
      if (found.has(id) || except.includes(id)) continue;
      const identity = JSON.parse(r.get('identity') as string) as Omit<Profile, 'doc'>[];
      found.set(id, { id, profiles: identity.map((p) => ({ ...p, doc: id })), idMap: JSON.parse(r.get('idMap') as string) as Record<string, string> });
    }
  };
  if (keys.length) {
    const res = await tx.run(
      `MATCH (d:Document) WHERE d.idKeys IS NOT NULL AND any(k IN d.idKeys WHERE k IN $keys)
       RETURN d.id AS id, d.identity AS identity, d.idMap AS idMap`,
      { keys },
    );
    take(res.records);
  }
  for (const [label, ids] of byLabel) {
    const res = await tx.run(
      `UNWIND $ids AS nid MATCH (n:${label} {id: nid})<-[:MENTIONS]-(d:Document) WHERE d.identity IS NOT NULL
       RETURN DISTINCT d.id AS id, d.identity AS identity, d.idMap AS idMap`,
      { ids },
    );
    take(res.records);
  }
  return [...found.values()];
}

/** Facts with their resolved ids replaced by node ids (relations follow; gazetteer ids stay). */
export function mapFacts(facts: DocumentFacts, idMap: Record<string, string>): DocumentFacts {
  const to = (id: string) => idMap[id] ?? id;
  return {
    ...facts,
    entities: facts.entities.map((e) => ({ ...e, id: to(e.id) })),
    relations: facts.relations.map((r) => ({ ...r, from: to(r.from), to: to(r.to) })),
  };
}

/**
 * Resolves the batch against the graph: candidates by blocking keys, the clusters they belong to taken whole,
 * re-judged together with the batch. `gone` are documents leaving (retract) or being replaced: their old
 * profiles no longer count, and the clusters they were in are re-judged too.
 */
export async function planIdentity(tx: ManagedTransaction, batch: PlannedDoc[], gone: string[], resolutions: Resolution[]): Promise<IdentityPlan> {
  const fresh = batch.flatMap((d) => profilesOf(d.id, d.facts));
  const keys = [...new Set(fresh.flatMap(blockingKeys))];
  const except = [...new Set([...batch.map((d) => d.id), ...gone])];
  // Clusters the leaving documents were part of.
  const goneNodes = gone.length ? await goneNodeIds(tx, gone) : [];
  const candidates = await heldDocuments(tx, keys, [...fresh.map((p) => p.localId), ...goneNodes], except);
  const keySet = new Set(keys);
  const nodes = new Set(goneNodes);
  for (const d of candidates) {
    for (const p of d.profiles) {
      const current = d.idMap[p.localId] ?? p.localId;
      if (blockingKeys(p).some((k) => keySet.has(k)) || fresh.some((f) => f.localId === current)) nodes.add(current);
    }
  }
  // Whole clusters: every document holding one of those nodes, so a cluster is never judged in part.
  const held = await heldDocuments(tx, [], [...nodes], except);
  const byId = new Map(held.map((d) => [d.id, d]));
  for (const d of candidates) if (!byId.has(d.id) && d.profiles.some((p) => nodes.has(d.idMap[p.localId] ?? p.localId))) byId.set(d.id, d);
  const existing = [...byId.values()].flatMap((d) => d.profiles.filter((p) => nodes.has(d.idMap[p.localId] ?? p.localId)));
  const { ids, merges } = cluster([...fresh, ...existing], resolutions);

  const docs: PlannedDoc[] = [];
  const stored: StoredIdentity[] = [];
  const touched = new Set<string>(nodes);
  for (const d of batch) {
    const idMap: Record<string, string> = {};
    for (const p of profilesOf(d.id, d.facts)) idMap[p.localId] = ids.get(profileKey(p)) ?? p.localId;
    for (const v of Object.values(idMap)) touched.add(v);
    docs.push({ ...d, facts: mapFacts(d.facts, idMap) });
    stored.push(identityOf(d, idMap));
  }
  const changed = [...byId.values()].filter((d) => d.profiles.some((p) => (ids.get(profileKey(p)) ?? d.idMap[p.localId]) !== d.idMap[p.localId]));
  const rewritten = await storedDocuments(tx, changed.map((d) => d.id));
  for (const r of rewritten) {
    const h = byId.get(r.id)!;
    const idMap = { ...h.idMap };
    for (const p of h.profiles) {
      const id = ids.get(profileKey(p));
      if (id) idMap[p.localId] = id;
      touched.add(idMap[p.localId]!);
    }
    docs.push({ ...r, facts: mapFacts(r.facts, idMap) });
    stored.push(identityOf(r, idMap));
  }
  return { docs, rewritten: rewritten.map((r) => r.id), stored, touched: [...touched], merges };
}

async function goneNodeIds(tx: ManagedTransaction, docs: string[]): Promise<string[]> {
  const res = await tx.run('UNWIND $docs AS id MATCH (d:Document {id: id}) WHERE d.idMap IS NOT NULL RETURN d.idMap AS idMap', { docs });
  return [...new Set(res.records.flatMap((r) => Object.values(JSON.parse(r.get('idMap') as string) as Record<string, string>)))];
}

/** The stored facts (local ids) and unchanged-check keys of documents to rewrite. */
async function storedDocuments(tx: ManagedTransaction, ids: string[]): Promise<PlannedDoc[]> {
  if (!ids.length) return [];
  const res = await tx.run(
    'UNWIND $ids AS id MATCH (d:Document {id: id}) WHERE d.facts IS NOT NULL RETURN d.id AS id, d.facts AS facts, d.sha256 AS sha256, d.extractedWith AS extractedWith ORDER BY id',
    { ids },
  );
  return res.records.map((r) => ({
    id: r.get('id') as string,
    facts: JSON.parse(r.get('facts') as string) as DocumentFacts,
    sha256: (r.get('sha256') as string | null) ?? '',
    extractedWith: (r.get('extractedWith') as string | null) ?? '',
  }));
}

function identityOf(d: PlannedDoc, idMap: Record<string, string>): StoredIdentity {
  const profiles = profilesOf(d.id, d.facts);
  return {
    id: d.id,
    identity: JSON.stringify(profiles.map(({ doc: _doc, ...p }) => p)),
    idKeys: [...new Set(profiles.flatMap(blockingKeys))].sort(),
    facts: JSON.stringify(d.facts),
    idMap: JSON.stringify(idMap),
  };
}

/** Stores each written document's identity (after writeRows created or kept its Document). */
export async function storeIdentity(tx: ManagedTransaction, stored: StoredIdentity[]): Promise<void> {
  if (!stored.length) return;
  await tx.run(
    `UNWIND $docs AS row MATCH (d:Document {id: row.id})
     SET d.identity = row.identity, d.idKeys = row.idKeys, d.facts = row.facts, d.idMap = row.idMap`,
    { docs: stored },
  );
}
