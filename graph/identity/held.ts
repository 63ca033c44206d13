// What each Document holds for identity (its profiles, blocking keys and map local id → node id), read once
// from the graph and then kept in the loading process, so judging a batch reads no document back. A token on
// (:Meta {id: 'identity'}) changes with every identity write; another writer's token (or a rolled-back
// transaction of ours, or a Document renamed by sources.ts) makes the next batch read it all again.
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Profile } from '../../loaders/identity/profile.ts';

/** One Document's identity: its id, its profiles and where each of its local ids went. */
export interface Held {
  id: string;
  profiles: Profile[];
  idMap: Record<string, string>;
}

/** Blocks of more documents than this are too generic to compare (as loaders/identity/cluster.ts). */
const MAX_BLOCK = 200;

/** Keyed by Document element id: a file moved unchanged keeps its element id, not its id. */
export class HeldIndex {
  private byKey = new Map<string, Set<string>>();
  private byNode = new Map<string, Set<string>>();
  private docs = new Map<string, { held: Held; keys: string[] }>();
  /** Document id → element id. */
  private eidOf = new Map<string, string>();
  constructor(public token: string) {}

  add(eid: string, held: Held, keys: string[]): void {
    this.remove(held.id);
    this.docs.set(eid, { held, keys });
    this.eidOf.set(held.id, eid);
    for (const k of keys) (this.byKey.get(k) ?? this.byKey.set(k, new Set()).get(k)!).add(eid);
    for (const n of new Set(Object.values(held.idMap))) (this.byNode.get(n) ?? this.byNode.set(n, new Set()).get(n)!).add(eid);
  }

  remove(id: string): void {
    const eid = this.eidOf.get(id);
    const doc = eid === undefined ? undefined : this.docs.get(eid);
    if (eid === undefined || !doc) return;
    for (const k of doc.keys) this.byKey.get(k)?.delete(eid);
    for (const n of Object.values(doc.held.idMap)) this.byNode.get(n)?.delete(eid);
    this.docs.delete(eid);
    this.eidOf.delete(id);
  }

  /** A held document's map changed (its nodes moved). */
  remap(id: string, idMap: Record<string, string>): void {
    const eid = this.eidOf.get(id);
    const doc = eid === undefined ? undefined : this.docs.get(eid);
    if (eid !== undefined && doc) this.add(eid, { ...doc.held, idMap }, doc.keys);
  }

  get(id: string): Held | undefined {
    const eid = this.eidOf.get(id);
    return eid === undefined ? undefined : this.docs.get(eid)?.held;
  }

  /** Documents sharing a key (keys held by more than MAX_BLOCK documents are too generic). */
  withKeys(keys: string[]): Held[] {
    const out = new Set<string>();
    for (const k of keys) {
      const docs = this.byKey.get(k);
      if (docs && docs.size <= MAX_BLOCK) for (const d of docs) out.add(d);
    }
    return [...out].flatMap((eid) => this.docs.get(eid)?.held ?? []);
  }

  /** Documents holding one of these node ids. */
  holding(nodes: Iterable<string>): Held[] {
    const out = new Set<string>();
    for (const n of nodes) for (const d of this.byNode.get(n) ?? []) out.add(d);
    return [...out].flatMap((eid) => this.docs.get(eid)?.held ?? []);
  }

  /** Before changing the index: until stamp() commits, no token of the graph matches it (a failed write reads anew). */
  begin(): void {
    this.token = `changing-${randomUUID()}`;
  }

  /** A new token, written in the caller's transaction: this process's index is the graph's again. */
  async stamp(tx: ManagedTransaction): Promise<void> {
    this.token = randomUUID();
    await tx.run("MERGE (m:Meta {id: 'identity'}) SET m.token = $token", { token: this.token });
  }
}

let index: HeldIndex | null = null;

/** The index, read again from the Documents when the graph's token is not the one this process wrote last. */
export async function heldIndex(tx: ManagedTransaction): Promise<HeldIndex> {
  const res = await tx.run("OPTIONAL MATCH (m:Meta {id: 'identity'}) RETURN m.token AS token");
  const token = (res.records[0]?.get('token') as string | null) ?? '';
  if (index && index.token === token) return index;
  const fresh = new HeldIndex(token);
  const docs = await tx.run(
    'MATCH (d:Document) WHERE d.idKeys IS NOT NULL AND d.identity IS NOT NULL RETURN d.id AS id, elementId(d) AS eid, d.idKeys AS keys, d.identity AS identity, d.idMap AS idMap',
  );
  for (const r of docs.records) {
    const id = r.get('id') as string;
    const profiles = (JSON.parse(r.get('identity') as string) as Omit<Profile, 'doc'>[]).map((p) => ({ ...p, doc: id }));
    const idMap = JSON.parse((r.get('idMap') as string | null) ?? '{}') as Record<string, string>;
    fresh.add(r.get('eid') as string, { id, profiles, idMap }, r.get('keys') as string[]);
  }
  index = fresh;
  return fresh;
}

/** Another process's index must not be trusted after a Document is renamed (its id changes, its element id not). */
export async function forgetHeld(tx: ManagedTransaction): Promise<void> {
  index = null;
  await tx.run("MATCH (m:Meta {id: 'identity'}) SET m.token = $token", { token: randomUUID() });
}
