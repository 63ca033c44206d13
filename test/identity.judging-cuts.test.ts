// What judging skips at scale gives the judgements it skipped (graph/identity/judging.ts, held.ts; no Neo4j):
// candidates judged under the threshold without scoring their names, block views by year and place, and groups
// brought in only to rank an id's claimants clustered as held. Profiles and facts written for these tests.
import { describe, expect, it } from 'vitest';
import { HeldIndex } from '../graph/identity/held.ts';
import { judgeBatch } from '../graph/identity/judging.ts';
import { cluster, type MergeRecord } from '../loaders/identity/cluster.ts';
import { compare, quickVeto, THRESHOLD, underWhateverNames, vetoedWith, vetoPlace, vetoSide, vetoYear } from '../loaders/identity/features.ts';
import { blockingKeys, profileKey, type Profile } from '../loaders/identity/profile.ts';

/** A seeded generator (the same cases on every run). */
function rng(seed: number): <T>(xs: readonly T[]) => T {
  let s = seed;
  return (xs) => xs[Math.floor(((s = (s * 16807) % 2147483647) / 2147483647) * xs.length)]!;
}

const NAMES = [
  'Measures for the Administration of Stem Cell Clinical Research in Hainan',
  'Measures for the Administration of Stem Cell Clinical Research in Sichuan',
  '海南干细胞临床研究管理办法',
  'Guidelines on Quality Control of Cell Therapy Products',
  '细胞治疗产品质量控制指导原则',
  'the notice',
];
const DATES = [undefined, '2019', '2019-03', '2019-03-12', '2019-07', '2019-07-01', '2020-03'];
const ISSUERS = [[], ['agency:a'], ['agency:b'], ['agency:a', 'agency:b']];
const NUMBERS = [undefined, undefined, '琼卫发〔2019〕3号'];

function profiles(n: number, seed: number, label: 'Policy' | 'Proposal' = 'Policy'): Profile[] {
  const pick = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const [date, docNumber] = [pick(DATES), pick(NUMBERS)];
    return { doc: `doc:d${i}`, localId: `policy:p${i}`, label, names: [pick(NAMES)], issuers: pick(ISSUERS), holders: [], ...(date ? { date } : {}), ...(docNumber ? { docNumber } : {}) };
  });
}

describe('judging at scale skips only what it would judge alike', () => {
  it('a pair judged under the threshold whatever the names say is one compare scores under it, unvetoed', () => {
    for (const label of ['Policy', 'Proposal'] as const) {
      const ps = profiles(80, label === 'Policy' ? 7 : 11, label);
      let skipped = 0;
      for (const a of ps) {
        for (const b of ps) {
          if (a === b || quickVeto(a, b) || !underWhateverNames(a, b)) continue;
          skipped++;
          const j = compare(a, b);
          expect(j.veto).toBe(false);
          expect(j.score).toBeLessThan(THRESHOLD);
        }
      }
      expect(skipped).toBeGreaterThan(100);
    }
  });

  it("a block's view by year and place holds, in the block's order, every candidate quickVeto leaves", () => {
    const index = new HeldIndex('test');
    const ps = profiles(240, 5);
    const add = (from: number, to: number) => ps.slice(from, to).forEach((p, i) => index.add({ id: p.doc, profiles: [p], idMap: { [p.localId]: `n${from + i}` } }));
    const check = () => {
      for (const p of ps.slice(200)) {
        const side = vetoSide(p);
        const [year, place] = [vetoYear(side), vetoPlace(side)];
        if (year === undefined) continue;
        for (const k of blockingKeys(p)) {
          const view = index.inBlockDated(k, year, place);
          const left = [...index.inBlock(k)].filter((q) => view.includes(q) || !vetoedWith(side, q));
          expect(view).toEqual(left);
        }
      }
    };
    add(0, 100);
    check();
    // Kept up as profiles arrive (appended in the block's order).
    add(100, 200);
    check();
  });
});

/** Texts of one issuer, kind and month claim one dated id (policy:…-2019-03): every batch brings the held ones in
 *  as rival claimants. Two titles a month, each named by several documents, in two languages. */
function claimants(n: number): Profile[][] {
  const pick = rng(3);
  const titles: [string, string][] = [
    ['Notice on Strengthening the Supervision of Stem Cell Clinical Research', '关于加强干细胞临床研究监管的通知'],
    ['Notice on the Filing of Cell Therapy Projects', '关于细胞治疗项目备案的通知'],
    ['Notice on Quality Control of Gene Therapy Products', '关于基因治疗产品质量控制的通知'],
    ['Notice on the Pilot of Organoid Research', '关于开展类器官研究试点的通知'],
    ['Notice on Exosome Product Registration', '关于外泌体产品注册的通知'],
    ['Notice on Ethics Review of Gene Editing Research', '关于基因编辑研究伦理审查的通知'],
  ];
  return Array.from({ length: n }, (_, i) => {
    // Later documents' keys sort first: a new text can stand before a held one of its title and claim.
    const doc = `doc:c${String(999 - i)}`;
    return [0, 1].map(() => {
      const [en, zh] = pick(titles);
      const month = pick(['03', '04']);
      // Two numbers on one title and month: two texts claiming one id with one text key.
      const numbered = pick([{}, {}, { docNumber: '甲卫发〔2019〕1号' }, { docNumber: '甲卫发〔2019〕2号' }]);
      return { doc, localId: `policy:agency-a-notice-2019-${month}`, label: 'Policy' as const, names: [pick([en, zh])], issuers: ['agency:a'], holders: [], date: `2019-${month}-${pick(['02', '02', '20'])}`, ...numbered };
    }).filter((p, k, all) => all.findIndex((q) => q.localId === p.localId) === k);
  });
}

/** Judges the documents in batches as a load does, checking after each batch the ids and the merge evidence (kept
 *  only where a batch touched it) against one clustering of every document so far. */
function expectBatchesAsAtOnce(docs: Profile[][], size: number): HeldIndex {
  const index = new HeldIndex('test');
  const sameAs = new Map<string, string[]>();
  const evidence = (m: MergeRecord) => JSON.stringify([m.a, m.b, m.score, m.features]);
  for (let i = 0; i < docs.length; i += size) {
    const batch = docs.slice(i, i + size);
    const fresh = batch.flat();
    const { ids, held, merges, oldNodes } = judgeBatch(index, fresh, new Set(batch.map((ps) => ps[0]!.doc)), []);
    for (const t of [...oldNodes, ...fresh.map((p) => ids.get(profileKey(p))!), ...held.map((p) => ids.get(profileKey(p))!)]) sameAs.delete(t);
    for (const m of merges) sameAs.set(m.id, [...(sameAs.get(m.id) ?? []), evidence(m)].sort());
    for (const id of new Set(held.map((p) => p.doc))) {
      const h = index.get(id)!;
      index.remap(id, Object.fromEntries(h.profiles.map((p) => [p.localId, ids.get(profileKey(p)) ?? h.idMap[p.localId]!])));
    }
    for (const ps of batch) index.add({ id: ps[0]!.doc, profiles: ps, idMap: Object.fromEntries(ps.map((p) => [p.localId, ids.get(profileKey(p))!])) });
    const all = docs.slice(0, i + size).flat();
    const once = cluster(all.map((p) => ({ ...p })));
    expect(Object.fromEntries(all.map((p) => [profileKey(p), index.nodeOf(p)]))).toEqual(Object.fromEntries(once.ids));
    const atOnce = new Map<string, string[]>();
    for (const m of once.merges) atOnce.set(m.id, [...(atOnce.get(m.id) ?? []), evidence(m)].sort());
    const live = new Set(all.map((p) => index.nodeOf(p)));
    expect(Object.fromEntries([...sameAs].filter(([id]) => live.has(id)))).toEqual(Object.fromEntries(atOnce));
  }
  return index;
}

describe('groups brought in only as rival claimants of an id', () => {
  it('are clustered as held: batches give the ids and merge evidence of one clustering of everything', () => {
    const docs = claimants(40);
    const index = expectBatchesAsAtOnce(docs, 2);
    // Many texts claim each id: the rivals' path was taken.
    expect(new Set(docs.flat().map((p) => index.nodeOf(p))).size).toBeGreaterThan(4);
  });

  it("whose id changes (a new text of one title stands before it) keep their merge evidence", () => {
    const mention = (doc: string, names: string[], docNumber?: string): Profile[] => [
      { doc, localId: 'policy:agency-a-notice-2019-03', label: 'Policy', names, issuers: ['agency:a'], holders: [], date: '2019-03-02', ...(docNumber ? { docNumber } : {}) },
    ];
    const [en, zh] = ['Notice on the Filing of Cell Therapy Projects', '关于细胞治疗项目备案的通知'];
    const index = expectBatchesAsAtOnce(
      [
        mention('doc:c9', [en], '甲卫发〔2019〕2号'),
        mention('doc:c8', [zh], '甲卫发〔2019〕2号'),
        mention('doc:c7', ['Notice on Exosome Product Registration']),
        // Another text of the title (another number), standing first: the held one's id takes its first key.
        mention('doc:c1', [en], '甲卫发〔2019〕1号'),
      ],
      1,
    );
    expect(index.nodeOf(mention('doc:c9', [en])[0]!)).not.toBe(index.nodeOf(mention('doc:c1', [en])[0]!));
  });
});
