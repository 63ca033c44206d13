// A retract that reads only the Documents its judging reaches, not every Document's identity (issue 13: a retract's
// cost in proportion to what its documents mention). Each Document stores what it can be found by (`heldKeys`: its
// profiles' blocking keys and local ids, hashed, under a full-text index); the members of a node are the Documents
// that MENTION it. The retract's batch is judged on an index of the Documents read so far (held.ts `Coverage`);
// whatever the judging asks beyond them — a block, a local id's profiles, a node's members, a profile's pairs — is
// noted, read, and the batch judged again on the larger index, until it asks nothing it lacks. The judgement is then
// the one an index of every Document gives: each answer it read is the whole index's answer. A block too generic
// before and after the retract is counted, not read (up to the limit: `heldKeys` queries stop there).
import { createHash } from 'node:crypto';
import type { ManagedTransaction, QueryResult, Session } from 'neo4j-driver';
import { rulesOf, type Resolution } from '../../loaders/identity/cluster.ts';
import { blockingKeys, type Profile } from '../../loaders/identity/profile.ts';
import { labelOfId } from '../rows.ts';
import { pipelineStamp } from '../stamp.ts';
import { judgeDocs, type Judgement } from './ahead.ts';
import { Coverage, graphToken, HELD_FIELDS, heldOf, HeldIndex, MAX_BLOCK, readReferences, type Held, type StoredPairs } from './held.ts';

export const HELD_KEYS_INDEX = 'heldKeys';

/** What this process's retracts did: batches judged on the Documents they reach, and on all (null from
 *  partialJudgement); Documents read and rounds of reading for the former. */
export const partialStats = { partial: 0, whole: 0, documents: 0, rounds: 0 };

/** Past this share of the graph's Documents read, one read of them all is cheaper than more rounds (a test raises it:
 *  the pages of a small corpus all name one another). */
export const partialLimits = { most: 0.5 };

const tokenOf = (kind: 'k' | 'l', s: string): string => createHash('sha1').update(`${kind}\u0000${s}`).digest('hex').slice(0, 16);

/** What a Document is found by (`heldKeys`): its profiles' blocking keys and local ids, hashed (a collision only
 *  reads a Document more). Valid for the code that computed the keys: `heldKeysWith` is its stamp. */
export function heldKeysOf(profiles: readonly Profile[]): string {
  const out = new Set<string>();
  for (const p of profiles) {
    out.add(tokenOf('l', p.localId));
    for (const k of blockingKeys(p)) out.add(tokenOf('k', k));
  }
  return [...out].join(' ');
}

/** Documents read so far, and what of the index they hold whole. */
interface Reading {
  held: Map<string, [Held, StoredPairs | null]>;
  covered: Coverage;
}

type Wanted = Coverage['missing'];

/**
 * The retract of `gone` judged on an index of only the Documents its judging reaches, or null where that cannot be
 * done (Documents without `heldKeys` of this code — loaded before, or by other code: the caller reads every
 * Document and stores them —, an analyst's "same", which pairs profiles whatever their keys, or most of the graph
 * reached). The lease keeps the graph's token the index's until the write.
 */
export async function partialJudgement(session: Session, gone: string[], resolutions: Resolution[]): Promise<Judgement | null> {
  // A read transaction per query: the rounds of a large retract outlast a transaction's timeout on a busy machine,
  // and the lease keeps every other writer out meanwhile.
  const run: Run = (query, params) => session.executeRead((tx) => tx.run(query, params));
  const judgement = await judgedOnReached(run, session, gone, resolutions);
  if (judgement) partialStats.partial++;
  else partialStats.whole++;
  return judgement;
}

type Run = (query: string, params?: Record<string, unknown>) => Promise<QueryResult>;

async function judgedOnReached(run: Run, session: Session, gone: string[], resolutions: Resolution[]): Promise<Judgement | null> {
  if (rulesOf(resolutions).same.size) return null;
  const stamp = await pipelineStamp();
  const total = await keyedTotal(run, stamp);
  if (total === null) return null;
  const { token, hash } = await session.executeRead((t) => graphToken(t));
  const references = new Set<string>();
  await session.executeRead((t) => readReferences(t, references));
  const reading: Reading = { held: new Map(), covered: new Coverage() };
  let want: Wanted = { ...new Coverage().missing, docs: new Set(gone) };
  for (;;) {
    partialStats.rounds++;
    // Past the limit, before reading the Documents found: they would be read again with all the others.
    if (!(await readWanted(run, want, reading, stamp, gone, partialLimits.most * total))) return null;
    const index = indexOf(token, hash, references, reading);
    let judgement: Judgement | null = null;
    try {
      judgement = judgeDocs(index, { docs: [], gone }, resolutions);
    } catch (e) {
      // Judging on too little can fail; on all it needs, it is an error.
      if (index.coverage!.complete) throw e;
    }
    if (judgement && index.coverage!.complete) {
      partialStats.documents += reading.held.size;
      return judgement;
    }
    want = index.coverage!.missing;
  }
}

/** How many Documents hold identity, or null when one has no `heldKeys` of this code (or the index is not online). */
async function keyedTotal(run: Run, stamp: string): Promise<number | null> {
  const online = await run("SHOW INDEXES YIELD name, state WHERE name = $name AND state = 'ONLINE' RETURN count(*) AS n", { name: HELD_KEYS_INDEX });
  if (Number(online.records[0]?.get('n') ?? 0) === 0) return null;
  const res = await run('MATCH (d:Document) WHERE d.identity IS NOT NULL RETURN count(d) AS total, count(CASE WHEN d.heldKeysWith = $stamp THEN 1 END) AS keyed', { stamp });
  const [total, keyed] = [Number(res.records[0]?.get('total') ?? 0), Number(res.records[0]?.get('keyed') ?? 0)];
  return keyed === total ? total : null;
}

/** A fresh index of the Documents read, covering what they hold whole (judging changes an index: one per round). */
function indexOf(token: string, hash: string, references: ReadonlySet<string>, reading: Reading): HeldIndex {
  const index = new HeldIndex(token, hash);
  const c = new Coverage();
  for (const [k, v] of reading.covered.keys) c.keys.set(k, v);
  for (const x of reading.covered.localIds) c.localIds.add(x);
  for (const x of reading.covered.nodes) c.nodes.add(x);
  for (const x of reading.covered.docs) c.docs.add(x);
  for (const r of references) index.references.add(r);
  for (const [held, pairs] of reading.held.values()) index.hold(held, pairs);
  index.coverage = c;
  return index;
}

/** Reads what judging asked for: the Documents named, then those holding the keys, local ids and nodes wanted;
 *  false (and nothing more read) when that would make more than `limit` Documents. */
async function readWanted(run: Run, want: Wanted, reading: Reading, stamp: string, gone: string[], limit: number): Promise<boolean> {
  await readDocs(run, [...want.docs], reading, stamp);
  const more = new Set<string>();
  const leaving = leavingCounts(reading, gone);
  await keysFound(run, [...want.keys], leaving, reading.covered, more);
  await localIdsFound(run, [...want.localIds], reading.covered, more);
  await nodesFound(run, [...want.nodes], reading.covered, more);
  const fresh = [...more].filter((id) => !reading.covered.docs.has(id));
  if (reading.held.size + fresh.length > limit) return false;
  await readDocs(run, fresh, reading, stamp);
  return true;
}

async function readDocs(run: Run, ids: string[], reading: Reading, stamp: string): Promise<void> {
  const todo = ids.filter((id) => !reading.covered.docs.has(id));
  if (!todo.length) return;
  const res = await run(`UNWIND $ids AS id MATCH (d:Document {id: id}) WHERE d.identity IS NOT NULL RETURN ${HELD_FIELDS}`, { ids: todo });
  for (const r of res.records) {
    const [held, pairs] = heldOf(r, stamp);
    reading.held.set(held.id, [held, pairs]);
  }
  // Ids the graph holds no identity for are covered too (a retract of a missing document).
  for (const id of todo) reading.covered.docs.add(id);
}

/** Per blocking key, how many of the leaving documents' profiles hold it. */
function leavingCounts(reading: Reading, gone: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const id of gone) for (const p of reading.held.get(id)?.[0].profiles ?? []) for (const k of blockingKeys(p)) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
}

/** The Documents of each key's block, or — past MAX_BLOCK even without the leaving profiles — a lower bound of its
 *  size (MAX_BLOCK + 1 + those, counted in Documents: a Document may hold a key twice, never less than once). */
async function keysFound(run: Run, keys: string[], leaving: Map<string, number>, covered: Coverage, more: Set<string>): Promise<void> {
  if (!keys.length) return;
  const qs = keys.map((k) => ({ k, t: tokenOf('k', k), cap: MAX_BLOCK + 1 + (leaving.get(k) ?? 0) }));
  const res = await run(
    'UNWIND $qs AS q CALL db.index.fulltext.queryNodes($index, q.t, {limit: q.cap}) YIELD node RETURN q.k AS k, q.cap AS cap, collect(node.id) AS ids',
    { qs, index: HELD_KEYS_INDEX },
  );
  const seen = new Set<string>();
  for (const r of res.records) {
    const [k, cap, ids] = [r.get('k') as string, Number(r.get('cap')), r.get('ids') as string[]];
    seen.add(k);
    if (ids.length >= cap) covered.keys.set(k, ids.length);
    else {
      covered.keys.set(k, null);
      for (const id of ids) more.add(id);
    }
  }
  for (const k of keys) if (!seen.has(k)) covered.keys.set(k, null);
}

async function localIdsFound(run: Run, localIds: string[], covered: Coverage, more: Set<string>): Promise<void> {
  if (!localIds.length) return;
  const qs = localIds.map((id) => ({ id, t: tokenOf('l', id) }));
  const res = await run('UNWIND $qs AS q CALL db.index.fulltext.queryNodes($index, q.t) YIELD node RETURN collect(DISTINCT node.id) AS ids', { qs, index: HELD_KEYS_INDEX });
  for (const id of (res.records[0]?.get('ids') as string[] | undefined) ?? []) more.add(id);
  for (const id of localIds) covered.localIds.add(id);
}

/** A node's members are profiles of the Documents that MENTION it (by its label's id index). */
async function nodesFound(run: Run, nodes: string[], covered: Coverage, more: Set<string>): Promise<void> {
  const byLabel = new Map<string, string[]>();
  for (const n of nodes) {
    const label = labelOfId(n);
    if (!label) throw new Error(`identity: node ${n} has no label to find its documents by`);
    byLabel.set(label, [...(byLabel.get(label) ?? []), n]);
  }
  for (const [label, ids] of byLabel) {
    const res = await run(`UNWIND $ids AS id MATCH (:${label} {id: id})<-[:MENTIONS]-(d:Document) RETURN collect(DISTINCT d.id) AS docs`, { ids });
    for (const id of (res.records[0]?.get('docs') as string[] | undefined) ?? []) more.add(id);
  }
  for (const n of nodes) covered.nodes.add(n);
}

/** Documents holding identity without `heldKeys` of this code (loaded before them, or by other code). */
export async function unkeyedDocuments(tx: ManagedTransaction): Promise<string[]> {
  const res = await tx.run('MATCH (d:Document) WHERE d.identity IS NOT NULL AND coalesce(d.heldKeysWith, "") <> $stamp RETURN collect(d.id) AS ids', { stamp: await pipelineStamp() });
  return (res.records[0]?.get('ids') as string[] | undefined) ?? [];
}

/** Stores these Documents' `heldKeys` from a whole index (their profiles as every process reads them). */
export async function storeHeldKeys(tx: ManagedTransaction, index: HeldIndex, ids: string[]): Promise<void> {
  const rows = ids.flatMap((id) => {
    const held = index.get(id);
    return held ? [{ id, keys: heldKeysOf(held.profiles) }] : [];
  });
  await tx.run('UNWIND $rows AS row MATCH (d:Document {id: row.id}) SET d.heldKeys = row.keys, d.heldKeysWith = $stamp', { rows, stamp: await pipelineStamp() });
}
