// Profiles → clusters → one canonical id each. Candidates come from blocking keys, pairs are judged by their
// features (features.ts), unions happen strongest first and never join two profiles of one document, a vetoed
// pair or a pair an analyst judged different. The result depends on the set of profiles only, not their order.
import { idSlug, shortHash } from '../extract/ids.ts';
import { brandInReports, compare, heldTogether, quickVeto, THRESHOLD, underWhateverNames, type Feature, type Judgement } from './features.ts';
import { blockingKeys, isHan, profileKey, textKeys, type Profile } from './profile.ts';

/** An analyst's decision on two local ids (any documents that use them). */
export interface Resolution {
  a: string;
  b: string;
  decision: 'same' | 'different' | 'unsure';
  who: string;
  why: string;
  at?: string;
}

/** One union with its evidence. */
export interface MergeRecord {
  id: string;
  a: string;
  b: string;
  score: number;
  features: Feature[];
}

export interface Clustering {
  /** profileKey → canonical id. */
  ids: Map<string, string>;
  merges: MergeRecord[];
}

/** Blocks larger than this are too generic to compare pairwise (every pair would be a candidate). */
const MAX_BLOCK = 200;

/** Two local ids as one key, either order: how `rulesOf` keys an analyst's judgement of them. */
export const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** How many profiles hold a blocking key (by default: of those being clustered). */
export type BlockSize = (key: string) => number;

/** What a caller knows beyond the profiles: block sizes over more profiles, and verdicts judged before (with the
 *  same judgements and no outside evidence), so a pair is not judged twice. */
export interface ClusterContext {
  blockSize?: BlockSize;
  known?: (a: Profile, b: Profile) => Verdict | undefined;
}

/** Candidate pairs (different documents, same label) sharing a blocking key, as [i, j] with i < j. */
function candidates(ps: Profile[], blockSize: BlockSize | undefined): [number, number][] {
  const blocks = new Map<string, number[]>();
  ps.forEach((p, i) => {
    for (const k of blockingKeys(p)) {
      const b = blocks.get(k);
      if (b) b.push(i);
      else blocks.set(k, [i]);
    }
  });
  const n = ps.length;
  const seen = new Set<number>();
  const out: [number, number][] = [];
  for (const [key, b] of blocks) {
    if (b.length < 2 || (blockSize?.(key) ?? b.length) > MAX_BLOCK) continue;
    // Indices in a block ascend (pushed in order), so i < j.
    for (let x = 0; x < b.length; x++) {
      for (let y = x + 1; y < b.length; y++) {
        const [i, j] = [b[x]!, b[y]!];
        const [pi, pj] = [ps[i]!, ps[j]!];
        if (pi.doc === pj.doc || pi.label !== pj.label || seen.has(i * n + j)) continue;
        seen.add(i * n + j);
        out.push([i, j]);
      }
    }
  }
  return out;
}

/** Pairs an analyst judged the same are compared whatever their blocking keys. */
function judgedSame(ps: Profile[], same: Set<string>): [number, number][] {
  if (!same.size) return [];
  const at = new Map<string, number[]>();
  ps.forEach((p, i) => at.set(p.localId, [...(at.get(p.localId) ?? []), i]));
  const out: [number, number][] = [];
  for (const pair of same) {
    const [x, y] = pair.split('\u0000') as [string, string];
    for (const i of at.get(x) ?? []) {
      for (const j of at.get(y) ?? []) {
        const [a, b] = [ps[i]!, ps[j]!];
        if (a.doc !== b.doc && a.label === b.label) out.push([Math.min(i, j), Math.max(i, j)]);
      }
    }
  }
  return out;
}

/** Evidence from outside the pair (another label's clusters), added to a pair's own features. */
type Extra = (a: Profile, b: Profile) => Feature[];

/**
 * Clusters profiles of any documents; `resolutions` are applied before any automatic judgement. In stages, so
 * evidence that hangs off other clusters is there when needed and the result still depends on the set only:
 * organisations by their names, then licences with holders resolved to those clusters, then organisations again
 * with "holders of one licence" as evidence; other labels on their own.
 */
export function cluster(input: Profile[], resolutions: Resolution[] = [], context: ClusterContext = {}): Clustering {
  // Sorted, so ties break the same way whatever order the documents came in.
  const ps = input.map((p) => [profileKey(p), p] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, p]) => p);
  const { same, different } = rulesOf(resolutions);
  const run = (subset: Profile[], extra?: Extra) => clusterOnce(subset, { same, different }, context, extra);
  const orgs = ps.filter((p) => p.label === 'Organization');
  const byKey = new Map(ps.map((p) => [profileKey(p), p]));
  const orgIds = run(orgs).ids;
  // Holders as their organisation clusters, with the script of the name the document gave.
  const licences = ps.filter((p) => p.label === 'License').map((p) => {
    if (!p.holders.length) return p;
    const forms = p.holders.map((h) => {
      const k = profileKey({ doc: p.doc, localId: h });
      const names = byKey.get(k)?.names ?? [];
      return `${orgIds.get(k) ?? h}|${names.length && names.every(isHan) ? 'zh' : names.some(isHan) ? '?' : 'en'}`;
    });
    return { ...p, holderForms: forms };
  });
  const lic = run(licences);
  const licenceOf = (p: Profile) => new Set((p.holds ?? []).map((l) => lic.ids.get(profileKey({ doc: p.doc, localId: l })) ?? l));
  // Which resolved licences each document reports: context for organisations named in two of them.
  const reports = new Map<string, Set<string>>();
  for (const p of licences) reports.set(p.doc, (reports.get(p.doc) ?? new Set<string>()).add(lic.ids.get(profileKey(p))!));
  const org = run(orgs, (a, b) => {
    const la = licenceOf(a);
    const held = [...licenceOf(b)].some((l) => la.has(l)) ? heldTogether(a, b) : [];
    const ra = reports.get(a.doc);
    const oneAct = !!ra && [...(reports.get(b.doc) ?? [])].some((l) => ra.has(l));
    return [...held, ...(oneAct ? brandInReports(a, b) : [])];
  });
  const rest = run(ps.filter((p) => p.label !== 'Organization' && p.label !== 'License'));
  return { ids: new Map([...rest.ids, ...lic.ids, ...org.ids]), merges: [...rest.merges, ...lic.merges, ...org.merges] };
}

/** Labels judged on their own evidence (no other label's clusters enter their score). */
export const INDEPENDENT: readonly string[] = ['Policy', 'Proposal', 'Person'];

/** Analysts' decisions as pair keys of local ids. */
export interface Rules {
  same: Set<string>;
  different: Set<string>;
}

export function rulesOf(resolutions: Resolution[]): Rules {
  const same = new Set<string>();
  const different = new Set<string>();
  for (const r of resolutions) (r.decision === 'same' ? same : r.decision === 'different' ? different : new Set<string>()).add(pairKey(r.a, r.b));
  return { same, different };
}

/** One pair's verdict: joined (forced by an analyst, or over the threshold without veto), forbidden, or neither. */
export type Verdict = { join: true; score: number; features: Feature[] } | { join: false; forbidden: boolean };

// The verdicts that join nothing, shared (most pairs of a block are one of them: no object each).
const FORBIDDEN: Verdict = Object.freeze({ join: false, forbidden: true });
const UNDER: Verdict = Object.freeze({ join: false, forbidden: false });

/** Judges two profiles of different documents and one label (judgements first, then features). */
export function judgePair(a: Profile, b: Profile, rules: Rules, extra?: Extra): Verdict {
  // No analyst's judgement (the usual case): no pair key to make.
  const k = rules.same.size || rules.different.size ? pairKey(a.localId, b.localId) : '';
  if (rules.different.has(k)) return FORBIDDEN;
  const forced = rules.same.has(k);
  // An analyst's "same" keeps every feature (vetoes included) as its evidence; otherwise a plain veto ends it here.
  if (!forced && quickVeto(a, b)) return FORBIDDEN;
  if (!forced && !extra && underWhateverNames(a, b)) return UNDER;
  const judged = withExtra(compare(a, b), extra?.(a, b) ?? []);
  if (forced) return { join: true, score: Infinity, features: [{ name: 'judged the same by an analyst', weight: 1 }, ...judged.features] };
  if (judged.veto) return FORBIDDEN;
  return judged.score >= THRESHOLD ? { join: true, score: judged.score, features: judged.features } : UNDER;
}

function clusterOnce(ps: Profile[], rules: Rules, context: ClusterContext, extra?: Extra): Clustering {
  const { same, different } = rules;
  const parent = ps.map((_, i) => i);
  const members = ps.map((_, i) => [i]);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const n = ps.length;
  const forbidden = new Set<number>();

  // The verdict is kept, not its features: a pair known from the graph judges its features (merge evidence) again
  // when they are read (graph/identity/held.ts), and only the unions made need them.
  type Pair = { i: number; j: number; score: number; verdict: { features: Feature[] } };
  const pairs: Pair[] = [];
  for (const [i, j] of [...candidates(ps, context.blockSize), ...judgedSame(ps, same)]) {
    const v = (extra ? undefined : context.known?.(ps[i]!, ps[j]!)) ?? judgePair(ps[i]!, ps[j]!, rules, extra);
    if (v.join) pairs.push({ i, j, score: v.score, verdict: v });
    else if (v.forbidden) forbidden.add(i * n + j);
  }
  // Analysts' "different" also holds for the same local ids met in one cluster through third documents.
  const blocked = (x: number, y: number): boolean => {
    for (const i of members[x]!) {
      for (const j of members[y]!) {
        const [pi, pj] = [ps[i]!, ps[j]!];
        if (pi.doc === pj.doc) return true;
        if (forbidden.has(Math.min(i, j) * n + Math.max(i, j)) || (different.size > 0 && different.has(pairKey(pi.localId, pj.localId)))) return true;
      }
    }
    return false;
  };
  pairs.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);
  const merges: { i: number; j: number; score: number; features: Feature[] }[] = [];
  for (const p of pairs) {
    const [x, y] = [find(p.i), find(p.j)];
    if (x === y || blocked(x, y)) continue;
    const [keep, drop] = x < y ? [x, y] : [y, x];
    parent[drop] = keep;
    members[keep]!.push(...members[drop]!);
    members[drop] = [];
    merges.push({ i: p.i, j: p.j, score: p.score, features: p.verdict.features });
  }
  return canonicalIds(ps, find, members, merges);
}

function withExtra(j: Judgement, more: Feature[]): Judgement {
  if (!more.length) return j;
  return { score: j.score + more.reduce((s, x) => s + x.weight, 0), features: [...j.features, ...more], veto: j.veto || more.some((x) => x.weight <= -1) };
}

/** The strongest key first: an id made from a document number, then the smallest local id. Once per profile. */
function rank(p: Profile): string {
  let r = ranks.get(p);
  if (r === undefined) ranks.set(p, (r = `${p.docNumber && p.localId === `policy:${idSlug(p.docNumber)}` ? '0' : '1'}${p.localId}`));
  return r;
}

const ranks = new WeakMap<Profile, string>();

/** The id a cluster claims: its strongest member's local id. */
export const claimOf = (members: Profile[]): string => members.reduce((best, p) => (rank(p) < rank(best) ? p : best)).localId;

/** Where a cluster stands among those claiming one id, from its texts first: the key most of its members' names
 *  give (textKey: the same in either language; ties to the fuller), all its keys, then its first profile key
 *  (only two texts alike in every name are told apart by their documents). */
interface Standing {
  text: string;
  all: string;
  members: Profile[];
  first?: string;
}

function standingOf(members: Profile[]): Standing {
  // One profile (most clusters): its keys count one each.
  if (members.length === 1) {
    const { keys, joined } = textKeys(members[0]!);
    return { text: keys.reduce(fuller, ''), all: joined, members };
  }
  const counts = new Map<string, number>();
  for (const p of members) for (const k of textKeys(p).keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  let [text, most] = ['', 0];
  for (const [k, n] of counts) if (n > most || (n === most && fuller(text, k) === k)) [text, most] = [k, n];
  return { text, all: [...counts.keys()].sort().join('|'), members };
}

/** Of two keys as common, the one saying more (a short back-reference, 行动方案, says less than the title). */
const fuller = (a: string, b: string): string => (b.length !== a.length ? (b.length > a.length ? b : a) : b < a ? b : a);

/** Asked for only between texts alike in every name (once per standing). */
function firstOf(s: Standing): string {
  return (s.first ??= s.members.map(profileKey).reduce((a, b) => (b < a ? b : a)));
}

function before(a: Standing, b: Standing): boolean {
  return a.text !== b.text ? a.text < b.text : a.all !== b.all ? a.all < b.all : firstOf(a) < firstOf(b);
}

/** The key a cluster's id carries: its text's, unless a rival claiming the id stands before it with the same text
 *  (then all its keys', and with those alike too its first profile key's). `prev` is the rival standing just before
 *  it: rivals with its text stand together, and of them those with all its keys just before it. */
function tagOf(me: Standing, prev: Standing | undefined): string {
  if (prev?.text !== me.text) return shortHash(me.text);
  return shortHash(prev.all === me.all ? `${me.text}\u0000${me.all}\u0000${firstOf(me)}` : `${me.text}\u0000${me.all}`);
}

/** An id made from issuer, kind and month (extract/resolve.ts policyId) names no text: two texts of one issuer,
 *  kind and month claim it alike, so it always carries its text's key and no later text renames it. */
const DATED = /^policy:.+-\d{4}-(?:\d{2}|\d{4})(?:-draft)?$/;

/**
 * Each cluster's id, from the clusters themselves whatever order their documents came in: the id it claims; a
 * dated one with its text's key; of several clusters claiming another id, the one whose text stands first keeps it
 * and the others add their text's key. Every cluster claiming an id must be among `clusters`.
 */
export function idsOf(clusters: Profile[][]): string[] {
  const claims = clusters.map(claimOf);
  const claimants = new Map<string, number[]>();
  for (let i = 0; i < claims.length; i++) {
    const list = claimants.get(claims[i]!);
    if (list) list.push(i);
    else claimants.set(claims[i]!, [i]);
  }
  const ids: string[] = new Array<string>(clusters.length);
  for (const [claim, group] of claimants) {
    const dated = DATED.test(claim);
    if (group.length === 1 && !dated) {
      ids[group[0]!] = claim;
      continue;
    }
    // In standing order (a strict order: no two clusters share a profile), each cluster is compared with the one
    // before it alone, however many claim the id.
    const order = group.map((i) => ({ i, s: standingOf(clusters[i]!) })).sort((a, b) => (before(a.s, b.s) ? -1 : before(b.s, a.s) ? 1 : 0));
    order.forEach(({ i, s: me }, n) => {
      ids[i] = n === 0 && !dated ? claim : `${claim}-${tagOf(me, order[n - 1]?.s)}`;
    });
  }
  return ids;
}

function canonicalIds(
  ps: Profile[],
  find: (i: number) => number,
  members: number[][],
  merges: { i: number; j: number; score: number; features: Feature[] }[],
): Clustering {
  const roots = ps.flatMap((_, i) => (find(i) === i ? [i] : []));
  const groups = roots.map((r) => members[r]!.map((m) => ps[m]!));
  const ids = new Map<string, string>();
  idsOf(groups).forEach((id, g) => {
    for (const p of groups[g]!) ids.set(profileKey(p), id);
  });
  const records = merges.map((m) => ({
    id: ids.get(profileKey(ps[m.i]!))!,
    a: profileKey(ps[m.i]!),
    b: profileKey(ps[m.j]!),
    score: Number.isFinite(m.score) ? Math.round(m.score * 100) / 100 : 1,
    features: m.features,
  }));
  return { ids, merges: records };
}
