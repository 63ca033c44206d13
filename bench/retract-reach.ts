// What a retract of the bench's sample (every 5th of the first 1,000 documents, as bench:load --scale retracts)
// reaches, by cause, and what a retract re-clustering from stored joins would still read (graph/README "At scale",
// issue 13). No writes anywhere.
//   npx tsx bench/retract-reach.ts --corpus fixed|growing --size 1000 [--dir DIR]   (judged in memory as a load judges)
//   NEO4J_URI=… NEO4J_PASSWORD=… npx tsx bench/retract-reach.ts --corpus fixed|growing --graph [--tag scale-n10000]
//       (--tag: the corpus's file names as the graph was loaded: bench:load --scale names them scale-n10000)
//       (the index a fresh process reads; sample documents missing from the graph are extracted and judged in first)
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { HeldIndex, heldIndex, MAX_BLOCK } from '../graph/identity/held.ts';
import { judgeBatch, type Judged } from '../graph/identity/judging.ts';
import { extractFile } from '../loaders/index.ts';
import { claimOf, cluster, idsOf, INDEPENDENT } from '../loaders/identity/cluster.ts';
import { blockingKeys, profileKey, profilesOf, type Profile } from '../loaders/identity/profile.ts';
import type { DocumentFacts } from '../loaders/types.ts';
import { pools, writeCorpus, type CorpusKind } from './load-corpus.ts';

const args = process.argv.slice(2);
const opt = (name: string, def: string): string => (args.includes(name) ? args[args.indexOf(name) + 1]! : def);
const kind = opt('--corpus', 'fixed') as CorpusKind;
const dir = opt('--dir', path.join('/tmp', `retract-reach-${kind}`));
const HUB = 50;

/** The corpus's first `n` documents' facts, extracted once and kept beside the files. */
async function factsOf(n: number): Promise<DocumentFacts[]> {
  const cache = path.join(dir, `facts-0-${n}.json`);
  try {
    return JSON.parse(await fs.readFile(cache, 'utf8')) as DocumentFacts[];
  } catch {
    const { gazetteer } = await import('../loaders/gazetteer/index.ts');
    const files = path.join(dir, 'files');
    await writeCorpus(files, n, opt('--tag', kind === 'fixed' ? 'bench-n10000' : 'grow-n10000'), pools((await gazetteer()).entries), kind);
    const facts: DocumentFacts[] = [];
    for (const name of (await fs.readdir(files)).sort().slice(0, n)) facts.push(await extractFile(path.join(files, name)));
    await fs.writeFile(cache, JSON.stringify(facts));
    return facts;
  }
}

/** Batches of 100 judged and held as a load holds them (bench/judge.ts). */
function judgeIn(index: HeldIndex, facts: DocumentFacts[]): void {
  for (let i = 0; i < facts.length; i += 100) {
    const docs = facts.slice(i, i + 100);
    const byDoc = new Map(docs.map((d) => [d.document, profilesOf(d.document, d)]));
    const versions = new Map(docs.map((d) => [d.document, createHash('sha256').update(d.document).digest('hex').slice(0, 16)]));
    const judged = judgeBatch(index, [...byDoc.values()].flat(), new Set(byDoc.keys()), [], versions);
    for (const id of new Set(judged.held.map((p) => p.doc))) {
      const h = index.get(id)!;
      index.remap(id, Object.fromEntries(h.profiles.map((p) => [p.localId, judged.ids.get(profileKey(p)) ?? h.idMap[p.localId]!])));
    }
    for (const [id, profiles] of byDoc) index.add({ id, profiles, idMap: Object.fromEntries(profiles.map((p) => [p.localId, judged.ids.get(profileKey(p)) ?? p.localId])) });
  }
}

async function fromGraph(): Promise<{ index: HeldIndex; docs: string[] }> {
  const neo4j = (await import('neo4j-driver')).default;
  const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD!));
  const session = driver.session();
  try {
    const index = await session.executeRead((tx) => heldIndex(tx), { timeout: 600_000 });
    const docs = (await session.run('MATCH (d:Document) RETURN d.id AS id')).records.map((r) => r.get('id') as string);
    return { index, docs };
  } finally {
    await session.close();
    await driver.close();
  }
}

const fmt = (ps: Iterable<{ doc: string }>): string => {
  const a = [...ps];
  return `${a.length} profiles in ${new Set(a.map((p) => p.doc)).size} documents`;
};
const cpuSince = (t: NodeJS.CpuUsage): string => {
  const u = process.cpuUsage(t);
  return `${((u.user + u.system) / 1e6).toFixed(2)} s CPU`;
};

/** The retract's view: which held profiles stay, the leaving ones, the clusters (nodes) they leave. */
class Retract {
  readonly gone: Profile[];
  readonly touched: Set<string>;
  constructor(
    readonly index: HeldIndex,
    readonly leaving: Set<string>,
  ) {
    this.gone = [...leaving].flatMap((id) => index.get(id)?.profiles ?? []);
    this.touched = new Set(this.gone.filter((p) => INDEPENDENT.includes(p.label)).map((p) => index.nodeOf(p)));
  }
  readonly counts = (p: Profile): boolean => !this.leaving.has(p.doc) && this.index.holds(p);
  members(node: string): Profile[] {
    return [...this.index.membersOf(node)];
  }
  staying(node: string): Profile[] {
    return this.members(node).filter(this.counts);
  }
  /** A cluster's unions (its merge evidence: a tree over its members), as pairs of profile keys. */
  unions(ps: Profile[]): string[] {
    return cluster(ps, [], { blockSize: (k) => this.index.blockSize(k) }).merges.map((m) => `${m.a} ${m.b}`);
  }
}

/** How many pieces `ps` fall into along these pairs. */
function pieces(ps: Profile[], next: (p: Profile) => Iterable<Profile>): number {
  const inSet = new Set(ps);
  const seen = new Set<Profile>();
  let n = 0;
  for (const s of ps) {
    if (seen.has(s)) continue;
    n++;
    const stack = [s];
    seen.add(s);
    while (stack.length) for (const q of next(stack.pop()!)) if (inSet.has(q) && !seen.has(q)) (seen.add(q), stack.push(q));
  }
  return n;
}

/** Whether a node's staying members stay connected along the unions that formed it. */
function heldByUnions(r: Retract, node: string): boolean {
  const all = r.members(node);
  const byKey = new Map(all.map((p) => [profileKey(p), p]));
  const next = new Map<Profile, Profile[]>();
  for (const u of r.unions(all)) {
    const [a, b] = u.split(' ').map((k) => byKey.get(k)!) as [Profile, Profile];
    next.set(a, [...(next.get(a) ?? []), b]).set(b, [...(next.get(b) ?? []), a]);
  }
  return pieces(r.staying(node), (p) => next.get(p) ?? []) === 1;
}

/** Re-clustering from stored joins, case by case on the touched clusters. */
function design(r: Retract): void {
  const c = { emptied: 0, one: 0, byUnions: 0, byOtherPairs: 0, apart: 0, claims: 0, cross: 0 };
  const neighbours = new Set<string>();
  for (const node of r.touched) {
    const [all, stay] = [r.members(node), r.staying(node)];
    if (!stay.length) {
      c.emptied++;
      continue;
    }
    if (claimOf(all) !== claimOf(stay)) c.claims++;
    const inStay = new Set(stay);
    for (const s of stay) for (const q of r.index.joined(s).keys()) if (!inStay.has(q) && r.counts(q)) (c.cross++, neighbours.add(r.index.nodeOf(q)));
    if (stay.length === 1) c.one++;
    else if (pieces(stay, (p) => r.index.joined(p).keys()) > 1) c.apart++;
    else if (heldByUnions(r, node)) c.byUnions++;
    else c.byOtherPairs++;
  }
  console.log(
    `design: ${r.touched.size} touched clusters: emptied ${c.emptied}, keeping one member ${c.one}; keeping two or more: held together by their own unions ${c.byUnions}, ` +
      `joined only through other joined pairs ${c.byOtherPairs}, falling apart ${c.apart}; claim changes ${c.claims}; ${c.cross} joined pairs from staying members to ${neighbours.size} other clusters`,
  );
}

/** What judgeBatch changed beyond taking the leaving profiles out, and the Documents the design would read. */
function outcome(r: Retract, { ids, held }: Judged): void {
  const size = new Map<string, number>();
  for (const id of ids.values()) size.set(id, (size.get(id) ?? 0) + 1);
  let [same, renamed, changed] = [0, 0, 0];
  // Read: the leaving and moving Documents, and the staying members of clusters whose unions are made anew; at
  // least: of those, only the two ends of each new union (the others' unions and pairs read off nodes).
  const [read, least] = [new Set<string>(r.leaving), new Set<string>(r.leaving)];
  for (const p of held) read.add(p.doc), least.add(p.doc);
  for (const node of r.touched) {
    const stay = r.staying(node);
    if (!stay.length) continue;
    const next = new Set(stay.map((p) => ids.get(profileKey(p)) ?? node));
    const [only] = next as Set<string>;
    const whole = next.size === 1 && (size.get(only!) ?? stay.length) === stay.length;
    if (whole && only === node) same++;
    else if (whole) renamed++;
    else changed++;
    if (stay.length < 2 || heldByUnions(r, node)) continue;
    for (const p of stay) read.add(p.doc);
    const before = new Set(r.unions(r.members(node)));
    for (const u of r.unions(stay)) if (!before.has(u)) for (const k of u.split(' ')) least.add(k.slice(0, k.lastIndexOf('#')));
  }
  const untouched = held.filter((p) => !r.touched.has(r.index.nodeOf(p)));
  // --detail: where each untouched cluster's changing members go (into a touched cluster's new node, or a rename).
  if (args.includes('--detail')) {
    const touchedKeys = new Set([...r.touched].flatMap((n) => r.members(n).map(profileKey)));
    const into = new Set([...ids].filter(([k]) => touchedKeys.has(k)).map(([, id]) => id));
    for (const p of untouched) console.log(`  untouched ${profileKey(p)}: ${r.index.nodeOf(p)} -> ${ids.get(profileKey(p))}${into.has(ids.get(profileKey(p))!) ? ' (with members of a touched cluster)' : ''}`);
  }
  console.log(
    `outcome: touched clusters keeping their node less the leaving members ${same}, renamed whole ${renamed}, changing members ${changed}; ` +
      `untouched clusters changing ${new Set(untouched.map((p) => r.index.nodeOf(p))).size} (${fmt(untouched)}); held profiles on changed nodes: ${fmt(held)}`,
  );
  console.log(`design read: ${read.size} documents (leaving, moving, members of clusters whose unions are made anew); at least ${least.size} (the ends of new unions)`);
}

/** A profile's judging signature: every field but its document and local id (what names it, not what it says).
 *  Profiles alike in it are interchangeable to the score and to every veto but "two of one document". */
const signature = (p: Profile): string => JSON.stringify(p, (k, v: unknown) => (k === 'doc' || k === 'localId' ? undefined : v));

/** Members against distinct signatures: in the touched clusters (staying members) and in all that judgeBatch judges. */
function signatures(r: Retract, { ids }: Judged): void {
  let [members, distinct, largest, largestDistinct] = [0, 0, 0, 0];
  for (const node of r.touched) {
    const stay = r.staying(node);
    const n = new Set(stay.map(signature)).size;
    [members, distinct] = [members + stay.length, distinct + n];
    if (stay.length > largest) [largest, largestDistinct] = [stay.length, n];
  }
  const judged = [...ids.keys()].map((k) => {
    const doc = k.slice(0, k.lastIndexOf('#'));
    return r.index.get(doc)?.profiles.find((p) => profileKey(p) === k);
  }).filter((p): p is Profile => p !== undefined);
  const byNode = new Map<string, Profile[]>();
  for (const p of judged) byNode.set(r.index.nodeOf(p), [...(byNode.get(r.index.nodeOf(p)) ?? []), p]);
  const perNode = [...byNode.values()].reduce((n, ps) => n + new Set(ps.map(signature)).size, 0);
  console.log(
    `signatures: touched clusters' staying members ${members}, distinct per cluster ${distinct} (largest ${largest} → ${largestDistinct}); ` +
      `all judged ${judged.length} profiles in ${byNode.size} clusters, distinct per cluster ${perNode}, distinct overall ${new Set(judged.map(signature)).size}`,
  );
}

/** Whole groups: joined pairs and (policies, proposals, persons) co-membership, transitively, beyond `from`. */
function closure(r: Retract, from: Profile[]): Profile[] {
  const out: Profile[] = [];
  const queue = [...from];
  const mark = new Set<Profile>(from);
  while (queue.length) {
    const p = queue.pop()!;
    const next = [...r.index.joined(p).keys(), ...(INDEPENDENT.includes(p.label) ? r.index.membersOf(r.index.nodeOf(p)) : [])];
    for (const q of next) if (r.counts(q) && !mark.has(q)) (mark.add(q), out.push(q), queue.push(q));
  }
  return out;
}

/** Clusters not yet reached claiming the local id of a reached or leaving profile (judging.ts rivals), split by
 *  whether the id is dated (idsOf tags it even alone). */
function rivals(r: Retract, seen: Set<Profile>): { dated: Profile[]; other: Profile[] } {
  const out = { dated: [] as Profile[], other: [] as Profile[] };
  const claimed = new Map<string, string>();
  for (const localId of new Set([...seen, ...r.gone].map((p) => p.localId))) {
    for (const q of r.index.withLocalId(localId)) {
      if (seen.has(q) || !r.counts(q)) continue;
      const node = r.index.nodeOf(q);
      const stay = r.staying(node);
      if (!claimed.has(node)) claimed.set(node, claimOf(stay));
      if (claimed.get(node) !== localId) continue;
      (idsOf([stay])[0] !== localId ? out.dated : out.other).push(...stay.filter((m) => !seen.has(m)));
    }
  }
  return out;
}

/** The reach of judgeBatch's retract (its seeds, closure and rivals), layer by layer: a profile counts in the first
 *  layer that brings it in. */
function reach(r: Retract): void {
  const labels = new Map<string, number>();
  for (const p of r.gone) labels.set(p.label, (labels.get(p.label) ?? 0) + 1);
  console.log(`leaving: ${fmt(r.gone)} (${[...labels].map(([l, n]) => `${l} ${n}`).join(', ')})`);
  const seen = new Set<Profile>();
  const layer = (name: string, ps: Iterable<Profile>): Profile[] => {
    const fresh = [...new Set(ps)].filter((p) => r.counts(p) && !seen.has(p));
    for (const p of fresh) seen.add(p);
    console.log(`  + ${name}: ${fmt(fresh)}`);
    return fresh;
  };
  const clusters = [...new Set(r.gone.map((p) => r.index.nodeOf(p)))].map((n) => r.staying(n));
  const hubs = clusters.filter((m) => m.length >= HUB);
  console.log(`  the leaving profiles' clusters: ${clusters.length}, ${hubs.length} of them keeping ≥ ${HUB} members (largest ${Math.max(0, ...clusters.map((m) => m.length))})`);
  layer(`(a) members of those clusters of ≥ ${HUB}`, hubs.flat());
  layer('(a) members of the other clusters', clusters.flat());
  layer('joined to a leaving profile (other clusters)', r.gone.flatMap((g) => [...r.index.joined(g).keys()]));
  const leavingCount = new Map<string, number>();
  for (const g of r.gone) for (const k of blockingKeys(g)) leavingCount.set(k, (leavingCount.get(k) ?? 0) + 1);
  const size = (k: string) => r.index.blockSize(k);
  const crossing = [...leavingCount].filter(([k, n]) => size(k) > MAX_BLOCK && size(k) - n <= MAX_BLOCK).map(([k]) => k);
  console.log(`  leaving keys ${leavingCount.size}: ${[...leavingCount].filter(([k, n]) => size(k) - n > MAX_BLOCK).length} stay over ${MAX_BLOCK}, ${crossing.length} come back under`);
  layer(`blocks coming back under ${MAX_BLOCK}`, crossing.flatMap((k) => [...r.index.inBlock(k)]));
  layer('the rest of their groups (joined pairs, clusters)', closure(r, [...seen].filter((p) => INDEPENDENT.includes(p.label))));
  for (let round = 1; ; round++) {
    const { dated, other } = rivals(r, seen);
    if (!dated.length && !other.length) break;
    const found = [...layer(`(b) round ${round}: clusters claiming a dated id`, dated), ...layer(`round ${round}: clusters claiming another id`, other)];
    layer(`round ${round}: the rest of their groups`, closure(r, found.filter((p) => INDEPENDENT.includes(p.label))));
  }
  console.log(`  reach: ${fmt(seen)}`);
}

await (await import('../loaders/gazetteer/index.ts')).gazetteer();
const t0 = process.cpuUsage();
const graph = args.includes('--graph');
const { index, docs } = graph ? await fromGraph() : { index: new HeldIndex('reach'), docs: [] as string[] };
// In a graph the Documents' ids are 'doc:' and the file's name.
const idOf = (f: DocumentFacts): DocumentFacts => (graph ? { ...f, document: `doc:${f.document}` } : f);
if (!graph) {
  const facts = await factsOf(Number(opt('--size', '1000')));
  judgeIn(index, facts);
  docs.push(...facts.map((f) => f.document));
}
const first = (await factsOf(1000)).map(idOf);
const sample = first.filter((_, i) => i % 5 === 0).map((f) => f.document);
const missing = first.filter((f) => sample.includes(f.document) && !index.get(f.document));
judgeIn(index, missing);
console.log(`${kind} corpus, ${docs.length + missing.length} documents; index ${cpuSince(t0)}; ${missing.length} sample documents judged in`);
const r = new Retract(index, new Set(sample));
// Judged first: it takes the stored pairs in and explores what it reaches, so the pairs read below are known.
const t1 = process.cpuUsage();
const judged = judgeBatch(index, [], r.leaving, []);
console.log(`judgeBatch of the retract: ${fmt([...judged.ids.keys()].map((k) => ({ doc: k.slice(0, k.lastIndexOf('#')) })))} judged, ${judged.oldNodes.length} old nodes; ${cpuSince(t1)}`);
design(r);
outcome(r, judged);
signatures(r, judged);
reach(r);
