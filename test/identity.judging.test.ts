// Judging only what a batch touches (graph/identity/judging.ts, no Neo4j): whatever the order, the batches, the
// retracts in between, the clusters are those one clustering of every document gives (loaders/identity/cluster.ts),
// in one process or with each command in a fresh one that knows pairs only as the documents store them (held.ts).
// Facts written for these tests, and the dev pages as extracted.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../config.ts';
import { HeldIndex, MAX_BLOCK, type StoredPairs } from '../graph/identity/held.ts';
import { judgeBatch } from '../graph/identity/judging.ts';
import { cluster, judgePair, rulesOf, type MergeRecord } from '../loaders/identity/cluster.ts';
import { extractFile } from '../loaders/index.ts';
import { blockingKeys, profileKey, profilesOf, type Profile } from '../loaders/identity/profile.ts';
import type { DocumentFacts, Entity, Relation } from '../loaders/types.ts';
import { handFacts } from './hand-facts.ts';

const doc = handFacts;

/** A document's version (held.ts versionOf): its facts stand for its bytes here. */
const versionOf = (d: DocumentFacts): string => createHash('sha256').update(JSON.stringify(d)).digest('hex').slice(0, 16);

/** A process's view of the graph: documents loaded and retracted as planIdentity does it; `fresh`: every command
 *  in a process of its own, which reads the index back from what each document stores (its pairs included). */
class Graph {
  index = new HeldIndex('test');
  docs = new Map<string, DocumentFacts>();
  /** What each document stores of its pairs (null: none, as a document written before pairs were stored). */
  stored = new Map<string, StoredPairs | null>();

  constructor(readonly fresh = false) {}

  /** Node id → its merges' evidence, rewritten only for the nodes a batch touches (as merges.ts writes sameAs). */
  sameAs = new Map<string, string[]>();

  load(batch: DocumentFacts[], retract: string[] = []): void {
    if (this.fresh) this.index = this.reread();
    const byDoc = new Map(batch.map((d) => [d.document, profilesOf(d.document, d)]));
    const versions = new Map(batch.map((d) => [d.document, versionOf(d)]));
    const { ids, held, merges, oldNodes, pairs } = judgeBatch(this.index, [...byDoc.values()].flat(), new Set([...byDoc.keys(), ...retract]), [], versions);
    const touched = [...oldNodes, ...[...byDoc.values()].flat().map((p) => ids.get(profileKey(p))!), ...held.map((p) => ids.get(profileKey(p))!)];
    for (const t of touched) this.sameAs.delete(t);
    for (const m of merges) this.sameAs.set(m.id, [...(this.sameAs.get(m.id) ?? []), evidence(m)].sort());
    for (const id of new Set(held.map((p) => p.doc))) {
      const h = this.index.get(id)!;
      const idMap = Object.fromEntries(h.profiles.map((p) => [p.localId, ids.get(profileKey(p)) ?? h.idMap[p.localId]!]));
      this.index.remap(id, idMap);
    }
    for (const id of retract) {
      this.index.remove(id);
      this.docs.delete(id);
      this.stored.delete(id);
    }
    for (const [id, profiles] of byDoc) {
      this.index.add({ id, profiles, idMap: Object.fromEntries(profiles.map((p) => [p.localId, ids.get(profileKey(p)) ?? p.localId])), version: versions.get(id) });
      this.docs.set(id, batch.find((d) => d.document === id)!);
      this.stored.set(id, pairs.get(id) ?? null);
    }
  }

  /** The index as a fresh process reads it (held.ts heldIndex): each document's profiles, map and pairs parsed
   *  anew from what it stores. */
  reread(): HeldIndex {
    const index = new HeldIndex('test');
    for (const id of this.docs.keys()) {
      const h = this.index.get(id)!;
      const profiles = JSON.parse(JSON.stringify(h.profiles.map(({ doc: _doc, ...p }) => p))) as Profile[];
      for (const p of profiles) p.doc = id;
      const pairs = this.stored.get(id) ?? null;
      index.hold({ id, profiles, idMap: { ...h.idMap }, version: h.version }, pairs && JSON.stringify(pairs));
    }
    return index;
  }

  /** profileKey → node id, as held. */
  nodes(): Map<string, string> {
    const out = new Map<string, string>();
    for (const id of this.docs.keys()) for (const p of this.index.get(id)!.profiles) out.set(profileKey(p), this.index.nodeOf(p));
    return out;
  }

  /** profileKey → node id, clustering every held document at once. */
  atOnce(): Map<string, string> {
    return this.clusterAll().ids;
  }

  /** Node id → its merges' evidence, clustering every held document at once. */
  sameAsAtOnce(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const m of this.clusterAll().merges) out.set(m.id, [...(out.get(m.id) ?? []), evidence(m)].sort());
    return out;
  }

  private clusterAll() {
    return cluster([...this.docs.values()].flatMap((d) => profilesOf(d.document, d)));
  }
}

const evidence = (m: MergeRecord): string => JSON.stringify([m.a, m.b, m.score, m.features]);

const TOPICS: [string, string][] = [
  ['Measures for the Administration of Stem Cell Clinical Research', '干细胞临床研究管理办法'],
  ['Guidelines on Quality Control of Cell Therapy Products', '细胞治疗产品质量控制指导原则'],
  ['Implementation Plan for Promoting the Gene Therapy Industry', '促进基因治疗产业发展实施方案'],
];
const PLACES: [string, string][] = [
  ['Hainan', '海南'],
  ['Sichuan', '四川'],
  ['Zhejiang', '浙江'],
];

/** Documents naming titles of three places and topics in two languages, over two years, some with document
 *  numbers (two numbers on one title and year forbid a merge a third, unnumbered mention would make). */
function corpus(n: number): DocumentFacts[] {
  let seed = 11;
  const r = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const pick = <T,>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const entities: Partial<Entity>[] = [];
    const relations: Partial<Relation>[] = [];
    for (let k = 0; k < 3; k++) {
      const [topicEn, topicZh] = pick(TOPICS);
      const [placeEn, placeZh] = pick(PLACES);
      const year = pick(['2019', '2020']);
      const month = pick(['03', '03', '07']);
      const zh = r() < 0.4;
      const id = `policy:t${k}-${i}`;
      const numbered = r() < 0.25 ? { docNumber: `${placeZh}卫发〔${year}〕${pick(['3', '8'])}号` } : {};
      entities.push({ id, name: zh ? `${placeZh}${topicZh}` : `${topicEn} of ${placeEn}`, date: `${year}-${month}`, ...numbered });
      const issuer = pick(['agency:a', 'agency:b']);
      relations.push({ from: issuer, to: id });
    }
    return doc(`d${String(i).padStart(3, '0')}.txt`, entities, relations);
  });
}

/** The same clusters, ids and merge evidence as one clustering of everything (evidence kept only where a batch
 *  touched it: a cluster judged again without a change keeps what it had). */
const expectAsAtOnce = (g: Graph) => {
  const [held, once] = [g.nodes(), g.atOnce()];
  expect(held.size).toBeGreaterThan(0);
  expect(Object.fromEntries(held)).toEqual(Object.fromEntries(once));
  const live = new Set(held.values());
  const kept = [...g.sameAs].filter(([id]) => live.has(id));
  expect(Object.fromEntries(kept)).toEqual(Object.fromEntries(g.sameAsAtOnce()));
};

for (const fresh of [false, true]) {
const mode = fresh ? ' (each command in a fresh process, pairs as stored)' : '';

describe(`judging only what a batch touches${mode}`, () => {
  const docs = corpus(60);

  it('gives the clusters of one clustering of everything, in batches, one by one and in another order', () => {
    const once = new Graph();
    once.load(docs);
    // The corpus has merges across documents and languages, and vetoed pairs inside joined groups.
    expect(new Set(once.nodes().values()).size).toBeLessThan(once.nodes().size / 2);
    const batches = new Graph(fresh);
    for (let i = 0; i < docs.length; i += 7) batches.load(docs.slice(i, i + 7));
    expectAsAtOnce(batches);
    expect(Object.fromEntries(batches.nodes())).toEqual(Object.fromEntries(once.nodes()));
    const reversed = new Graph(fresh);
    for (const d of [...docs].reverse()) reversed.load([d]);
    expect(Object.fromEntries(reversed.nodes())).toEqual(Object.fromEntries(once.nodes()));
  });

  it('after retracts and reloads, the clusters are those of the documents left', () => {
    const g = new Graph(fresh);
    for (let i = 0; i < docs.length; i += 10) g.load(docs.slice(i, i + 10));
    const out = docs.filter((_, i) => i % 3 === 1).map((d) => d.document);
    for (let i = 0; i < out.length; i += 4) {
      g.load([], out.slice(i, i + 4));
      expectAsAtOnce(g);
    }
    g.load(docs.filter((d) => out.includes(d.document)).slice(0, 8));
    expectAsAtOnce(g);
  });

  it('a new mention bridging two clusters kept apart is judged with both: strongest pairs first, as at once', () => {
    const title = 'Measures for the Administration of Stem Cell Clinical Research of Hainan';
    const a = doc('a.txt', [{ id: 'policy:a', name: title, date: '2019-03', docNumber: '琼卫发〔2019〕3号' }]);
    const b = doc('b.txt', [{ id: 'policy:b', name: title, date: '2019-03', docNumber: '琼卫发〔2019〕8号' }]);
    const c = doc('c.txt', [{ id: 'policy:c', name: title, date: '2019-03' }]);
    // d joins b strongly (same day, same issuer): c then goes with the stronger side, not the first one met.
    const d = doc('d.txt', [{ id: 'policy:d', name: title, date: '2019-03-05', docNumber: '琼卫发〔2019〕8号' }], [{ from: 'agency:x', to: 'policy:d' }]);
    for (const order of [[a, c, b, d], [d, b, c, a], [c, a, d, b]]) {
      const g = new Graph(fresh);
      for (const x of order) g.load([x]);
      expectAsAtOnce(g);
    }
  });

  it('a pair met only through a block that grows too generic parts, and meets again when the block shrinks', () => {
    const title = 'Guidelines on Quality Control of Cell Therapy Products of Sichuan';
    const a = doc('a.txt', [{ id: 'policy:a', name: title }]);
    const b = doc('b.txt', [{ id: 'policy:b', name: title }]);
    // Drafts of other years: never one with a or b (a draft is not its final text), but in their blocks.
    const drafts = Array.from({ length: 199 }, (_, i) => doc(`draft${i}.txt`, [{ id: `policy:draft-${i}`, name: title, status: 'draft', date: String(1800 + i) }]));
    const g = new Graph(fresh);
    g.load([a]);
    g.load([b]);
    expect(g.index.nodeOf(g.index.get('b.txt')!.profiles[0]!)).toBe('policy:a');
    g.load(drafts);
    expectAsAtOnce(g);
    expect(g.index.nodeOf(g.index.get('b.txt')!.profiles[0]!)).toBe('policy:b');
    g.load([], drafts.slice(0, 10).map((d) => d.document));
    expectAsAtOnce(g);
    expect(g.index.nodeOf(g.index.get('b.txt')!.profiles[0]!)).toBe('policy:a');
  });
});

describe(`organisations and licences judged with the clusters their evidence hangs off${mode}`, () => {
  // The dev pages (real data): Fosun and Platinum Life Biotech are one organisation in two scripts only through the
  // licence their documents report; pages loaded later re-judge those clusters and must bring the licences along.
  it('on the dev pages, batches of 1 to 6 give the clusters of one clustering of everything', { timeout: 120_000 }, async () => {
    const dir = path.join(ROOT, '..', 'shared', 'corpus', 'dev');
    const files = (await fs.readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
    const docs = await Promise.all(files.map(async (f) => ({ ...(await extractFile(path.join(dir, f))), document: f })));
    const once = new Graph();
    once.load(docs);
    const crossScript = [...new Set(once.nodes().values())].filter((node) => {
      const names = [...once.index.membersOf(node)].filter((p) => p.label === 'Organization').flatMap((p) => p.names);
      return names.some((n) => /\p{Script=Han}/u.test(n)) && names.some((n) => /^[A-Za-z]/.test(n));
    });
    expect(crossScript.length).toBeGreaterThanOrEqual(2);
    for (const size of [1, 2, 3, 4, 6]) {
      const g = new Graph(fresh);
      for (let i = 0; i < docs.length; i += size) g.load(docs.slice(i, i + size));
      expectAsAtOnce(g);
    }
  });
});
}

/** The pairs exploring finds for a held profile: its candidates now (another document, one label, a key in common
 *  whose block is not too generic) that judging joins. */
function explored(index: HeldIndex, p: Profile, all: Profile[]): string[] {
  const keys = new Set(blockingKeys(p));
  const rules = rulesOf([]);
  return all
    .filter((q) => q.doc !== p.doc && q.label === p.label && blockingKeys(q).some((k) => keys.has(k) && index.inBlock(k).size <= MAX_BLOCK))
    .filter((q) => judgePair(p, q, rules).join)
    .map(profileKey)
    .sort();
}

describe('pairs stored with each document', () => {
  const docs = corpus(60);
  /** A graph loaded in batches with retracts between, then read back as a fresh process reads it. */
  const readBack = (legacy: (id: string) => boolean) => {
    const g = new Graph();
    for (let i = 0; i < docs.length; i += 8) g.load(docs.slice(i, i + 8));
    g.load([], docs.filter((_, i) => i % 7 === 3).map((d) => d.document));
    g.load(docs.filter((_, i) => i % 7 === 3).slice(0, 4));
    for (const id of g.docs.keys()) if (legacy(id)) g.stored.set(id, null);
    const index = g.reread();
    index.useRules(JSON.stringify([[], []]), rulesOf([]));
    const all = [...g.docs.keys()].flatMap((id) => index.get(id)!.profiles);
    return { index, all };
  };

  it('are, for every profile they mark explored, the pairs exploring finds', () => {
    const { index, all } = readBack(() => false);
    const joined = all.filter((p) => index.joined(p).size > 0);
    expect(joined.length).toBeGreaterThan(all.length / 3);
    // Every document stores its pairs and no block crossed the limit: a fresh process explores nothing.
    expect(all.every((p) => index.isExplored(p))).toBe(true);
    for (const p of all) expect([...index.joined(p).keys()].map(profileKey).sort()).toEqual(explored(index, p, all));
  });

  it('leave a profile to be explored when a document sharing one of its blocks stores none', () => {
    const { index, all } = readBack((id) => id.endsWith('5.txt'));
    const unexplored = all.filter((p) => !index.isExplored(p));
    expect(unexplored.length).toBeGreaterThan(0);
    expect(unexplored.length).toBeLessThan(all.length);
    for (const p of all) if (p.doc.endsWith('5.txt')) expect(index.isExplored(p)).toBe(false);
    for (const p of all) if (index.isExplored(p)) expect([...index.joined(p).keys()].map(profileKey).sort()).toEqual(explored(index, p, all));
  });

  it('give the clusters of one clustering of everything when some documents store none', () => {
    const g = new Graph(true);
    for (let i = 0; i < docs.length; i += 9) {
      g.load(docs.slice(i, i + 9));
      for (const d of docs.slice(i, i + 9)) if (d.document.endsWith('4.txt')) g.stored.set(d.document, null);
    }
    g.load([], docs.filter((_, i) => i % 5 === 2).map((d) => d.document));
    expectAsAtOnce(g);
  });
});
