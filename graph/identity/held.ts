// What each Document holds for identity (its profiles and map local id → node id), read once from the graph
// and then kept in the loading process, so judging a batch reads no document back. A token on
// (:Meta {id: 'identity'}) changes with every identity write; another writer's token (or a rolled-back
// transaction of ours, or a Document renamed by sources.ts) makes the next batch read it all again.
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { judgePair, pairKey, type Rules } from '../../loaders/identity/cluster.ts';
import { placesOf, type Feature } from '../../loaders/identity/features.ts';
import { blockingKeys, presetBlockingKeys, profileKey, type Profile } from '../../loaders/identity/profile.ts';
import { REFERENCE_LABELS } from '../reference.ts';
import { pipelineStamp } from '../stamp.ts';

/** One Document's identity: its id, its profiles and where each of its local ids went; `version` names the bytes
 *  and extraction code its profiles came from (a pair another Document stored with it holds for that version only). */
export interface Held {
  id: string;
  profiles: Profile[];
  idMap: Record<string, string>;
  version?: string;
}

/** A Document's version as pairs refer to it: its bytes and the code that extracted them (stamp.ts). */
export const versionOf = (sha256: string, extractedWith: string): string => `${sha256.slice(0, 10)}${extractedWith.slice(0, 6)}`;

/**
 * The joined pairs a Document stores with its identity (`pairs`): each pair one of its profiles made when it was
 * judged — [its local id, the other profile's document, local id and version, score (null: an analyst's "same")] —
 * oriented as judged, and per profile the positions (in blockingKeys) of the keys whose blocks were over MAX_BLOCK
 * then. A later document stores its own pairs with this one, so the pairs of a profile are those stored on both
 * sides: a fresh process knows them without comparing the profile with its blocks again.
 */
export interface StoredPairs {
  pairs: [string, string, string, string, number | null][];
  closed: Record<string, number[]>;
}

/** Blocks of more profiles than this are too generic to compare (as loaders/identity/cluster.ts). */
export const MAX_BLOCK = 200;

/** A pair over the threshold (or judged the same): its score and features, kept while both are held. */
export interface Edge {
  score: number;
  features: Feature[];
}

/** Profiles by key. A key held by one profile keeps the profile itself and by more an array, while they are only
 *  added to — reading the index from the graph fills ~1M entries at 10k documents, most of local ids and nodes held
 *  once: ~4× cheaper in arrays than in Sets, and no array for one — and become a Set the first time they are read or
 *  lose one, so what a command touches is made a Set and the rest never is. */
class Grouped {
  private m = new Map<string, Profile | Profile[] | Set<Profile>>();

  /** How many profiles hold the key (without making it a Set). */
  size(k: string): number {
    const g = this.m.get(k);
    return g === undefined ? 0 : Array.isArray(g) ? g.length : g instanceof Set ? g.size : 1;
  }

  add(k: string, p: Profile): void {
    const g = this.m.get(k);
    if (g === undefined) this.m.set(k, p);
    else if (Array.isArray(g)) g.push(p);
    else if (g instanceof Set) g.add(p);
    else this.m.set(k, [g, p]);
  }

  delete(k: string, p: Profile): void {
    this.own(k)?.delete(p);
  }

  get(k: string): ReadonlySet<Profile> {
    return this.own(k) ?? EMPTY;
  }

  /** The key's profiles in order, without making them a Set. */
  items(k: string): Iterable<Profile> {
    const g = this.m.get(k);
    return g === undefined ? EMPTY : Array.isArray(g) || g instanceof Set ? g : [g];
  }

  private own(k: string): Set<Profile> | undefined {
    const g = this.m.get(k);
    if (g === undefined || g instanceof Set) return g;
    const set = new Set(Array.isArray(g) ? g : [g]);
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
  /** Blocking key → year → its profiles dated in that year or undated, in the block's order, with per place the lists
   *  of those naming it or none: built when judging first asks for them (inBlockDated), kept up by `add`, dropped when
   *  the block loses a profile. */
  private dated = new Map<string, Map<string, YearView>>();
  /** The analysts' judgements the pairs were judged with (other ones: judged again). */
  private rulesSeen = '';
  /** Read from the graph and not yet taken in (the first batch's judgements decide which pairs still hold): each
   *  Document's stored pairs, or null where it stores none this code can trust. */
  private stored: { held: Held; pairs: StoredPairs | string | null }[] = [];
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
    if (this.docs.has(held.id)) this.remove(held.id, new Set(held.profiles));
    this.docs.set(held.id, held);
    for (const p of held.profiles) {
      for (const k of blockingKeys(p)) {
        this.blocks.add(k, p);
        if (this.dated.size) this.addDated(k, p);
      }
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
      for (const k of blockingKeys(p)) {
        this.blocks.delete(k, p);
        this.dated.delete(k);
      }
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
  /** Held profiles with this blocking key dated in `year` or undated, in the block's order (inBlock filtered); with a
   *  `place`, only those naming it or no place. */
  inBlockDated(key: string, year: string, place = ''): readonly Profile[] {
    let byYear = this.dated.get(key);
    if (!byYear) this.dated.set(key, (byYear = new Map()));
    let view = byYear.get(year);
    if (!view) {
      view = new YearView();
      for (const p of this.blocks.items(key)) if (yearOf(p) === '' || yearOf(p) === year) view.push(p);
      byYear.set(year, view);
    }
    return place === '' ? view.all : view.inPlace(place);
  }

  /** A profile joining a block: onto the block's views it belongs to (appended: the block's order). */
  private addDated(k: string, p: Profile): void {
    const byYear = this.dated.get(k);
    if (!byYear) return;
    // (Judging walks no block over MAX_BLOCK: its lists would only grow. Rebuilt in the block's order if it shrinks back.)
    if (this.blocks.size(k) > MAX_BLOCK) {
      this.dated.delete(k);
      return;
    }
    const y = yearOf(p);
    for (const view of y === '' ? byYear.values() : [byYear.get(y)]) view?.push(p);
  }

  /** How many held profiles have this blocking key (without making the block a Set, as inBlock does). */
  blockSize(key: string): number {
    return this.blocks.size(key);
  }
  withLocalId(localId: string): ReadonlySet<Profile> {
    return this.named.get(localId);
  }
  membersOf(node: string): ReadonlySet<Profile> {
    return this.members.get(node);
  }

  /** A Document read from the graph with the pairs it stores (null: none this code can trust), as read (JSON text:
   *  parsed when taken in, so each Document's pairs die young instead of living through the whole read). */
  hold(held: Held, pairs: StoredPairs | string | null): void {
    this.add(held);
    this.stored.push({ held, pairs });
  }

  /** Pairs judged with other judgements than these are forgotten (judged again when next needed); pairs stored in
   *  the graph are taken in under the first judgements. */
  useRules(signature: string, rules: Rules): void {
    if (signature !== this.rulesSeen) {
      this.rulesSeen = signature;
      this.edges.clear();
      this.explored.clear();
    }
    if (this.stored.length) this.takeStored(rules);
  }

  /**
   * The stored pairs that still hold (both profiles held in those versions, the same judgement of them, a key in
   * common not too generic), and which profiles they make explored: every profile of a Document storing pairs,
   * unless a pair of it may be missing — a block it shares with a Document storing none (another version of the
   * code, a rewritten one, a graph loaded before pairs were stored) or with a profile that found it too generic when
   * judged and now finds it open (a pair through it was never judged), or an analyst's judgement changed its pairs.
   * Those are explored when reached, as before.
   */
  private takeStored(rules: Rules): void {
    const stored = this.stored;
    this.stored = [];
    const open = (k: string) => this.blocks.size(k) <= MAX_BLOCK;
    const unsure = new Set<Profile>();
    const unsureKeys = new Set<string>();
    const trusted: Profile[] = [];
    const judged = rules.same.size > 0 || rules.different.size > 0;
    // Each held Document's profiles by local id, made once for the pairs of every Document naming it.
    const byDoc = new Map<string, Map<string, Profile>>();
    const local = (h: Held): Map<string, Profile> => {
      let m = byDoc.get(h.id);
      if (!m) {
        byDoc.set(h.id, (m = new Map()));
        for (const p of h.profiles) m.set(p.localId, p);
      }
      return m;
    };
    for (const { held, pairs: raw } of stored) {
      if (!this.docs.has(held.id) || this.docs.get(held.id) !== held) continue;
      const pairs = typeof raw === 'string' ? (JSON.parse(raw) as StoredPairs) : raw;
      if (!pairs) {
        for (const p of held.profiles) for (const k of blockingKeys(p)) if (open(k)) unsureKeys.add(k);
        continue;
      }
      const mine = local(held);
      for (const [localId, at] of Object.entries(pairs.closed)) {
        const p = mine.get(localId);
        const keys = p ? blockingKeys(p) : [];
        for (const i of at) if (keys[i] !== undefined && open(keys[i])) unsureKeys.add(keys[i]);
      }
      for (const [localId, doc, other, version, score] of pairs.pairs) {
        const h = this.docs.get(doc);
        const [p, q] = [mine.get(localId), h && h.version === version ? local(h).get(other) : undefined];
        if (!p || !q) continue;
        // No pair key to make when no analyst judged anything (the usual case).
        const key = judged ? pairKey(p.localId, q.localId) : '';
        const same = judged && rules.same.has(key);
        if (judged && rules.different.has(key)) continue;
        if ((score === null) !== same) unsure.add(p).add(q);
        else if (same || this.meet(p, q)) this.pair(p, q, storedEdge(p, q, score ?? Infinity, rules));
      }
      trusted.push(...held.profiles);
    }
    for (const pair of rules.same) for (const id of pair.split('\u0000')) for (const p of this.named.get(id)) unsure.add(p);
    for (const k of unsureKeys) for (const p of this.blocks.get(k)) unsure.add(p);
    for (const p of trusted) if (!unsure.has(p)) this.explored.add(p);
  }

  /** Whether two held profiles share a key whose block is not too generic (they are candidates). */
  private meet(p: Profile, q: Profile): boolean {
    const theirs = blockingKeys(q);
    return blockingKeys(p).some((k) => theirs.includes(k) && this.blocks.size(k) <= MAX_BLOCK);
  }

  /** What the document of these profiles stores of their pairs now (they were just judged: `closed` are the keys
   *  too generic to compare), or null when a pair's other document has no known version. */
  storedPairsOf(profiles: Profile[], closed: Map<Profile, number[]>, versions: ReadonlyMap<string, string>): StoredPairs | null {
    const out: StoredPairs = { pairs: [], closed: {} };
    for (const p of profiles) {
      const at = closed.get(p);
      if (at?.length) out.closed[p.localId] = at;
      for (const [q, e] of this.joined(p)) {
        // A pair of two new profiles is stored once, by the one it was judged from (the smaller key).
        if (!this.holds(q) && profileKey(q) < profileKey(p)) continue;
        const version = versions.get(q.doc) ?? this.get(q.doc)?.version;
        if (version === undefined) return null;
        out.pairs.push([p.localId, q.doc, q.localId, version, Number.isFinite(e.score) ? e.score : null]);
      }
    }
    return out;
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
/** One block's profiles of one year (or undated), in the block's order, and where in it those naming each place
 *  stand: a place's list (those naming it or none) is a merge of two position lists, built when first asked. With
 *  ~4,000 gazetteer places, new places kept coming at 10k and each scanned the year's list (SCALE-L's profile:
 *  inBlockDated ~14 % of judging in a 10k load's last slice). */
class YearView {
  readonly all: Profile[] = [];
  /** Positions in `all` of the profiles naming no place, and of those naming each place. */
  private anywhere: number[] = [];
  private at = new Map<string, number[]>();
  private lists = new Map<string, Profile[]>();

  push(p: Profile): void {
    const i = this.all.push(p) - 1;
    const places = placesOf(p);
    if (!places.size) {
      this.anywhere.push(i);
      for (const list of this.lists.values()) list.push(p);
      return;
    }
    for (const x of places) {
      (this.at.get(x) ?? this.at.set(x, []).get(x)!).push(i);
      this.lists.get(x)?.push(p);
    }
  }

  /** The profiles naming this place or none, in the block's order. */
  inPlace(place: string): readonly Profile[] {
    let list = this.lists.get(place);
    if (list) return list;
    const [a, b] = [this.anywhere, this.at.get(place) ?? []];
    list = [];
    for (let i = 0, j = 0; i < a.length || j < b.length; ) list.push(this.all[j >= b.length || (i < a.length && a[i]! < b[j]!) ? a[i++]! : b[j++]!]!);
    this.lists.set(place, list);
    return list;
  }
}

/** A profile's year as quickVeto reads it from its date (features.ts vetoedWith), '' when not dated to a year. */
const yearOf = (p: Profile): string => (p.date && p.date.length >= 4 ? p.date.slice(0, 4) : '');
const NO_EDGES: ReadonlyMap<Profile, Edge> = new Map();

/** A stored pair's edge: its features (merge evidence) are judged again, as stored, only when read. */
const storedEdge = (p: Profile, q: Profile, score: number, rules: Rules): Edge => new StoredEdge(p, q, score, rules);

/** A class, not a closure and its getter object: one allocation per stored pair where those made three (145k pairs
 *  at 10k documents, all taken in by a fresh process). */
class StoredEdge implements Edge {
  private judged: Feature[] | undefined;
  constructor(
    private readonly p: Profile,
    private readonly q: Profile,
    readonly score: number,
    private readonly rules: Rules,
  ) {}

  get features(): Feature[] {
    if (this.judged) return this.judged;
    const v = judgePair(this.p, this.q, this.rules);
    return (this.judged = v.join ? v.features : []);
  }
}

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
  const stamp = await pipelineStamp();
  const docs = tx.run(
    'MATCH (d:Document) WHERE d.identity IS NOT NULL RETURN d.id AS id, d.identity AS identity, d.idMap AS idMap, d.pairs AS pairs, d.blockKeys AS blockKeys, d.sha256 AS sha256, d.extractedWith AS extractedWith',
  );
  for await (const r of docs) fresh.hold(...heldOf(r, stamp));
  for (const r of (await tx.run(REFERENCE_IDS)).records) fresh.references.add(r.get('id') as string);
  index = fresh;
  return fresh;
}

/** A Document's record as held, with its stored pairs and its profiles' blocking keys when the code that wrote them
 *  is this one (stamp.ts: the keys are then what this code would work out; otherwise they are worked out). */
export function heldOf(r: { get: (k: string) => unknown }, stamp: string): [Held, string | null] {
  const id = r.get('id') as string;
  const profiles = JSON.parse(r.get('identity') as string) as Profile[];
  for (const p of profiles) p.doc = id;
  const idMap = JSON.parse((r.get('idMap') as string | null) ?? '{}') as Record<string, string>;
  const [sha256, extractedWith] = [(r.get('sha256') as string | null) ?? '', (r.get('extractedWith') as string | null) ?? ''];
  const [pairs, keys] = [r.get('pairs') as string | null, r.get('blockKeys') as string | null | undefined];
  if (keys && extractedWith === stamp) presetKeys(profiles, keys);
  return [{ id, profiles, idMap, version: versionOf(sha256, extractedWith) }, pairs && extractedWith === stamp ? pairs : null];
}

/** Each profile's blocking keys, as a Document stores them beside its profiles (`blockKeys`, in their order): at 10k
 *  documents working them out again was most of a fresh process's read of the index. */
export const storedKeys = (profiles: Profile[]): string => JSON.stringify(profiles.map(blockingKeys));

function presetKeys(profiles: Profile[], stored: string): void {
  const keys = JSON.parse(stored) as string[][];
  if (keys.length === profiles.length) profiles.forEach((p, i) => presetBlockingKeys(p, keys[i]!));
}

/** A Document renamed (sources.ts): the pairs other Documents store with it name it by its new id. */
export async function renamePairs(tx: ManagedTransaction, from: string, to: string): Promise<void> {
  const [was, now] = [JSON.stringify(from), JSON.stringify(to)];
  await tx.run('MATCH (d:Document) WHERE d.pairs CONTAINS $was SET d.pairs = replace(d.pairs, $was, $now)', { was, now });
}

/** Another process's index must not be trusted after a Document is renamed (its id changes, its element id not). */
export async function forgetHeld(tx: ManagedTransaction): Promise<void> {
  index = null;
  await tx.run("MATCH (m:Meta {id: 'identity'}) SET m.token = $token", { token: randomUUID() });
}
