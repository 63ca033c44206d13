// Judging alone, in memory (no Neo4j): the bench corpus's documents judged in batches as a load judges them
// (graph/identity/judging.ts against the held index, each batch then held with its ids), reporting the main thread's
// CPU per 1,000 documents and a digest of every batch's ids and merge evidence, so two versions of the judging code
// can be compared for speed and for giving exactly the same judgements.
//   npx tsx bench/judge.ts [--size 1000] [--batch 100] [--dir DIR (corpus and facts kept there)] [--repeat 1]
// Also prints the CPU of holding each judged batch (HeldIndex.remap and add, as plan.ts holds it), which a load pays too.
// Run under `node --cpu-prof --import tsx` for a profile of judging alone.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { HeldIndex } from '../graph/identity/held.ts';
import { judgeBatch } from '../graph/identity/judging.ts';
import { extractFile } from '../loaders/index.ts';
import { profileKey, profilesOf, type Profile } from '../loaders/identity/profile.ts';
import type { DocumentFacts } from '../loaders/types.ts';
import { pools, writeCorpus } from './load-corpus.ts';

const args = process.argv.slice(2);
const opt = (name: string, def: string): string => (args.includes(name) ? args[args.indexOf(name) + 1]! : def);

/** The corpus's facts, extracted once and kept beside it (extraction is not what this measures). */
async function corpusFacts(dir: string, size: number): Promise<DocumentFacts[]> {
  const cache = path.join(dir, `facts-${size}.json`);
  try {
    return JSON.parse(await fs.readFile(cache, 'utf8')) as DocumentFacts[];
  } catch {
    const { gazetteer } = await import('../loaders/gazetteer/index.ts');
    const files = path.join(dir, `n${size}`);
    await writeCorpus(files, size, `bench-judge-n${size}`, pools((await gazetteer()).entries));
    const names = (await fs.readdir(files)).sort();
    const facts: DocumentFacts[] = [];
    for (const n of names) facts.push(await extractFile(path.join(files, n)));
    await fs.writeFile(cache, JSON.stringify(facts));
    return facts;
  }
}

/** One pass: every batch judged and held as plan.ts holds it; CPU of judging per slice of 1,000 documents. */
function judgeAll(facts: DocumentFacts[], batch: number): { slices: number[]; holding: number[]; digest: string; pairs: string } {
  const index = new HeldIndex('bench');
  const hash = createHash('sha256');
  // The pairs each new document stores, in their stored order (the digest above reads only their documents).
  const pairsHash = createHash('sha256');
  const slices: number[] = [];
  // Holding the judged batch (the index's maps and views, as plan.ts holds it): a load pays it too.
  const holding: number[] = [];
  let [cpu, hold] = [0, 0];
  for (let i = 0; i < facts.length; i += batch) {
    const docs = facts.slice(i, i + batch);
    const byDoc = new Map(docs.map((d) => [d.document, profilesOf(d.document, d)]));
    const t = process.cpuUsage();
    const versions = new Map(docs.map((d) => [d.document, createHash('sha256').update(d.document).digest('hex').slice(0, 16)]));
    const judged = judgeBatch(index, [...byDoc.values()].flat(), new Set(byDoc.keys()), [], versions);
    const used = process.cpuUsage(t);
    cpu += (used.user + used.system) / 1e6;
    hash.update(JSON.stringify([[...judged.ids].sort(), judged.merges.map((m) => JSON.stringify([m.id, m.a, m.b, m.score, m.features])).sort(), judged.held.map(profileKey).sort(), [...judged.pairs].sort()]));
    pairsHash.update(JSON.stringify([...judged.pairs].sort(([a], [b]) => (a < b ? -1 : 1))));
    const h0 = process.cpuUsage();
    for (const id of new Set(judged.held.map((p: Profile) => p.doc))) {
      const h = index.get(id)!;
      index.remap(id, Object.fromEntries(h.profiles.map((p) => [p.localId, judged.ids.get(profileKey(p)) ?? h.idMap[p.localId]!])));
    }
    for (const [id, profiles] of byDoc) index.add({ id, profiles, idMap: Object.fromEntries(profiles.map((p) => [p.localId, judged.ids.get(profileKey(p)) ?? p.localId])) });
    const h = process.cpuUsage(h0);
    hold += (h.user + h.system) / 1e6;
    if ((i + batch) % 1000 === 0 || i + batch >= facts.length) {
      slices.push(cpu);
      holding.push(hold);
      cpu = hold = 0;
    }
  }
  return { slices, holding, digest: hash.digest('hex').slice(0, 16), pairs: pairsHash.digest('hex').slice(0, 16) };
}

const size = Number(opt('--size', '1000'));
const dir = opt('--dir', path.join(os.tmpdir(), 'policygraph-bench-judge'));
await fs.mkdir(dir, { recursive: true });
const facts = await corpusFacts(dir, size);
// Reference data before the clock, as a load builds it in its setup.
await (await import('../loaders/gazetteer/index.ts')).gazetteer();
for (let r = 0; r < Number(opt('--repeat', '1')); r++) {
  const { slices, holding, digest, pairs } = judgeAll(facts, Number(opt('--batch', '100')));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0).toFixed(2);
  console.log(`${size} documents: judging CPU per 1,000 documents ${slices.map((s) => s.toFixed(2)).join(' / ')} s (total ${sum(slices)} s); digest ${digest}, stored pairs ${pairs}`);
  console.log(`  holding the judged batches per 1,000: ${holding.map((s) => s.toFixed(2)).join(' / ')} s (total ${sum(holding)} s)`);
}
