// Paired fresh retracts of the bench's sample on two graphs of the scale corpus (issue 13: retract at 10k ≥ 0.8× its
// rate at 1k). One bench run gives one sample each side, minutes apart; this takes turns instead.
//   npx tsx bench/retract-paired.ts --write DIR [--size 10000]          the scale mode's fixed corpus (its file names)
//   NEO4J_URI=… NEO4J_PASSWORD=… npx tsx bench/retract-paired.ts --build DIR --size N
//       the first N documents loaded as the scale mode loads them (loadPaths, slices of 1,000, one process)
//   npx tsx bench/retract-paired.ts --pair DIR --side NAME:BOLT:HTTP --side NAME:BOLT:HTTP [--rounds 3]
//       each round, each side in turn (the order alternating by round): `policygraph retract` of the sample (every
//       5th of the first 1,000) in a process of its own, then `policygraph load` of it back; wall and CPU (the
//       command's process and the instance's Neo4j, /proc), and the graph's fingerprint before = after.
//       With --phases, the retract is bench/retract-phases.ts (the same retract, split by phase; its line printed);
//       with --exact, the graph's fingerprint after the retract is printed too (two codes' retracts compared).
//   NEO4J_URI=… NEO4J_PASSWORD=… npx tsx bench/retract-paired.ts --keys
//       each Document's profiles' blocking keys (`blockKeys`, held.ts) worked out by this code and stored, as this
//       code's load stores them: for a graph built before they were stored whose stamp this code shares (a frozen
//       copy with its stamp set to the graph's); on another stamp they are not read.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../config.ts';
import { instanceOf, pidOf } from '../db/neo4j.ts';
import { graphFingerprint } from '../graph/checksum.ts';
import { createDriver } from '../graph/driver.ts';
import { loadPaths } from '../graph/load.ts';
import { ensureReferenceData } from '../graph/reference.ts';
import { ensureSchema } from '../graph/schema.ts';
import { storedKeys } from '../graph/identity/held.ts';
import type { Profile } from '../loaders/identity/profile.ts';
import { documentId } from '../graph/walk.ts';
import { pools, writeCorpus } from './load-corpus.ts';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const all = (name: string): string[] => args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1]!] : []));
const CLI = fileURLToPath(new URL('../bin/policygraph.js', import.meta.url));
const PHASES = fileURLToPath(new URL('./retract-phases.ts', import.meta.url));
const SLICE = 1000;

async function filesOf(dir: string, n: number): Promise<string[]> {
  return (await fs.readdir(dir)).filter((f) => f.endsWith('.txt')).sort().slice(0, n).map((f) => path.join(dir, f));
}

async function build(dir: string, size: number): Promise<void> {
  const driver = createDriver(loadConfig());
  try {
    await ensureSchema(driver);
    await ensureReferenceData(driver);
    // Built before the first slice, as the bench builds it (its pools): not inside a load holding the lease.
    await (await import('../loaders/gazetteer/index.ts')).gazetteer();
    const files = await filesOf(dir, size);
    for (let i = 0; i < files.length; i += SLICE) {
      const s = await loadPaths(driver, files.slice(i, i + SLICE), { skipSetup: true });
      console.log(`${new Date().toISOString().slice(11, 19)} slice ${i / SLICE + 1}: ${s.loaded} docs in ${s.seconds.toFixed(1)} s (${s.failed.length} failed), load average ${os.loadavg()[0]?.toFixed(1)}`);
    }
  } finally {
    await driver.close();
  }
}

async function addKeys(): Promise<void> {
  await (await import('../loaders/gazetteer/index.ts')).gazetteer();
  const driver = createDriver(loadConfig());
  try {
    const res = await driver.executeQuery('MATCH (d:Document) WHERE d.identity IS NOT NULL RETURN d.id AS id, d.identity AS identity');
    const rows = res.records.map((r) => {
      const id = r.get('id') as string;
      return { id, keys: storedKeys((JSON.parse(r.get('identity') as string) as Profile[]).map((p) => ({ ...p, doc: id }))) };
    });
    for (let i = 0; i < rows.length; i += 500) {
      await driver.executeQuery('UNWIND $rows AS row MATCH (d:Document {id: row.id}) SET d.blockKeys = row.keys', { rows: rows.slice(i, i + 500) });
    }
    console.log(`blockKeys stored on ${rows.length} Documents`);
  } finally {
    await driver.close();
  }
}

interface Side {
  name: string;
  env: NodeJS.ProcessEnv;
  driver: Driver;
}

function sideOf(spec: string): Side {
  const [name, bolt, http] = spec.split(':');
  const env = { ...process.env, NEO4J_INSTANCE: name, NEO4J_URI: `bolt://127.0.0.1:${bolt}`, NEO4J_HTTP_PORT: http, NEO4J_PASSWORD: `policygraph-${name}` };
  return { name: name!, env, driver: createDriver(loadConfig(env)) };
}

/** utime + stime of a process, seconds. */
function cpuOfPid(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Runs the CLI with `argv` under bash, whose `times` gives the children's user and system CPU: wall, CPU, output. */
function command(side: Side, argv: string[], script = `'${CLI}'`): Promise<{ wall: number; cpu: number; out: string }> {
  const t0 = performance.now();
  const quoted = argv.map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', `'${process.execPath}' ${script} ${quoted} >/tmp/retract-paired.out 2>&1 || exit 9; times`], { env: side.env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`${argv[0]} on ${side.name} exited ${code}: ${readFileSync('/tmp/retract-paired.out', 'utf8').slice(-2000)}`));
      // `times`: the shell's own line, then its children's "1m2.345s 0m0.678s".
      const secs = (out.trim().split('\n').at(-1) ?? '').split(' ').map((t) => {
        const m = /(\d+)m([\d.]+)s/.exec(t);
        return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
      });
      resolve({ wall: (performance.now() - t0) / 1000, cpu: (secs[0] ?? 0) + (secs[1] ?? 0), out: readFileSync('/tmp/retract-paired.out', 'utf8') });
    });
    child.on('error', reject);
  });
}

async function one(side: Side, files: string[], round: number): Promise<void> {
  const before = await graphFingerprint(side.driver);
  const pid = pidOf(instanceOf(loadConfig(side.env)));
  const n0 = cpuOfPid(pid);
  const la = os.loadavg()[0]!;
  const ids = files.map((f) => documentId(path.basename(f)));
  const r = args.includes('--phases') ? await command(side, ids, `--import tsx '${PHASES}'`) : await command(side, ['retract', ...ids]);
  const neo = cpuOfPid(pid) - n0;
  const retracted = args.includes('--exact') ? await graphFingerprint(side.driver) : null;
  if (retracted) console.log(`  after the retract: ${retracted.checksum} (${retracted.nodes} nodes, ${retracted.relationships} relationships)`);
  const reach = /reach: .*/.exec(r.out)?.[0] ?? /phases .*/.exec(r.out)?.[0] ?? '';
  // Neo4j's CPU by statement (retract-phases.ts with RETRACT_STATEMENTS=1).
  for (const line of r.out.split('\n')) if (/^ {4}[\d.]+ s in /.test(line)) console.log(line);
  const back = await command(side, ['load', ...files]);
  const after = await graphFingerprint(side.driver);
  const same = before.checksum === after.checksum && before.nodes === after.nodes;
  console.log(
    `${new Date().toISOString().slice(11, 19)} round ${round} ${side.name} (${before.nodes} nodes): retract ${files.length} in ${r.wall.toFixed(1)} s wall, CPU ${r.cpu.toFixed(1)} + ${neo.toFixed(1)} s ` +
      `(load average ${la.toFixed(1)}); load back ${back.wall.toFixed(1)} s; graph as before: ${same ? 'yes' : 'NO'} ${reach}`,
  );
}

async function pair(dir: string): Promise<void> {
  const sides = all('--side').map(sideOf);
  const files = (await filesOf(dir, SLICE)).filter((_, i) => i % 5 === 0);
  try {
    for (let round = 1; round <= Number(opt('--rounds') ?? 3); round++) {
      for (const side of round % 2 ? sides : [...sides].reverse()) await one(side, files, round);
    }
  } finally {
    for (const s of sides) await s.driver.close();
  }
}

if (opt('--write')) {
  const { gazetteer } = await import('../loaders/gazetteer/index.ts');
  await writeCorpus(opt('--write')!, Number(opt('--size') ?? 10000), 'scale-n10000', pools((await gazetteer()).entries), 'fixed');
} else if (opt('--build')) await build(opt('--build')!, Number(opt('--size') ?? 1000));
else if (opt('--pair')) await pair(opt('--pair')!);
else if (args.includes('--keys')) await addKeys();
