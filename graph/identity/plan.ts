// Identity in the graph: a batch's entities resolved against what the graph holds. Each Document keeps what
// identity needs (its profiles, blocking keys, its facts under their local ids, and the map local id →
// node id); judging.ts decides which clusters a batch, a retract or a judgement changes. What changed becomes
// moves of whole nodes and re-pointed mentions (moves.ts); a document whose entity would move reference data is
// rewritten from its stored facts: the same exact write and retract as any load.
import type { ManagedTransaction } from 'neo4j-driver';
import type { MergeRecord, Resolution } from '../../loaders/identity/cluster.ts';
import { profileKey, type Profile } from '../../loaders/identity/profile.ts';
import type { DocumentFacts } from '../../loaders/types.ts';
import { aggregate, type BatchRows } from '../aggregate.ts';
import { addDocument, emptyRows, labelOfId, type WriteRows } from '../rows.ts';
import type { NewNode } from '../write.ts';
import { freshOf, shownOf, type Fresh } from './display.ts';
import { heldIndex, storedKeys, versionOf, type Held, type HeldIndex, type StoredPairs } from './held.ts';
import { judgeDocs, type JudgeAhead, type Judgement } from './ahead.ts';
import { factsJson, packFacts, readFacts } from './stored-facts.ts';
import { feasibleMoves, type Move, type Repoint } from './moves.ts';

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
  /** Stored documents rewritten because one of their entities would move reference data (their support is replaced). */
  rewritten: string[];
  /** Old nodes that become one new node in place (renamed, merged): their documents are not rewritten. */
  moves: Move[];
  /** Held documents' mentions re-pointed one by one (a node split, or joined one that exists). */
  repoints: Repoint[];
  /** What each written document stores for identity. */
  stored: StoredIdentity[];
  /** Held documents whose map changed by a rename only. */
  maps: { id: string; idMap: Record<string, string> }[];
  /** Documents leaving (retract, replaced): their keys leave the index. */
  gone: string[];
  /** Node ids of the clusters judged (their merges are stored again). */
  touched: string[];
  /** Node ids whose mentions change (a document joins or leaves them): their display is settled after the write. */
  settle: string[];
  merges: MergeRecord[];
  /** The in-process index it was judged with (held.ts), brought up to date by holdPlan. */
  index: HeldIndex;
  /** Whether the batch was judged ahead, while the one before it was written (ahead.ts), and its write drafted then. */
  judgedAhead: boolean;
  draftedAhead: boolean;
  /** The batch's rows, folded, and its stored properties, made with its draft (null: made by the write). */
  written: Written | null;
}

/** A batch's rows (rows.ts), folded (aggregate.ts), and what its documents store, deflating (storedProps). */
export interface Written {
  rows: WriteRows;
  folded: BatchRows;
  packed: Promise<Map<string, Record<string, unknown>>>;
  /** What the rows say of each node (display.ts), and what each named node shows if the write creates it. */
  fresh: Fresh;
  shown: Map<string, NewNode>;
}

/** What a batch's plan and write take from its judgement alone, before anything is read in its transaction: made
 *  while the batch before commits (draftAhead), when Neo4j works and this thread would wait; built once the
 *  transaction began, it kept Neo4j idle 0.5-0.8 s a batch (bench:load --trace: the gap before the Documents). */
interface Draft {
  /** The batch's documents with their facts on node ids, and what each stores. */
  docs: PlannedDoc[];
  stored: StoredIdentity[];
  /** The nodes the batch's documents name, in order. */
  named: string[];
  /** Held documents judged again (a member of theirs changes node). */
  held: Held[];
  /** Nodes moved whole as judged, before the graph says which it allows (feasibleMoves). */
  moves: Move[];
  /** Where the held documents go when nothing moves (nothing to ask the graph), else null. */
  placed: Placed | null;
  written: Written;
}

/** Drafts made ahead, by the judgement they follow (a judgement not used is dropped with its draft). */
const drafts = new WeakMap<Judgement, Draft>();

/** Drafts the write of a batch judged ahead (called while the batch before commits: ahead.ts whenFree). */
export function draftAhead(j: Judgement): void {
  const made = drafts.has(j) ? null : draftOf(j);
  if (made) drafts.set(j, made);
}

/** The draft of a judged batch; null when a document lacks its unchanged-check keys (never in a load). */
function draftOf(j: Judgement): Draft | null {
  const { judged, index } = j;
  const docs: PlannedDoc[] = [];
  const stored: StoredIdentity[] = [];
  const named: string[] = [];
  for (const d of j.docs) {
    if (d.sha256 === undefined || d.extractedWith === undefined) return null;
    const profiles = j.profilesByDoc.get(d.id)!;
    const idMap = Object.fromEntries(profiles.map((p) => [p.localId, judged.ids.get(profileKey(p)) ?? p.localId]));
    named.push(...Object.values(idMap));
    const doc = { id: d.id, facts: d.facts, sha256: d.sha256, extractedWith: d.extractedWith };
    docs.push({ ...doc, facts: mapFacts(d.facts, idMap) });
    stored.push(identityOf(doc, idMap, profiles, judged.pairs.get(d.id) ?? null));
  }
  const byId = new Map<string, Held>();
  for (const p of judged.held) if (!byId.has(p.doc)) byId.set(p.doc, index.get(p.doc)!);
  const held = [...byId.values()];
  const moves = movesJudged(held, judged.ids);
  const placed = moves.length ? null : placeHeld(held, judged.ids, [], index.references);
  return { docs, stored, named, held, moves, placed, written: writtenOf(docs, stored, index.references) };
}

/** The documents' rows, folded, and their stored properties set deflating (on zlib's threads meanwhile). */
function writtenOf(docs: PlannedDoc[], stored: StoredIdentity[], references: ReadonlySet<string>): Written {
  const rows = emptyRows();
  for (const d of docs) addDocument(rows, d.facts, d.sha256, d.extractedWith);
  const packed = storedProps(stored);
  // A draft dropped unused must not leave a rejection unhandled; whoever uses it still sees the error.
  packed.catch(() => undefined);
  const fresh = freshOf(rows, references);
  // Which of these nodes the write creates is known only then (the batch before may create them): all worked out.
  const shown = new Map<string, NewNode>();
  for (const [id, f] of fresh.nodes) if (f.tally.name) shown.set(id, shownOf(id, f.tally));
  return { rows, folded: aggregate(rows), packed, fresh, shown };
}

/** The draft made ahead for exactly these documents (same ids, facts, bytes and stamp), else one made now. */
function draftFor(j: Judgement, batch: PlannedDoc[], ahead: boolean): { draft: Draft | null; ahead: boolean } {
  const made = ahead ? drafts.get(j) : undefined;
  const same = made?.docs.every((d, i) => d.id === batch[i]?.id && d.sha256 === batch[i]?.sha256 && d.extractedWith === batch[i]?.extractedWith);
  return made && same && made.docs.length === batch.length ? { draft: made, ahead: true } : { draft: draftOf(j), ahead: false };
}

export interface StoredIdentity {
  id: string;
  identity: string;
  facts: string;
  idMap: string;
  /** Its profiles' joined pairs (held.ts StoredPairs), or null where they are not all known. */
  pairs: string | null;
  /** The same, as the in-process index keeps it (not written). */
  held: Held;
}

/** Facts with their resolved ids replaced by node ids (relations follow; gazetteer ids stay). An entity or relation
 *  whose ids stay (reference data, most local ids) is the very object extracted, not a copy: nothing changes facts. */
function mapFacts(facts: DocumentFacts, idMap: Record<string, string>): DocumentFacts {
  const to = (id: string) => idMap[id] ?? id;
  return {
    ...facts,
    entities: facts.entities.map((e) => (to(e.id) === e.id ? e : { ...e, id: to(e.id) })),
    relations: facts.relations.map((r) => (to(r.from) === r.from && to(r.to) === r.to ? r : { ...r, from: to(r.from), to: to(r.to) })),
  };
}

/**
 * Resolves the batch against the graph (judging.ts, or judged ahead while the batch before was written: ahead.ts):
 * the batch's profiles judged against their candidates, the groups of joined pairs they touch re-clustered whole.
 * `gone` are documents leaving (retract) or being replaced: their old profiles no longer count, and the groups they
 * were in are re-judged too.
 */
export async function planIdentity(tx: ManagedTransaction, batch: PlannedDoc[], gone: string[], resolutions: Resolution[], judgeAhead?: JudgeAhead): Promise<IdentityPlan> {
  const ahead = judgeAhead?.take({ docs: batch, gone }, resolutions) ?? null;
  const index = await heldIndex(tx);
  const goneNodes = gone.flatMap((id) => Object.values(index.get(id)?.idMap ?? {}));
  const usable = ahead?.index === index ? ahead : null;
  const judgement = usable ?? judgeDocs(index, { docs: batch, gone }, resolutions);
  const { draft, ahead: draftedAhead } = draftFor(judgement, batch, usable !== null);
  if (!draft) throw new Error('a document to write has no sha256 or stamp');
  const { ids, merges, oldNodes } = judgement.judged;
  const placed = draft.placed ?? placeHeld(draft.held, ids, await feasibleMoves(tx, draft.moves), index.references);
  // The judged clusters' other nodes keep the same mentions, so their display (settled when those changed) stays.
  const touched = new Set<string>(oldNodes);
  const settle = new Set<string>(goneNodes);
  const mark = (nodes: Iterable<string>) => {
    for (const v of nodes) {
      touched.add(v);
      settle.add(v);
    }
  };
  mark(draft.named);
  const docs = [...draft.docs];
  const stored = [...draft.stored];
  mark([...placed.moves.map((m) => m.to), ...placed.repoints.flatMap((r) => [r.from, r.to])]);
  // A rewritten document leaves its old nodes and joins its new ones.
  for (const h of placed.changed) for (const v of Object.values(h.idMap)) settle.add(v);
  const rewritten = await storedDocuments(tx, placed.changed.map((d) => d.id));
  const byId = new Map(draft.held.map((h) => [h.id, h]));
  // A rewritten document's held profiles were not all compared again: it stores no pairs (held.ts explores them).
  for (const r of rewritten) {
    const h = byId.get(r.id)!;
    const idMap = placed.newMap(h);
    mark(Object.values(idMap));
    docs.push({ ...r, facts: mapFacts(r.facts, idMap) });
    stored.push(identityOf(r, idMap, h.profiles, null));
  }
  const { moves, repoints, maps } = placed;
  // Rows made with the draft hold the batch alone: with documents rewritten the write makes them all.
  const written = rewritten.length ? null : draft.written;
  return { docs, rewritten: rewritten.map((r) => r.id), moves, repoints, maps, stored, touched: [...touched], settle: [...settle], merges, gone, index, judgedAhead: usable !== null, draftedAhead, written };
}

/** Where the held documents judged again go: whole nodes moved (renamed, merged), single mentions re-pointed, or
 *  (reference data involved) the document rewritten; held documents whose map changed by a rename only. */
interface Placed {
  moves: Move[];
  repoints: Repoint[];
  changed: Held[];
  maps: { id: string; idMap: Record<string, string> }[];
  newMap: (h: Held) => Record<string, string>;
}

/**
 * A held document whose nodes moved whole only needs its map updated; its mentions of a node that splits (or joins
 * another) are re-pointed one by one (moves.ts). Reference data never moves: a document whose entity would is
 * rewritten, and a node such a document holds does not move (removing its support may delete it).
 */
function placeHeld(held: Held[], ids: Map<string, string>, allMoves: Move[], refs: ReadonlySet<string>): Placed {
  const renamedBy = (list: Move[]) => new Map(list.flatMap((m) => m.from.filter((f) => f !== m.to).map((f) => [f, m.to] as const)));
  let moves = allMoves;
  let renamed = renamedBy(moves);
  const newMap = (h: Held): Record<string, string> => {
    const idMap = { ...h.idMap };
    for (const p of h.profiles) idMap[p.localId] = ids.get(profileKey(p)) ?? renamed.get(h.idMap[p.localId]!) ?? h.idMap[p.localId]!;
    return idMap;
  };
  for (;;) {
    const { changed, repoints } = pointsOf(held, newMap, renamed, refs);
    const kept = withoutHeld(moves, changed);
    if (kept.length === moves.length) {
      const changedSet = new Set(changed);
      const maps = held.flatMap((h) => {
        if (changedSet.has(h)) return [];
        const next = newMap(h);
        return h.profiles.some((p) => next[p.localId] !== h.idMap[p.localId]) ? [{ id: h.id, idMap: next }] : [];
      });
      return { moves, repoints, changed, maps, newMap };
    }
    moves = kept;
    renamed = renamedBy(moves);
  }
}

/** Moves none of whose nodes a rewritten document holds. */
function withoutHeld(moves: Move[], changed: Held[]): Move[] {
  const held = new Set(changed.flatMap((h) => Object.values(h.idMap)));
  return moves.filter((m) => !m.from.some((f) => held.has(f)));
}

/** Each held document's mentions that leave their node after the moves: re-pointed, or the document rewritten. */
function pointsOf(held: Held[], newMap: (h: Held) => Record<string, string>, renamed: Map<string, string>, refs: ReadonlySet<string>): { changed: Held[]; repoints: Repoint[] } {
  const changed: Held[] = [];
  const repoints: Repoint[] = [];
  for (const h of held) {
    const next = newMap(h); // once per document: it is a pass over all its profiles
    const mine: Repoint[] = [];
    let rewrite = false;
    for (const p of h.profiles) {
      const cur = renamed.get(h.idMap[p.localId]!) ?? h.idMap[p.localId]!;
      const to = next[p.localId]!;
      if (to === cur) continue;
      const label = labelOfId(cur);
      if (!label || label !== labelOfId(to) || refs.has(cur) || refs.has(to)) rewrite = true;
      else mine.push({ doc: h.id, label, from: cur, to });
    }
    if (rewrite) changed.push(h);
    else repoints.push(...mine);
  }
  return { changed, repoints };
}

/** The plan of a load without resolution (bench/load.ts's baseline, never a user's load): every entity keeps the id
 *  its extractor gave it; nothing is judged, moved or stored for identity, and no merge evidence is written. The
 *  display is settled by rule as in any load (nodes shared by id have several documents too). */
export async function planAsExtracted(tx: ManagedTransaction, batch: PlannedDoc[], gone: string[]): Promise<IdentityPlan> {
  const index = await heldIndex(tx);
  const settle = [...new Set(gone.flatMap((id) => Object.values(index.get(id)?.idMap ?? {})))];
  return { docs: batch, rewritten: [], moves: [], repoints: [], maps: [], stored: [], gone, touched: [], settle, merges: [], index, judgedAhead: false, draftedAhead: false, written: null };
}

/**
 * Nodes moved in place: every member of each old node went to one cluster (no split), so the cluster's old nodes
 * become its new node where they stand (moves.ts). Anything else (one node into two) rewrites the documents. The
 * graph then says which of these it allows (feasibleMoves).
 */
function movesJudged(held: Held[], ids: Map<string, string>): Move[] {
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
  const out: Move[] = [];
  for (const [to, froms] of oldOf) {
    const label = labelOfId(to);
    if (!label || (froms.size === 1 && froms.has(to))) continue;
    const from = [...froms].sort();
    if (from.some((f) => newOf.get(f)?.size !== 1 || labelOfId(f) !== label)) continue;
    // The new id is an old node going elsewhere (a chain): rewrite instead.
    if (newOf.has(to) && !froms.has(to)) continue;
    const survivor = froms.has(to) ? to : from[0]!;
    out.push({ label, to, from: [survivor, ...from.filter((f) => f !== survivor)] });
  }
  return out;
}

/** The stored facts (local ids) and unchanged-check keys of documents to rewrite (or re-judge). */
export async function storedDocuments(tx: ManagedTransaction, ids: string[]): Promise<PlannedDoc[]> {
  if (!ids.length) return [];
  const res = await tx.run(
    'UNWIND $ids AS id MATCH (d:Document {id: id}) WHERE d.facts IS NOT NULL RETURN d.id AS id, d.path AS path, d.facts AS facts, d.sha256 AS sha256, d.extractedWith AS extractedWith ORDER BY id',
    { ids },
  );
  return res.records.map((r) => ({
    id: r.get('id') as string,
    facts: readFacts(r.get('facts'), r.get('id') as string, (r.get('path') as string | null) ?? ''),
    sha256: (r.get('sha256') as string | null) ?? '',
    extractedWith: (r.get('extractedWith') as string | null) ?? '',
  }));
}

/** What a written document stores for identity; `profiles` are the very objects judged (their pairs are kept). */
function identityOf(d: PlannedDoc, idMap: Record<string, string>, profiles: Profile[], pairs: StoredPairs | null): StoredIdentity {
  return {
    id: d.id,
    identity: JSON.stringify(profiles.map(({ doc: _doc, ...p }) => p)),
    facts: factsJson(d.facts),
    idMap: JSON.stringify(idMap),
    pairs: pairs && JSON.stringify(pairs),
    held: { id: d.id, profiles, idMap, version: versionOf(d.sha256, d.extractedWith) },
  };
}

/** The in-process index as it will be once the plan is written (held.ts): called after `index.begin()`, before the
 *  plan's statements run, so the next batch can be judged meanwhile (ahead.ts); a failed write reads it anew. */
export function holdPlan(plan: IdentityPlan): void {
  const { index } = plan;
  for (const id of plan.gone) index.remove(id);
  for (const s of plan.stored) index.add(s.held);
  for (const m of plan.maps) index.remap(m.id, m.idMap);
}

/** What each written document stores for identity, as Document properties the write sets with its seal (write.ts):
 *  its profiles, its facts deflated, its map, and its profiles' blocking keys (`blockKeys`, parallel to `identity`:
 *  a fresh process of the same code takes them instead of working them out, held.ts). */
export async function storedProps(stored: StoredIdentity[]): Promise<Map<string, Record<string, unknown>>> {
  const rows = await Promise.all(
    stored.map(async (s) => [s.id, { identity: s.identity, facts: await packFacts(s.facts), idMap: s.idMap, pairs: s.pairs, blockKeys: storedKeys(s.held.profiles), idKeys: null }] as const),
  );
  return new Map(rows);
}

/** Stores the maps of held documents a rename changed, and stamps the index (after the write). */
export async function storeIdentity(tx: ManagedTransaction, plan: IdentityPlan): Promise<void> {
  if (plan.maps.length) {
    const docs = plan.maps.map((m) => ({ id: m.id, idMap: JSON.stringify(m.idMap) }));
    await tx.run('UNWIND $docs AS row MATCH (d:Document {id: row.id}) SET d.idMap = row.idMap', { docs });
  }
  await plan.index.stamp(tx);
}
