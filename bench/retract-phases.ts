// One fresh retract split by phase (issue 13): what `policygraph retract DOC...` does, in a process of its own, with
// the process's CPU (process.cpuUsage) and its managed Neo4j's (/proc) read at each phase's ends. The held index is
// read and its stored pairs taken in here first, as retractDocuments would (it then finds the index current), so
// those two phases are apart from the rest; identityPhases splits the write transactions.
//   NEO4J_URI=… NEO4J_INSTANCE=… NEO4J_PASSWORD=… node --import tsx bench/retract-phases.ts DOC...
// Prints one line `phases {json}` (seconds): start (modules, gazetteer), ids, read, takeStored, then per write
// phase, the commits and what is left, each `[process, neo4j]`. With RETRACT_STATEMENTS=1, Neo4j's CPU by statement
// too (bench/statements.ts).
import { readFileSync } from 'node:fs';
const t0 = performance.now();
const cpu0 = process.cpuUsage();

const { loadConfig } = await import('../config.ts');
const { instanceOf, pidOf } = await import('../db/neo4j.ts');
const { createDriver } = await import('../graph/driver.ts');
const { retractDocuments } = await import('../graph/load.ts');
const { heldIndex } = await import('../graph/identity/held.ts');
const { identityPhases } = await import('../graph/identity/apply.ts');
const { readResolutions } = await import('../graph/identity/resolutions.ts');
const { rulesOf } = await import('../loaders/identity/cluster.ts');
const { StatementCosts } = await import('./statements.ts');

const config = loadConfig();
const pid = pidOf(instanceOf(config));
/** utime + stime of Neo4j, seconds (NaN when it is not managed here). */
const neo = (): number => {
  if (pid === undefined) return NaN;
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
};
const mine = (): number => {
  const u = process.cpuUsage(cpu0);
  return (u.user + u.system) / 1e6;
};
const out: Record<string, [number, number] | number | string> = {};
let [lastP, lastN] = [mine(), neo()];
// The process's start is measured from its first statement: node and tsx's own start come before (~0.3 s).
out.start = [lastP, NaN];
const mark = (name: string): void => {
  const [p, n] = [mine(), neo()];
  out[name] = [p - lastP, n - lastN];
  [lastP, lastN] = [p, n];
};

const costs = process.env.RETRACT_STATEMENTS ? new StatementCosts(() => (pid === undefined ? null : neo())) : null;
const driver = costs ? costs.wrap(createDriver(config)) : createDriver(config);
try {
  lastN = neo();
  const docs = process.argv.slice(2);
  const session = driver.session({ database: config.NEO4J_DATABASE, defaultAccessMode: 'READ' });
  const index = await session.executeRead((tx) => heldIndex(tx)).finally(() => session.close());
  mark('read');
  const rules = rulesOf(readResolutions());
  // The signature judgeBatch gives these rules: its own useRules then finds the pairs taken in.
  index.useRules(JSON.stringify([[...rules.same].sort(), [...rules.different].sort()]), rules);
  mark('takeStored');
  const before = { ...identityPhases };
  const wall = performance.now();
  const s = await retractDocuments(driver, docs, { database: config.NEO4J_DATABASE });
  const [p, n] = [mine() - lastP, neo() - lastN];
  mark('retract');
  const ms = (k: keyof typeof identityPhases) => (identityPhases[k] - before[k]) / 1000;
  // Wall seconds of each write phase (the process waits on Neo4j in them): the rest of the retract is the ids, the
  // parts' sizes, the lease and the commits.
  out.writePhasesWall = JSON.stringify(Object.fromEntries((['plan', 'display', 'retract', 'moves', 'write', 'store'] as const).map((k) => [k, +ms(k).toFixed(2)])));
  out.retractWall = +((performance.now() - wall) / 1000).toFixed(2);
  out.retractCpu = JSON.stringify([+p.toFixed(2), +n.toFixed(2)]);
  out.transactions = s.transactions;
  out.retracted = s.retracted.length;
  out.nodesMoved = identityPhases.nodesMoved - before.nodesMoved;
} finally {
  await driver.close();
}
out.total = [mine(), NaN];
out.wall = +((performance.now() - t0) / 1000).toFixed(2);
out.heapMB = Math.round(process.memoryUsage().heapUsed / 1e6);
const round = (v: unknown) => (Array.isArray(v) ? v.map((x: number) => +x.toFixed(2)) : v);
if (costs) console.log(costs.report(14).join('\n'));
console.log(`phases ${JSON.stringify(Object.fromEntries(Object.entries(out).map(([k, v]) => [k, round(v)])))}`);
