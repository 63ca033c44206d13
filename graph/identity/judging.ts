// What a batch judges, and only that. Each new profile is compared with its candidates (held profiles sharing a
// blocking key); the joined pairs are kept per held profile (held.ts). Policies, proposals and persons are then
// re-clustered by connected group of joined pairs: the groups the batch touches (a new profile joins them, or
// bridges two), whole, and nothing else. Clustering strongest pair first (cluster.ts) never crosses a group, so
// clustering each touched group alone gives what clustering every profile at once gives: the result is a function
// of the set of documents, not of their order. Organisations and licences depend on each other's clusters
// (holders, licences held): the clusters their candidates belong to are taken whole and judged with the batch.
import { claimOf, cluster, idsOf, INDEPENDENT, judgePair, rulesOf, type MergeRecord, type Resolution, type Rules, type Verdict } from '../../loaders/identity/cluster.ts';
import { vetoedWith, vetoPlace, vetoSide, vetoYear } from '../../loaders/identity/features.ts';
import { blockingKeys, profileKey, type Profile } from '../../loaders/identity/profile.ts';
import { MAX_BLOCK, type HeldIndex, type StoredPairs } from './held.ts';

export interface Judged {
  /** profileKey → node id, for every profile judged (new and held). */
  ids: Map<string, string>;
  merges: MergeRecord[];
  /** Held profiles on a node the judging changes (documents that stay): the rest of what was judged keeps its node. */
  held: Profile[];
  /** Nodes those held profiles and the leaving ones belonged to. */
  oldNodes: string[];
  /** What each new document stores of its pairs (held.ts). */
  pairs: Map<string, StoredPairs | null>;
}

const independent = (p: Profile) => INDEPENDENT.includes(p.label);
const NO_SKIP: ReadonlyMap<Profile, unknown> = new Map();

/** One batch's view of the index: which profiles count, block sizes after the batch, candidates. */
class View {
  readonly fresh: Set<Profile>;
  private freshBlocks = new Map<string, Profile[]>();
  private freshNamed = new Map<string, Profile[]>();
  private leavingCount = new Map<string, number>();
  private partners = new Map<string, string[]>();
  /** This batch's verdicts that joined nothing (joined pairs are kept in the index). */
  private verdicts = new Map<Profile, Map<Profile, Verdict>>();

  constructor(
    readonly index: HeldIndex,
    fresh: Profile[],
    readonly leaving: Set<string>,
    readonly rules: Rules,
  ) {
    this.fresh = new Set(fresh);
    for (const p of fresh) {
      for (const k of blockingKeys(p)) (this.freshBlocks.get(k) ?? this.freshBlocks.set(k, []).get(k)!).push(p);
      (this.freshNamed.get(p.localId) ?? this.freshNamed.set(p.localId, []).get(p.localId)!).push(p);
    }
    for (const id of leaving) for (const p of index.get(id)?.profiles ?? []) for (const k of blockingKeys(p)) this.leavingCount.set(k, (this.leavingCount.get(k) ?? 0) + 1);
    for (const pair of rules.same) {
      const [a, b] = pair.split('\u0000') as [string, string];
      this.partners.set(a, [...(this.partners.get(a) ?? []), b]);
      this.partners.set(b, [...(this.partners.get(b) ?? []), a]);
    }
  }

  /** A held profile of a document that stays, or a new one. */
  counts(p: Profile): boolean {
    return this.fresh.has(p) || (!this.leaving.has(p.doc) && this.index.holds(p));
  }

  /** How many profiles hold a key once the batch is in (blocks over MAX_BLOCK are too generic to compare). */
  readonly blockSize = (k: string): number => this.index.blockSize(k) - (this.leavingCount.get(k) ?? 0) + (this.freshBlocks.get(k)?.length ?? 0);

  /** Profiles p is compared with: one label, another document, a key in common, or judged the same by an analyst. */
  candidates(p: Profile, withFresh: boolean): Set<Profile> {
    const out = new Set<Profile>();
    const heldOk = (q: Profile) => q.doc !== p.doc && q.label === p.label && !this.leaving.has(q.doc);
    const freshOk = (q: Profile) => withFresh && q.doc !== p.doc && q.label === p.label;
    for (const k of blockingKeys(p)) {
      if (this.blockSize(k) > MAX_BLOCK) continue;
      for (const q of this.index.inBlock(k)) if (heldOk(q)) out.add(q);
      for (const q of this.freshBlocks.get(k) ?? []) if (freshOk(q)) out.add(q);
    }
    for (const other of this.partners.get(p.localId) ?? []) {
      for (const q of this.index.withLocalId(other)) if (heldOk(q)) out.add(q);
      for (const q of this.freshNamed.get(other) ?? []) if (freshOk(q)) out.add(q);
    }
    out.delete(p);
    return out;
  }

  private partnered(p: Profile, q: Profile): boolean {
    return this.partners.size > 0 && !!this.partners.get(p.localId)?.includes(q.localId);
  }

  /** Judges a pair, keeping the verdict: joined pairs in the index, the others for this batch's clustering (but for
   *  quick vetoes, most pairs of a block: kept, they cost more than judging them again if ever asked). */
  private verdict(p: Profile, q: Profile): void {
    const v = judgePair(p, q, this.rules);
    if (v.join) this.index.pair(p, q, { score: v.score, features: v.features });
    else (this.verdicts.get(p) ?? this.verdicts.set(p, new Map()).get(p)!).set(q, v);
  }

  /**
   * Judges p against its candidates (as `candidates`, in the same order): held ones not in `skip`, new ones (with
   * `withFresh`) whose key comes after p's. The same verdicts as judging each of `candidates(p)`, cheaper: at 10k a
   * batch visits ~300k block entries and nine in ten are vetoed, so the veto comes first, with p's side worked out
   * once, and only the rest are kept in a set (each judged once). `onHeld` sees every held candidate, vetoed or
   * not (as `candidates(p, false)` lists them): organisations and licences take their clusters from it.
   */
  judgeCandidates(p: Profile, withFresh: boolean, skip: ReadonlyMap<Profile, unknown> = NO_SKIP, onHeld?: (q: Profile) => void): void {
    const side = vetoSide(p);
    const done = new Set<Profile>();
    const visit = (q: Profile): void => {
      // (A vetoed candidate is never in `done`: asked first, a candidate met again through another key costs no veto.)
      if (done.has(q) || (vetoedWith(side, q) && !this.partnered(p, q)) || skip.has(q)) return;
      if (this.fresh.has(q) && profileKey(q) <= profileKey(p)) return;
      done.add(q);
      this.verdict(p, q);
    };
    const held = onHeld
      ? (q: Profile): void => {
          onHeld(q);
          visit(q);
        }
      : visit;
    const { doc, label } = p;
    // Candidates dated in another year are vetoed (vetoYear): unless each held one must be seen or an analyst's
    // "same" may overrule the veto, only that year's and the undated are walked.
    const year = onHeld || this.partners.size ? undefined : vetoYear(side);
    const place = year === undefined ? '' : vetoPlace(side);
    for (const k of blockingKeys(p)) {
      if (this.blockSize(k) > MAX_BLOCK) continue;
      for (const q of year === undefined ? this.index.inBlock(k) : this.index.inBlockDated(k, year, place)) if (q.label === label && q.doc !== doc && !this.leaving.has(q.doc)) held(q);
      if (withFresh) for (const q of this.freshBlocks.get(k) ?? []) if (q.label === label && q.doc !== doc) visit(q);
    }
    for (const other of this.partners.get(p.localId) ?? []) {
      for (const q of this.index.withLocalId(other)) if (q.label === label && q.doc !== doc && !this.leaving.has(q.doc)) held(q);
      if (withFresh) for (const q of this.freshNamed.get(other) ?? []) if (q.label === label && q.doc !== doc) visit(q);
    }
  }

  /** A verdict judged before, if any. */
  readonly known = (p: Profile, q: Profile): Verdict | undefined => {
    const e = this.index.joined(p).get(q);
    // Not spread: a stored pair's features are judged again only when read (held.ts), and clustering reads them
    // only for the unions it makes.
    if (e) return { join: true, score: e.score, get features() { return e.features; } };
    return this.verdicts.get(p)?.get(q) ?? this.verdicts.get(q)?.get(p);
  };

  /** Whether two profiles still meet: a key in common whose block is not too generic, or an analyst's "same". */
  meet(p: Profile, q: Profile): boolean {
    const theirs = new Set(blockingKeys(q));
    return blockingKeys(p).some((k) => theirs.has(k) && this.blockSize(k) <= MAX_BLOCK) || (this.partners.get(p.localId) ?? []).includes(q.localId);
  }

  /** Judges p against the held candidates it has no verdict with yet, keeping the joined pairs. */
  explore(p: Profile): void {
    this.judgeCandidates(p, false, this.index.joined(p));
    this.index.markExplored(p);
    this.explored.add(p);
  }

  /** Held profiles explored in this batch (pairs of theirs may be new to the index), and those in a block grown too
   *  generic with it (pairs of theirs may no longer be candidates). */
  readonly explored = new Set<Profile>();
  readonly crossed = new Set<Profile>();
}

/** Judges a batch (`fresh`) against the held profiles, documents in `leaving` no longer counting; `versions` are
 *  the new documents' (held.ts versionOf), for the pairs they store. */
export function judgeBatch(index: HeldIndex, fresh: Profile[], leaving: Set<string>, resolutions: Resolution[], versions: ReadonlyMap<string, string> = new Map()): Judged {
  const rules = rulesOf(resolutions);
  index.useRules(JSON.stringify([[...rules.same].sort(), [...rules.different].sort()]), rules);
  const view = new View(index, fresh, leaving, rules);
  const gone = [...leaving].flatMap((id) => index.get(id)?.profiles ?? []);
  // New against held and new against new (each pair once); for new organisations and licences, the nodes of their
  // held candidates on the same walk (stagedJudged).
  const candidateNodes = new Map<Profile, Set<string>>();
  for (const p of fresh) {
    const nodes = independent(p) ? null : new Set<string>();
    view.judgeCandidates(p, true, NO_SKIP, nodes ? (q) => nodes.add(index.nodeOf(q)) : undefined);
    if (nodes) candidateNodes.set(p, nodes);
    index.markExplored(p);
  }
  // Whom the leaving profiles joined (their groups may fall apart) and their clusters' other members.
  const seeds = new Set<Profile>([...fresh, ...blocksCrossing(view, fresh, gone)]);
  const oldNodes = new Set<string>();
  for (const g of gone) {
    if (!index.isExplored(g)) view.explore(g);
    for (const q of index.joined(g).keys()) seeds.add(q);
    oldNodes.add(index.nodeOf(g));
    for (const q of index.membersOf(index.nodeOf(g))) seeds.add(q);
  }
  const stagedSeeds = [...seeds].filter((p) => !independent(p) && view.counts(p));
  const closed = new Set<Profile>();
  let judged = closure(view, [...seeds].filter((p) => independent(p) && view.counts(p)), closed);
  // The groups the batch touches; the rest of what is judged comes in only to rank the claimants of an id.
  const touched = new Set(judged);
  let staged = stagedJudged(view, stagedSeeds, candidateNodes);
  // Every cluster claiming an id one of the judged could claim is judged too (the smallest first profile keeps it).
  const claims: Claims = { claimed: new Map(), asked: new Set() };
  for (let more = rivals(view, [...judged, ...staged], gone, claims); more.length; more = rivals(view, [...judged, ...staged], gone, claims)) {
    judged = closure(view, more.filter(independent), closed);
    staged = withEvidence(view, staged, more.filter((p) => !independent(p)).map((p) => index.nodeOf(p)));
  }
  const { ids, merges } = clusterGroups(view, judged, staged, resolutions, touched);
  const { held, nodes } = changedNodes(view, [...judged, ...staged], ids);
  for (const p of held) oldNodes.add(index.nodeOf(p));
  // Merges of the clusters that changed (a new or a leaving member, another id): the others' stay as stored.
  for (const p of fresh) nodes.add(ids.get(profileKey(p))!);
  for (const n of oldNodes) nodes.add(n);
  return { ids, merges: merges.filter((m) => nodes.has(m.id)), held, oldNodes: [...oldNodes], pairs: storedPairs(view, fresh, versions) };
}

/** Each new document's pairs as it stores them: the new profiles' pairs are all known now, and so are the keys
 *  whose blocks were too generic to compare. */
function storedPairs(view: View, fresh: Profile[], versions: ReadonlyMap<string, string>): Map<string, StoredPairs | null> {
  const byDoc = new Map<string, Profile[]>();
  for (const p of fresh) byDoc.set(p.doc, [...(byDoc.get(p.doc) ?? []), p]);
  const closed = new Map(fresh.map((p) => [p, blockingKeys(p).flatMap((k, i) => (view.blockSize(k) > MAX_BLOCK ? [i] : []))]));
  return new Map([...byDoc].map(([doc, ps]) => [doc, view.index.storedPairsOf(ps, closed, versions)]));
}

/**
 * Of the held profiles judged again, the members of the nodes the judging changes: one a member leaves, or one a
 * member goes to. Every other judged cluster has the same members and id as before, and so the same merges (its
 * unions are of its own pairs in the same order, blocked by its own members): nothing to move, map or store again
 * for it. At 10k a batch's touched groups hold thousands of documents; a few of them change.
 */
function changedNodes(view: View, judged: Profile[], ids: Map<string, string>): { held: Profile[]; nodes: Set<string> } {
  const { index } = view;
  const nodes = new Set<string>();
  for (const p of judged) {
    if (view.fresh.has(p)) continue;
    const [now, next] = [index.nodeOf(p), ids.get(profileKey(p))];
    if (next !== undefined && next !== now) nodes.add(now).add(next);
  }
  return { held: judged.filter((p) => !view.fresh.has(p) && nodes.has(index.nodeOf(p))), nodes };
}

/**
 * Blocks that cross MAX_BLOCK with this batch: a pair made through a block grown too generic is no longer a
 * candidate (unless another key or a judgement still makes it one), and a block back under the limit is compared
 * again — as clustering all profiles at once would see them. Returns the profiles whose groups may change.
 */
function blocksCrossing(view: View, fresh: Profile[], gone: Profile[]): Profile[] {
  const { index } = view;
  const out = new Set<Profile>();
  for (const k of new Set([...fresh, ...gone].flatMap(blockingKeys))) {
    const [before, after] = [index.blockSize(k), view.blockSize(k)];
    if (before <= MAX_BLOCK && after > MAX_BLOCK) {
      for (const p of index.inBlock(k)) {
        // Its vetoed pairs through k are no longer candidates either: its group's clustering may change.
        view.crossed.add(p);
        for (const q of [...index.joined(p).keys()]) {
          if (!blockingKeys(q).includes(k) || view.meet(p, q)) continue;
          index.unpairOne(p, q);
          out.add(p).add(q);
        }
      }
    } else if (before > MAX_BLOCK && after <= MAX_BLOCK) {
      for (const p of index.inBlock(k)) {
        index.unexplore(p);
        out.add(p);
      }
    }
  }
  return [...out];
}

/** The profiles joined to these (pairs and clusters, transitively): whole groups, whole clusters. `seen` holds a
 *  closure already made in this batch (closed: its members' pairs and clusters are in it), to which the seeds add. */
function closure(view: View, seeds: Profile[], seen: Set<Profile>): Profile[] {
  const { index } = view;
  const queue = [...seeds];
  // A node's members are queued once, by the first of them reached: queued again by each of the others, a cluster of
  // k cost k² (the bench's most named titles are clusters of hundreds at 10k).
  const expanded = new Set<string>();
  while (queue.length) {
    const p = queue.pop()!;
    if (seen.has(p) || !view.counts(p)) continue;
    seen.add(p);
    if (!view.fresh.has(p)) {
      if (!index.isExplored(p)) view.explore(p);
      const node = index.nodeOf(p);
      if (!expanded.has(node)) {
        expanded.add(node);
        for (const q of index.membersOf(node)) if (!seen.has(q)) queue.push(q);
      }
    }
    for (const q of index.joined(p).keys()) if (!seen.has(q)) queue.push(q);
  }
  return [...seen];
}

/** Organisations and licences: the new ones with the whole clusters of their candidates, closed over evidence
 *  (`known`: the new ones' candidates' nodes, gathered while they were judged). */
function stagedJudged(view: View, seeds: Profile[], known: ReadonlyMap<Profile, ReadonlySet<string>>): Profile[] {
  const { index } = view;
  const nodes = new Set<string>();
  for (const p of seeds) {
    if (!view.fresh.has(p)) nodes.add(index.nodeOf(p));
    const theirs = known.get(p);
    if (theirs) for (const n of theirs) nodes.add(n);
    else for (const q of view.candidates(p, false)) nodes.add(index.nodeOf(q));
  }
  return withEvidence(view, seeds.filter((p) => view.fresh.has(p)), nodes);
}

/**
 * These profiles and the whole clusters of these nodes, then, until nothing more comes in, the clusters their
 * evidence hangs off (cluster.ts): a licence's holders, and the licences an organisation's document reports
 * (holders of one licence, a brand in two reports of one act). Without them a cluster made on that evidence would
 * be re-clustered without it, and split.
 */
function withEvidence(view: View, profiles: Iterable<Profile>, nodes: Iterable<string>): Profile[] {
  const { index } = view;
  const out = new Set<Profile>(profiles);
  const seen = new Set<string>();
  const queue = [...nodes];
  while (queue.length) {
    const node = queue.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    for (const q of index.membersOf(node)) {
      if (!view.counts(q)) continue;
      out.add(q);
      for (const r of evidenceOf(view, q)) queue.push(index.nodeOf(r));
    }
  }
  return [...out];
}

/** The held profiles of the same document whose clusters a held organisation's or licence's judging reads. */
function evidenceOf(view: View, p: Profile): Profile[] {
  const mine = view.index.get(p.doc)?.profiles ?? [];
  if (p.label === 'License') return mine.filter((q) => p.holders.includes(q.localId));
  return p.label === 'Organization' ? mine.filter((q) => q.label === 'License') : [];
}

/** What `rivals` worked out in this batch: each node's claim (the index holds still while a batch is judged), and
 *  the local ids asked already — whose rivals were all judged since, so asking again finds none. */
interface Claims {
  claimed: Map<string, string>;
  asked: Set<string>;
}

/** Held clusters not judged that claim the local id of a judged or leaving profile: their ids may change. */
function rivals(view: View, judged: Profile[], gone: Profile[], { claimed, asked }: Claims): Profile[] {
  const { index } = view;
  const inJudged = new Set(judged);
  const out = new Set<Profile>();
  // Each rival node's members are taken once, not once per member holding the id (k² for a cluster of k).
  const taken = new Set<string>();
  for (const localId of new Set([...judged, ...gone].map((p) => p.localId))) {
    if (asked.has(localId)) continue;
    asked.add(localId);
    for (const q of index.withLocalId(localId)) {
      if (inJudged.has(q) || !view.counts(q)) continue;
      const node = index.nodeOf(q);
      if (taken.has(node)) continue;
      if (!claimed.has(node)) claimed.set(node, claimOf([...index.membersOf(node)].filter((m) => view.counts(m))));
      if (claimed.get(node) !== localId) continue;
      taken.add(node);
      for (const m of index.membersOf(node)) if (view.counts(m) && !inJudged.has(m)) out.add(m);
    }
  }
  return [...out];
}

/**
 * Clusters each connected group (independent labels) and the staged set, then gives every cluster its id. A group
 * the batch does not touch (`touched`: its seeds' closure), brought in only as a rival claimant, with no pair new to
 * the index and none leaving the candidates (View.explored, crossed), is clustered as it is held: the held nodes are the clustering of every held profile, and nothing of the
 * group changed. Its unions (merge evidence) are needed only where a cluster's id changes: clustered then.
 */
function clusterGroups(view: View, judged: Profile[], staged: Profile[], resolutions: Resolution[], touched: ReadonlySet<Profile>): { ids: Map<string, string>; merges: MergeRecord[] } {
  const clusters: Profile[][] = [];
  const merges: MergeRecord[] = [];
  const clusterOf = (ps: Profile[]) => cluster(ps, resolutions, { blockSize: view.blockSize, known: view.known });
  const take = (ps: Profile[]) => {
    if (ps.length === 1) return void clusters.push(ps);
    const r = clusterOf(ps);
    const byId = new Map<string, Profile[]>();
    for (const p of ps) {
      const id = r.ids.get(profileKey(p))!;
      byId.set(id, [...(byId.get(id) ?? []), p]);
    }
    clusters.push(...byId.values());
    merges.push(...r.merges);
  };
  const asHeld: Profile[][] = [];
  for (const group of groups(view, judged)) {
    if (group.length === 1 || group.some((p) => touched.has(p) || view.explored.has(p) || view.crossed.has(p))) take(group);
    else {
      const byNode = new Map<string, Profile[]>();
      for (const p of group) {
        const node = view.index.nodeOf(p);
        (byNode.get(node) ?? byNode.set(node, []).get(node)!).push(p);
      }
      clusters.push(...byNode.values());
      asHeld.push(group);
    }
  }
  if (staged.length) take(staged);
  // Ids decided among all clusters claiming one (rivals brought every claimant here).
  const ids = new Map<string, string>();
  idsOf(clusters).forEach((id, i) => {
    for (const p of clusters[i]!) ids.set(profileKey(p), id);
  });
  for (const group of asHeld) if (group.some((p) => ids.get(profileKey(p)) !== view.index.nodeOf(p))) merges.push(...clusterOf(group).merges);
  return { ids, merges: merges.map((m) => ({ ...m, id: ids.get(m.a)! })) };
}

/** Connected groups of joined pairs among these profiles. */
function groups(view: View, ps: Profile[]): Profile[][] {
  const inSet = new Set(ps);
  const seen = new Set<Profile>();
  const out: Profile[][] = [];
  for (const start of ps) {
    if (seen.has(start)) continue;
    const group: Profile[] = [];
    const stack = [start];
    seen.add(start);
    while (stack.length) {
      const p = stack.pop()!;
      group.push(p);
      for (const q of view.index.joined(p).keys()) {
        if (inSet.has(q) && !seen.has(q)) {
          seen.add(q);
          stack.push(q);
        }
      }
    }
    out.push(group);
  }
  return out;
}
