// What each Document holds for identity (its profiles and map local id → node id), read once from the graph
// and then kept in the loading process, so judging a batch reads no document back. A token on
// (:Meta {id: 'identity'}) changes with every identity write; another writer's token (or a rolled-back
// transaction of ours, or a Document renamed by sources.ts) makes the next batch read it all again.
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Feature } from '../../loaders/identity/features.ts';
import { blockingKeys, type Profile } from '../../loaders/identity/profile.ts';
import { REFERENCE_LABELS } from '../reference.ts';

/** One Document's identity: its id, its profiles and where each of its local ids went. */
export interface Held {
  id: string;
  profiles: Profile[];
  idMap: Record<string, string>;
}

/** Blocks of more profiles than this are too generic to compare (as loaders/identity/cluster.ts). */
export const MAX_BLOCK = 200;

/** A pair over the threshold (or judged the same): its score and features, kept while both are held. */
export interface Edge {
  score: number;
  features: Feature[];
}

/** Profiles by key. A key's profiles stay an array while they are only added to — reading the index from the graph
 *  fills ~1M entries at 10k documents, ~4× cheaper in arrays than in Sets — and become a Set the first time they are
 *  read or lose one, so what a command touches is made a Set and the rest never is. */
class Grouped {
  private m = new Map<string, Profile[] | Set<Profile>>();

  add(k: string, p: Profile): void {
    const g = this.m.get(k);
    if (g === undefined) this.m.set(k, [p]);
    else if (Array.isArray(g)) g.push(p);
    else g.add(p);
  }

  delete(k: string, p: Profile): void {
    this.own(k)?.delete(p);
  }

  get(k: string): ReadonlySet<Profile> {
    return this.own(k) ?? EMPTY;
  }

  private own(k: string): Set<Profile> | undefined {
    const g = this.m.get(k);
    if (g === undefined || !Array.isArray(g)) return g;
    const set = new Set(g);
    this.m.set(k, set);
    return set;
  }
}

/** Keyed by Document id: a Document renamed (sources.ts) makes every process read the index anew (forgetHeld). */
export class HeldIndex {
  private docs = new Map<string, Held>();
  /** Blocking key → profiles; local id → profiles; node id → its member profiles. */
  private blocks = new Grouped();
  private named = new Grouped();
  private members = new Grouped();
  private profiles = new Set<Profile>();
  /** Joined pairs of held profiles, both ways; profiles whose pairs with every held candidate are in `edges`. */
  private edges = new Map<Profile, Map<Profile, Edge>>();
  private explored = new Set<Profile>();
  /** The analysts' judgements the pairs were judged with (other ones: judged again). */
  private rulesSeen = '';
  /** Node id → the tally it holds (display.ts), as this process wrote or read it since the index was read: a belief
   *  display checks, so a node not in it is only read. */
  readonly tallies = new Map<string, string>();
  /** Ids of the reference data (gazetteer) the index was read with, and its hash: other reference data, read anew. */
  readonly references = new Set<string>();
  constructor(
    public token: string,
    readonly referenceHash = '',
  ) {}

  add(held: Held): void {
    this.remove(held.id, new Set(held.profiles));
    this.docs.set(held.id, held);
    for (const p of held.profiles) {
      for (const k of blockingKeys(p)) this.blocks.add(k, p);
      this.named.add(p.localId, p);
      this.profiles.add(p);
      this.members.add(held.idMap[p.localId] ?? p.localId, p);
    }
  }

  /** A document leaves; its profiles' pairs go too, but for those it comes back with (`staying`). */
  remove(id: string, staying: ReadonlySet<Profile> = EMPTY): void {
    const doc = this.docs.get(id);
    if (!doc) return;
    for (const p of doc.profiles) {
      for (const k of blockingKeys(p)) this.blocks.delete(k, p);
      this.named.delete(p.localId, p);
      this.profiles.delete(p);
      this.members.delete(doc.idMap[p.localId] ?? p.localId, p);
      if (!staying.has(p)) this.unpair(p);
    }
    this.docs.delete(id);
  }

  /** A held document's map changed (its nodes moved): its profiles (and their pairs) stay. */
  remap(id: string, idMap: Record<string, string>): void {
    const doc = this.docs.get(id);
    if (!doc) return;
    for (const p of doc.profiles) {
      this.members.delete(doc.idMap[p.localId] ?? p.localId, p);
      this.members.add(idMap[p.localId] ?? p.localId, p);
    }
    this.docs.set(id, { ...doc, idMap });
  }

  get(id: string): Held | undefined {
    return this.docs.get(id);
  }

  /** Whether this very profile is held (a new batch's profiles are not, until stored). */
  holds(p: Profile): boolean {
    return this.profiles.has(p);
  }

  /** The node a held profile belongs to. */
  nodeOf(p: Profile): string {
    return this.get(p.doc)?.idMap[p.localId] ?? p.localId;
  }

  /** Held profiles with this blocking key, local id or node. */
  inBlock(key: string): ReadonlySet<Profile> {
    return this.blocks.get(key);
  }
  withLocalId(localId: string): ReadonlySet<Profile> {
    return this.named.get(localId);
  }
  membersOf(node: string): ReadonlySet<Profile> {
    return this.members.get(node);
  }

  /** Pairs judged with other judgements than these are forgotten (judged again when next needed). */
  useRules(signature: string): void {
    if (signature === this.rulesSeen) return;
    this.rulesSeen = signature;
    this.edges.clear();
    this.explored.clear();
  }

  pair(a: Profile, b: Profile, e: Edge): void {
    (this.edges.get(a) ?? this.edges.set(a, new Map()).get(a)!).set(b, e);
    (this.edges.get(b) ?? this.edges.set(b, new Map()).get(b)!).set(a, e);
  }

  joined(p: Profile): ReadonlyMap<Profile, Edge> {
    return this.edges.get(p) ?? NO_EDGES;
  }

  isExplored(p: Profile): boolean {
    return this.explored.has(p);
  }
  markExplored(p: Profile): void {
    this.explored.add(p);
  }

  /** Forgets one pair (a block that made it a candidate became too generic). */
  unpairOne(a: Profile, b: Profile): void {
    this.edges.get(a)?.delete(b);
    this.edges.get(b)?.delete(a);
  }

  /** Its pairs with some candidates are not known (a block came back under the limit). */
  unexplore(p: Profile): void {
    this.explored.delete(p);
  }

  /** Forgets a profile's pairs (it leaves, or a block it was paired through became too generic). */
  unpair(p: Profile): void {
    for (const q of this.edges.get(p)?.keys() ?? []) this.edges.get(q)?.delete(p);
    this.edges.delete(p);
    this.explored.delete(p);
  }

  /** Documents holding one of these node ids. */
  holding(nodes: Iterable<string>): Held[] {
    const out = new Set<Held>();
    for (const n of nodes) for (const p of this.membersOf(n)) out.add(this.get(p.doc)!);
    return [...out];
  }

  /** Before changing the index: until stamp() commits, no token of the graph matches it (a failed write reads anew). */
  begin(): void {
    this.token = `changing-${randomUUID()}`;
  }

  /** Not to be used again: the next batch reads the index anew (it holds pairs judged for a batch not written). */
  discard(): void {
    this.token = `discarded-${randomUUID()}`;
  }

  /** A new token, written in the caller's transaction: this process's index is the graph's again. */
  async stamp(tx: ManagedTransaction): Promise<void> {
    this.token = randomUUID();
    await tx.run("MERGE (m:Meta {id: 'identity'}) SET m.token = $token", { token: this.token });
  }
}

const EMPTY: ReadonlySet<Profile> = new Set();
const NO_EDGES: ReadonlyMap<Profile, Edge> = new Map();

let index: HeldIndex | null = null;

/** Reference nodes, by label (a label scan each: no scan of every node). */
const REFERENCE_IDS = REFERENCE_LABELS.map((l) => `MATCH (n:${l}) WHERE n.reference = true RETURN n.id AS id`).join(' UNION ALL ');

/** The index, read again from the Documents when the graph's token is not the one this process wrote last (or the
 *  reference data changed: ensureReferenceData stores a new hash). Records are taken as they stream in and each
 *  profile object is the parsed one (no copy): the read is the size of every Document's identity. Node tallies are
 *  not read: `tallies` is a belief display.ts checks in its writes, so a fresh process starts with none and learns
 *  those of the nodes its commands touch (reading a tally for every node grew with the graph). */
export async function heldIndex(tx: ManagedTransaction): Promise<HeldIndex> {
  const res = await tx.run("OPTIONAL MATCH (m:Meta {id: 'identity'}) OPTIONAL MATCH (r:Meta {id: 'reference'}) RETURN m.token AS token, r.hash AS hash");
  const token = (res.records[0]?.get('token') as string | null) ?? '';
  const hash = (res.records[0]?.get('hash') as string | null) ?? '';
  if (index && index.token === token && index.referenceHash === hash) return index;
  const fresh = new HeldIndex(token, hash);
  const docs = tx.run('MATCH (d:Document) WHERE d.identity IS NOT NULL RETURN d.id AS id, d.identity AS identity, d.idMap AS idMap');
  for await (const r of docs) {
    const id = r.get('id') as string;
    const profiles = JSON.parse(r.get('identity') as string) as Profile[];
    for (const p of profiles) p.doc = id;
    const idMap = JSON.parse((r.get('idMap') as string | null) ?? '{}') as Record<string, string>;
    fresh.add({ id, profiles, idMap });
  }
  for (const r of (await tx.run(REFERENCE_IDS)).records) fresh.references.add(r.get('id') as string);
  index = fresh;
  return fresh;
}

/** Another process's index must not be trusted after a Document is renamed (its id changes, its element id not). */
export async function forgetHeld(tx: ManagedTransaction): Promise<void> {
  index = null;
  await tx.run("MATCH (m:Meta {id: 'identity'}) SET m.token = $token", { token: randomUUID() });
}
