// The held index a fresh retract reads, taken apart without Neo4j (issue 13): every Document's identity dumped from a
// graph once, then read in memory as heldIndex reads it, and the bench's sample (every 5th of the first 1,000) judged
// in two batches of 100 as retractDocuments judges them. CPU of the read and of the judging, and a digest of the
// judgements (ids, merges, moved profiles, old nodes) to show two versions of the code judge the same.
//   NEO4J_URI=… NEO4J_PASSWORD=… npx tsx bench/retract-read.ts --dump FILE
//   npx tsx bench/retract-read.ts --read FILE [--stamp STAMP (the graph's, when this code's differs)]
//   npx tsx bench/retract-read.ts --keys FILE OUT   the dump as this code would have stored it: each Document's
//       blocking keys (`blockKeys`) worked out from its profiles (a graph loaded before they were stored)
// Run under `node --cpu-prof --import tsx` for a profile of the read alone.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { loadConfig } from '../config.ts';
import { createDriver } from '../graph/driver.ts';
import { HeldIndex, heldOf, storedKeys } from '../graph/identity/held.ts';
import { judgeBatch } from '../graph/identity/judging.ts';
import { pipelineStamp } from '../graph/stamp.ts';
import type { Profile } from '../loaders/identity/profile.ts';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
interface Row {
  id: string;
  identity: string;
  idMap: string | null;
  pairs: string | null;
  blockKeys?: string | null;
  sha256: string | null;
  extractedWith: string | null;
}
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

async function dump(file: string): Promise<void> {
  const driver = createDriver(loadConfig());
  try {
    const r = await driver.executeQuery(
      'MATCH (d:Document) WHERE d.identity IS NOT NULL RETURN d.id AS id, d.identity AS identity, d.idMap AS idMap, d.pairs AS pairs, d.blockKeys AS blockKeys, d.sha256 AS sha256, d.extractedWith AS extractedWith',
    );
    fs.writeFileSync(file, JSON.stringify(r.records.map((x) => x.toObject() as Row)));
  } finally {
    await driver.close();
  }
}

async function read(file: string): Promise<void> {
  await (await import('../loaders/gazetteer/index.ts')).gazetteer();
  (await import('../loaders/identity/glossary.ts')).concepts('Measures for the Administration of Clinical Research');
  const rows = JSON.parse(fs.readFileSync(file, 'utf8')) as Row[];
  const stamp = opt('--stamp') ?? (await pipelineStamp());
  const t0 = cpu();
  const index = new HeldIndex('bench');
  // As heldIndex reads each record (its stored keys taken when the stamp is this code's).
  for (const r of rows) index.hold(...heldOf({ get: (k) => r[k as keyof Row] ?? null }, stamp));
  const t1 = cpu();
  const n = (id: string) => Number(/(\d+)\.txt$/.exec(id)?.[1] ?? NaN);
  const leaving = rows.map((r) => r.id).filter((id) => n(id) < 1000 && n(id) % 5 === 0).sort();
  const out: string[] = [];
  for (let i = 0; i < leaving.length; i += 100) {
    const batch = new Set(leaving.slice(i, i + 100));
    const j = judgeBatch(index, [], batch, []);
    out.push(JSON.stringify([[...j.ids].sort(), j.merges.map((m) => [m.id, m.a, m.b, m.score]).sort(), j.held.map((p) => `${p.doc}#${p.localId}`).sort(), [...j.oldNodes].sort()]));
    for (const id of batch) index.remove(id);
    for (const doc of new Set(j.held.map((p) => p.doc))) {
      const h = index.get(doc)!;
      index.remap(doc, Object.fromEntries(h.profiles.map((p) => [p.localId, j.ids.get(`${p.doc}#${p.localId}`) ?? h.idMap[p.localId]!])));
    }
  }
  const t2 = cpu();
  const digest = createHash('sha256').update(out.join('\n')).digest('hex').slice(0, 16);
  console.log(`${rows.length} documents, ${leaving.length} leaving: read ${(t1 - t0).toFixed(2)} s CPU, judging ${(t2 - t1).toFixed(2)} s; heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB; digest ${digest}`);
}

/** The dump with each Document's blocking keys as this code stores them. */
async function withKeys(file: string, out: string): Promise<void> {
  await (await import('../loaders/gazetteer/index.ts')).gazetteer();
  const rows = JSON.parse(fs.readFileSync(file, 'utf8')) as Row[];
  for (const r of rows) r.blockKeys = storedKeys((JSON.parse(r.identity) as Profile[]).map((p) => ({ ...p, doc: r.id })));
  fs.writeFileSync(out, JSON.stringify(rows));
}

if (opt('--dump')) await dump(opt('--dump')!);
else if (opt('--keys')) await withKeys(opt('--keys')!, args[args.indexOf('--keys') + 2]!);
else if (opt('--read')) await read(opt('--read')!);
else console.error('usage: --dump FILE | --read FILE [--stamp STAMP] | --keys FILE OUT');
