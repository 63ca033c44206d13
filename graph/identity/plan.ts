// Identity in the graph: a batch's entities resolved against what the graph holds. Each Document keeps what
// identity needs (its profiles, blocking keys, its facts under their local ids, and the map local id →
// node id), so a cluster can be re-judged from scratch whenever a document joins, leaves or is judged.
// When a cluster's canonical id changes (two nodes become one, one splits, a stronger key arrives), the
// documents behind it are rewritten from their stored facts: the same exact write and retract as any load.
import { randomUUID } from 'node:crypto';
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
  /** Stored documents rewritten because two of their nodes became one or one split (their support is replaced). */
  rewritten: string[];
  /** Nodes whose cluster only grew or shrank and got another canonical id: renamed in place, nothing rewritten. */
  renames: { label: EntityLabel; from: string; to: string }[];
  /** What each written document stores for identity. */
  stored: StoredIdentity[];
  /** Held documents whose map changed by a rename only. */
  maps: { id: string; idMap: string }[];
  /** Documents leaving (retract, replaced): their keys leave the index. */
  gone: string[];
  /** Node ids of the clusters judged (their merges are stored again). */
  touched: string[];
  /** Node ids whose mentions change (a document joins or leaves them): their display is settled after the write. */
  settle: string[];
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

/** Documents holding one of `nodeIds` (resolved labels), or whose element ids are `docIds`; not those in `except`. */
async function heldDocuments(tx: ManagedTransaction, docIds: string[], nodeIds: string[], except: string[]): Promise<Held[]> {
  const byLabel = new Map<EntityLabel, string[]>();
  for (const id of nodeIds) {
    const l = labelOfId(id);
    if (l && RESOLVED.includes(l)) byLabel.set(l, [...(byLabel.get(l) ?? []), id]);
  }
  const found = new Map<string, Held>();
  const take = (records: { get: (k: string) => unknown }[]) => {
    for (const r of records) {
      const id = r.get('id') as string;
      if (found.has(id) || except.includes(id) || r.get('identity') === null) continue;
      const identity = JSON.parse(r.get('identity') as string) as Omit<Profile, 'doc'>[];
      found.set(id, { id, profiles: identity.map((p) => ({ ...p, doc: id })), idMap: JSON.parse(r.get('idMap') as string) as Record<string, string> });
    }
  };
  if (docIds.length) {
    // Element ids: they stay when a load renames a Document whose file moved (load.ts), its id does not.
    const res = await tx.run('MATCH (d:Document) WHERE elementId(d) IN $ids RETURN d.id AS id, d.identity AS identity, d.idMap AS idMap', { ids: docIds });
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
  const index = await keyIndex(tx);
  const candidates = await heldDocuments(tx, index.docsWith(keys), [...fresh.map((p) => p.localId), ...goneNodes], except);
  const keySet = new Set(keys);
  const freshIds = new Set(fresh.map((p) => p.localId));
  const nodes = new Set(goneNodes);
  for (const d of candidates) {
    for (const p of d.profiles) {
      const current = d.idMap[p.localId] ?? p.localId;
      if (freshIds.has(current) || blockingKeys(p).some((k) => keySet.has(k))) nodes.add(current);
    }
  }
  // Whole clusters: every document holding one of those nodes, so a cluster is never judged in part.
  const held = await heldDocuments(tx, [], [...nodes], except);
  const byId = new Map(held.map((d) => [d.id, d]));
  for (const d of candidates) if (!byId.has(d.id) && d.profiles.some((p) => nodes.has(d.idMap[p.localId] ?? p.localId))) byId.set(d.id, d);
  const existing = [...byId.values()].flatMap((d) => d.profiles.filter((p) => nodes.has(d.idMap[p.localId] ?? p.localId)));
  const { ids, merges } = cluster([...fresh, ...existing], resolutions);
  const renames = await renamesOf(tx, [...byId.values()], ids);

  const docs: PlannedDoc[] = [];
  const stored: StoredIdentity[] = [];
  const touched = new Set<string>(nodes);
  // The judged clusters' other nodes keep the same mentions, so their display (settled when those changed) stays.
  const settle = new Set<string>(goneNodes);
  for (const d of batch) {
    const idMap: Record<string, string> = {};
    for (const p of profilesOf(d.id, d.facts)) idMap[p.localId] = ids.get(profileKey(p)) ?? p.localId;
    for (const v of Object.values(idMap)) {
      touched.add(v);
      settle.add(v);
    }
    docs.push({ ...d, facts: mapFacts(d.facts, idMap) });
    stored.push(identityOf(d, idMap));
  }
  // A held document whose node was renamed only needs its map updated; one whose node merged or split is rewritten.
  const newMap = (h: Held): Record<string, string> => {
    const idMap = { ...h.idMap };
    for (const p of h.profiles) idMap[p.localId] = ids.get(profileKey(p)) ?? renamed.get(h.idMap[p.localId]!) ?? h.idMap[p.localId]!;
    return idMap;
  };
  // A node a rewritten document holds is not renamed: every document holding it is rewritten instead (removing
  // a document's support may delete the node a rename just touched).
  let renamed = new Map(renames.map((r) => [r.from, r.to]));
  let changed: Held[] = [];
  for (;;) {
    changed = [...byId.values()].filter((h) => {
      const next = newMap(h); // once per document: it is a pass over all its profiles
      return h.profiles.some((p) => next[p.localId] !== (renamed.get(h.idMap[p.localId]!) ?? h.idMap[p.localId]));
    });
    const held = new Set(changed.flatMap((h) => Object.values(h.idMap)));
    const kept = new Map([...renamed].filter(([from]) => !held.has(from)));
    if (kept.size === renamed.size) break;
    renamed = kept;
  }
  renames.splice(0, renames.length, ...renames.filter((r) => renamed.has(r.from)));
  const changedSet = new Set(changed);
  const remapped = [...byId.values()].filter((h) => !changedSet.has(h) && h.profiles.some((p) => renamed.has(h.idMap[p.localId]!)));
  for (const to of renamed.values()) {
    touched.add(to);
    settle.add(to);
  }
  // A rewritten document leaves its old nodes and joins its new ones.
  for (const h of changed) for (const v of Object.values(h.idMap)) settle.add(v);
  const rewritten = await storedDocuments(tx, changed.map((d) => d.id));
  for (const r of rewritten) {
    const idMap = newMap(byId.get(r.id)!);
    for (const v of Object.values(idMap)) {
      touched.add(v);
      settle.add(v);
    }
    docs.push({ ...r, facts: mapFacts(r.facts, idMap) });
    stored.push(identityOf(r, idMap));
  }
  const maps = remapped.map((h) => ({ id: h.id, idMap: JSON.stringify(newMap(h)) }));
  return { docs, rewritten: rewritten.map((r) => r.id), renames, maps, stored, touched: [...touched], settle: [...settle], merges, gone };
}

/**
 * Nodes renamed in place: all of a node's members went to one cluster, no other node joined it, and no node
 * holds the new id. Anything else (two nodes into one, one into two) rewrites the documents.
 */
async function renamesOf(tx: ManagedTransaction, held: Held[], ids: Map<string, string>): Promise<IdentityPlan['renames']> {
  const newOf = new Map<string, Set<string>>();
  const oldOf = new Map<string, Set<string>>();
  for (const h of held) {
    for (const p of h.profiles) {
      const to = ids.get(profileKey(p));
      const from = h.idMap[p.localId];
      if (!to || !from) continue;
      newOf.set(from, (newOf.get(from) ?? new Set()).add(to));
      oldOf.set(to, (oldOf.get(to) ?? new Set()).add(from));
    }
  }
  const out: IdentityPlan['renames'] = [];
  for (const [from, tos] of newOf) {
    const [to] = [...tos];
    const label = labelOfId(from);
    if (tos.size !== 1 || !to || to === from || oldOf.get(to)?.size !== 1 || newOf.has(to) || !label || label !== labelOfId(to)) continue;
    out.push({ label, from, to });
  }
  if (!out.length) return out;
  // A node outside these clusters already holding the id (rare): rewrite instead.
  const taken = new Set<string>();
  for (const label of new Set(out.map((r) => r.label))) {
    const res = await tx.run(`UNWIND $ids AS nid MATCH (n:${label} {id: nid}) RETURN collect(n.id) AS ids`, { ids: out.filter((r) => r.label === label).map((r) => r.to) });
    for (const id of (res.records[0]?.get('ids') as string[] | undefined) ?? []) taken.add(id);
  }
  return out.filter((r) => !taken.has(r.to));
}

async function goneNodeIds(tx: ManagedTransaction, docs: string[]): Promise<string[]> {
  const res = await tx.run('UNWIND $docs AS id MATCH (d:Document {id: id}) WHERE d.idMap IS NOT NULL RETURN d.idMap AS idMap', { docs });
  return [...new Set(res.records.flatMap((r) => Object.values(JSON.parse(r.get('idMap') as string) as Record<string, string>)))];
}

/** The stored facts (local ids) and unchanged-check keys of documents to rewrite. */
async function storedDocuments(tx: ManagedTransaction, ids: string[]): Promise<PlannedDoc[]> {
  if (!ids.length) return [];
  const res = await tx.run(
    'UNWIND $ids AS id MATCH (d:Document {id: id}) WHERE d.facts IS NOT NULL RETURN d.id AS id, d.path AS path, d.facts AS facts, d.sha256 AS sha256, d.extractedWith AS extractedWith ORDER BY id',
    { ids },
  );
  return res.records.map((r) => ({
    id: r.get('id') as string,
    facts: storedFacts(r),
    sha256: (r.get('sha256') as string | null) ?? '',
    extractedWith: (r.get('extractedWith') as string | null) ?? '',
  }));
}

/** A Document's stored facts, named by its id (documentId keeps a `doc:` id as it is) and path. */
export function storedFacts(r: { get: (k: string) => unknown }): DocumentFacts {
  const facts = JSON.parse(r.get('facts') as string) as DocumentFacts;
  return { ...facts, document: r.get('id') as string, path: (r.get('path') as string | null) ?? '' };
}

function identityOf(d: PlannedDoc, idMap: Record<string, string>): StoredIdentity {
  const profiles = profilesOf(d.id, d.facts);
  return {
    id: d.id,
    identity: JSON.stringify(profiles.map(({ doc: _doc, ...p }) => p)),
    idKeys: [...new Set(profiles.flatMap(blockingKeys))].sort(),
    // Without the document's name and path: those are the Document's (a moved file keeps its facts).
    facts: JSON.stringify({ ...d.facts, document: '', path: '' }),
    idMap: JSON.stringify(idMap),
  };
}

/** Renames nodes in place (before the batch is written, so its rows meet the new ids). */
export async function applyRenames(tx: ManagedTransaction, plan: IdentityPlan): Promise<void> {
  for (const label of new Set(plan.renames.map((r) => r.label))) {
    const rows = plan.renames.filter((r) => r.label === label);
    // The Documents' `supports` (write.ts: the relationships each states, by end ids) follow the new id.
    await tx.run(
      `UNWIND $rows AS r MATCH (n:${label} {id: r.from})
       CALL (n, r) {
         MATCH (d:Document)-[:MENTIONS]->(n) WHERE d.supports IS NOT NULL
         SET d.supports = [s IN d.supports | CASE WHEN NOT r.from IN split(s, $sep) THEN s ELSE
           reduce(out = '', i IN range(0, size(split(s, $sep)) - 1) |
             out + CASE WHEN i = 0 THEN '' ELSE $sep END + CASE WHEN i >= 3 AND split(s, $sep)[i] = r.from THEN r.to ELSE split(s, $sep)[i] END) END]
       }
       SET n.id = r.to`,
      { rows, sep: '\u001f' },
    );
  }
}

/** Stores each written document's identity (after writeRows created or kept its Document) and updates the key index. */
export async function storeIdentity(tx: ManagedTransaction, plan: IdentityPlan): Promise<void> {
  const eids = new Map<string, string>();
  if (plan.stored.length) {
    const res = await tx.run(
      `UNWIND $docs AS row MATCH (d:Document {id: row.id})
       SET d.identity = row.identity, d.idKeys = row.idKeys, d.facts = row.facts, d.idMap = row.idMap
       RETURN d.id AS id, elementId(d) AS eid`,
      { docs: plan.stored },
    );
    for (const r of res.records) eids.set(r.get('id') as string, r.get('eid') as string);
  }
  if (plan.maps.length) await tx.run('UNWIND $docs AS row MATCH (d:Document {id: row.id}) SET d.idMap = row.idMap', { docs: plan.maps });
  await (await keyIndex(tx)).update(tx, plan.gone, plan.stored.flatMap((s) => (eids.has(s.id) ? [{ id: s.id, eid: eids.get(s.id)!, keys: s.idKeys }] : [])));
}

// Which documents hold a blocking key: read once from the Documents, then kept in this process. A token on
// (:Meta {id: 'identity'}) changes with every identity write; another writer's token (or a rolled-back
// transaction of ours) makes the next batch read the index again.
const MAX_BLOCK = 200;

class KeyIndex {
  private byKey = new Map<string, Set<string>>();
  private keysOf = new Map<string, string[]>();
  /** Document id → element id, as last written here (a moved Document keeps its element id). */
  readonly eidOf = new Map<string, string>();
  constructor(public token: string) {}

  add(doc: string, keys: string[]): void {
    this.remove(doc);
    this.keysOf.set(doc, keys);
    for (const k of keys) (this.byKey.get(k) ?? this.byKey.set(k, new Set()).get(k)!).add(doc);
  }

  remove(doc: string): void {
    for (const k of this.keysOf.get(doc) ?? []) this.byKey.get(k)?.delete(doc);
    this.keysOf.delete(doc);
  }

  /** Documents sharing a key; keys held by more than MAX_BLOCK documents are too generic to compare. */
  docsWith(keys: string[]): string[] {
    const out = new Set<string>();
    for (const k of keys) {
      const docs = this.byKey.get(k);
      if (docs && docs.size <= MAX_BLOCK) for (const d of docs) out.add(d);
    }
    return [...out];
  }

  /** `gone` by document id (what the caller knows); written documents by element id. */
  async update(tx: ManagedTransaction, gone: string[], written: { id: string; eid: string; keys: string[] }[]): Promise<void> {
    for (const d of gone) {
      const eid = this.eidOf.get(d);
      if (eid) this.remove(eid);
      this.eidOf.delete(d);
    }
    for (const w of written) {
      this.add(w.eid, w.keys);
      this.eidOf.set(w.id, w.eid);
    }
    this.token = randomUUID();
    await tx.run("MERGE (m:Meta {id: 'identity'}) SET m.token = $token", { token: this.token });
  }
}

let index: KeyIndex | null = null;

async function keyIndex(tx: ManagedTransaction): Promise<KeyIndex> {
  const res = await tx.run("OPTIONAL MATCH (m:Meta {id: 'identity'}) RETURN m.token AS token");
  const token = (res.records[0]?.get('token') as string | null) ?? '';
  if (index && index.token === token) return index;
  const fresh = new KeyIndex(token);
  const docs = await tx.run('MATCH (d:Document) WHERE d.idKeys IS NOT NULL RETURN d.id AS id, elementId(d) AS eid, d.idKeys AS keys');
  for (const r of docs.records) {
    fresh.add(r.get('eid') as string, r.get('keys') as string[]);
    fresh.eidOf.set(r.get('id') as string, r.get('eid') as string);
  }
  index = fresh;
  return fresh;
}
