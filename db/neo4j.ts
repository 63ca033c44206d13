// The managed local Neo4j: a real Neo4j Community server assembled from Maven Central's jars
// (db/pom.xml) and run by Neo4j's own bootloader. One install (.neo4j/lib), several named
// instances (.neo4j/instances/<name>), each with its own ports, data and logs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { boltPort, isLocalUri, ROOT, type Config } from '../config.ts';

export class DbError extends Error {}

const BOOT = 'org.neo4j.server.startup.Neo4jBoot';
const ADMIN = 'org.neo4j.server.startup.Neo4jAdminBoot';

export interface Instance {
  name: string;
  home: string;
  lib: string;
  boltPort: number;
  httpPort: number;
  logFile: string;
}

export function instanceOf(config: Config): Instance {
  const home = path.join(config.NEO4J_HOME, 'instances', config.NEO4J_INSTANCE);
  return {
    name: config.NEO4J_INSTANCE,
    home,
    lib: path.join(config.NEO4J_HOME, 'lib'),
    boltPort: boltPort(config.NEO4J_URI),
    httpPort: config.NEO4J_HTTP_PORT,
    logFile: path.join(home, 'logs', 'neo4j.log'),
  };
}

function requireTool(cmd: string, args: string[], what: string): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new DbError(`${what} is required to run the local Neo4j, but \`${cmd} ${args.join(' ')}\` failed: ${r.error?.message ?? r.stderr.trim()}`);
  }
  return `${r.stdout}${r.stderr}`.trim();
}

export function javaVersion(): string | undefined {
  const r = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return undefined;
  return /version "([^"]+)"/.exec(r.stderr)?.[1];
}

function isInstalled(config: Config): boolean {
  const lib = path.join(config.NEO4J_HOME, 'lib');
  return fs.existsSync(lib) && fs.readdirSync(lib).some((f) => /^neo4j-\d.*\.jar$/.test(f));
}

/** Fetches the server's jars from Maven Central into NEO4J_HOME/lib (once). */
export function install(config: Config, log: (m: string) => void = console.error): void {
  if (isInstalled(config)) return;
  const java = javaVersion();
  if (!java) throw new DbError('Java 17 or newer is required to run the local Neo4j: `java` was not found on PATH (Debian: apt-get install openjdk-17-jre-headless).');
  if (Number(java.split('.')[0]) < 17) throw new DbError(`Java 17 or newer is required to run Neo4j 5.26; found Java ${java}.`);
  requireTool('mvn', ['-v'], 'Maven (to fetch Neo4j from Maven Central)');
  const lib = path.join(config.NEO4J_HOME, 'lib');
  const tmp = `${lib}.partial`;
  fs.rmSync(tmp, { recursive: true, force: true });
  log(`Fetching Neo4j Community from Maven Central into ${lib} …`);
  const r = spawnSync('mvn', ['-q', '-B', '-f', path.join(ROOT, 'db', 'pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${tmp}`], {
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    const tail = `${r.stdout}${r.stderr}`.split('\n').filter((l) => l.includes('ERROR')).slice(0, 5).join('\n');
    throw new DbError(`Downloading Neo4j from Maven Central failed (mvn exit ${r.status}):\n${tail || r.error?.message}`);
  }
  fs.renameSync(tmp, lib); // all or nothing: a half download never looks installed
}

/** Where Neo4j Browser fetches PolicyGraph's style and guide: the API (api/guide.ts) on this machine. */
export function guideBase(config: Config): string {
  const anyLocal = ['127.0.0.1', 'localhost', '0.0.0.0', '::', '::1'].includes(config.API_HOST);
  const host = anyLocal ? 'localhost' : config.API_HOST.includes(':') ? `[${config.API_HOST}]` : config.API_HOST;
  return `http://${host}:${config.API_PORT}/guide/`;
}

/** Browser settings served to Neo4j Browser on connect: apply the style, open the guide (README: Exploring). */
function browserSettings(config: Config): string[] {
  const base = guideBase(config);
  const host = new URL(base).hostname;
  return [
    `browser.post_connect_cmd=style ${base}style.grass; play ${base}`,
    // Neo4j 5.26 still names the allowlist setting "whitelist" (an "allowlist" line would stop the server).
    `browser.remote_content_hostname_whitelist=${[...new Set(['localhost', '127.0.0.1', host])].join(',')}`,
  ];
}

function writeConf(config: Config, inst: Instance): void {
  const dirs = ['conf', 'data', 'logs', 'run', 'plugins', 'import'];
  for (const d of dirs) fs.mkdirSync(path.join(inst.home, d), { recursive: true });
  const link = path.join(inst.home, 'lib');
  if (!fs.existsSync(link)) fs.symlinkSync(inst.lib, link);
  const conf = [
    '# Written by `policygraph db start`; edit the environment (README), not this file.',
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=:${inst.boltPort}`,
    `server.http.listen_address=:${inst.httpPort}`,
    // What Browser is told to connect to: this instance's ports, not the defaults.
    `server.bolt.advertised_address=localhost:${inst.boltPort}`,
    `server.http.advertised_address=localhost:${inst.httpPort}`,
    'server.https.enabled=false',
    `server.memory.heap.initial_size=${config.NEO4J_HEAP}`,
    `server.memory.heap.max_size=${config.NEO4J_HEAP}`,
    'server.memory.pagecache.size=512m',
    // One transaction may not take the memory every other request needs (a nested query can ask for millions of rows).
    'db.memory.transaction.max=256m',
    'db.tx_log.rotation.retention_policy=2 files',
    `db.transaction.timeout=${Math.max(60, config.CYPHER_TIMEOUT_S * 4)}s`,
    'dbms.usage_report.enabled=false',
    'client.allow_telemetry=false', // Browser sends nothing to Neo4j's analytics (and works offline without trying)
    ...browserSettings(config),
    'server.jvm.additional=-XX:+UseG1GC',
    // The quick JIT tier only: on a 2-core machine the optimising compiler's threads took half of Neo4j's CPU in
    // `npm start` (first start and load: 47 → 24 CPU-s), and named questions cost no more once warm (52 → 25 ms).
    'server.jvm.additional=-XX:TieredStopAtLevel=1',
    'server.jvm.additional=-XX:-OmitStackTraceInFastThrow',
    'server.jvm.additional=-XX:+DisableExplicitGC',
    'server.jvm.additional=-Djdk.nio.maxCachedBufferSize=1024',
    'server.jvm.additional=-Dio.netty.tryReflectionSetAccessible=true',
    'server.jvm.additional=--add-opens=java.base/java.nio=ALL-UNNAMED',
    'server.jvm.additional=--add-opens=java.base/java.io=ALL-UNNAMED',
    'server.jvm.additional=--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    'server.jvm.additional=--enable-native-access=ALL-UNNAMED',
    'server.jvm.additional=-Dlog4j2.disable.jmx=true',
    '',
  ].join('\n');
  fs.writeFileSync(path.join(inst.home, 'conf', 'neo4j.conf'), conf);
}

function boot(inst: Instance, main: string, args: string[]) {
  return spawnSync('java', ['-cp', `${inst.lib}/*`, main, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_HOME: inst.home, NEO4J_CONF: path.join(inst.home, 'conf') },
  });
}

export function pidOf(inst: Instance): number | undefined {
  const file = path.join(inst.home, 'run', 'neo4j.pid');
  if (!fs.existsSync(file)) return undefined;
  const pid = Number(fs.readFileSync(file, 'utf8').trim());
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(true));
    s.once('listening', () => s.close(() => resolve(false)));
    s.listen(port, '127.0.0.1');
  });
}

/** Resolves once Bolt answers with these credentials; rejects after `timeoutMs`. */
export async function waitForBolt(config: Config, timeoutMs: number, alive: () => boolean = () => true): Promise<void> {
  const driver = neo4j.driver(config.NEO4J_URI, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD));
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      try {
        await driver.verifyConnectivity();
        return;
      } catch (e) {
        const code = (e as { code?: string }).code ?? '';
        if (code.includes('Unauthorized') || code.includes('AuthenticationRateLimit')) {
          throw new DbError(`Neo4j at ${config.NEO4J_URI} refused user "${config.NEO4J_USER}": check NEO4J_PASSWORD (the local default is "policygraph").`);
        }
        if (!alive()) throw new DbError('Neo4j stopped while starting.');
        if (Date.now() > deadline) throw new DbError(`Neo4j did not answer on ${config.NEO4J_URI} within ${timeoutMs / 1000}s.`);
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  } finally {
    await driver.close();
  }
}

function logTail(inst: Instance, lines = 15): string {
  if (!fs.existsSync(inst.logFile)) return '';
  return fs.readFileSync(inst.logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

export type StartResult = 'started' | 'already-running' | 'external';

/** Starts the managed instance (installing it first) and returns when Bolt answers. */
export async function start(config: Config, log: (m: string) => void = console.error): Promise<StartResult> {
  if (!isLocalUri(config.NEO4J_URI)) return 'external';
  const inst = instanceOf(config);
  if (pidOf(inst)) {
    await waitForBolt(config, 120_000, () => pidOf(inst) !== undefined);
    return 'already-running';
  }
  for (const p of [inst.boltPort, inst.httpPort]) {
    if (await portTaken(p)) {
      throw new DbError(
        `Port ${p} is taken by another program, so the local Neo4j "${inst.name}" cannot start. ` +
          'Stop that program, or point NEO4J_URI at it if it is a Neo4j you want to use, or choose other ports (NEO4J_URI, NEO4J_HTTP_PORT).',
      );
    }
  }
  install(config, log);
  writeConf(config, inst);
  const firstStart = !fs.existsSync(path.join(inst.home, 'data', 'dbms'));
  if (firstStart) {
    const r = boot(inst, ADMIN, ['dbms', 'set-initial-password', config.NEO4J_PASSWORD]);
    if (r.status !== 0) throw new DbError(`Setting the initial Neo4j password failed: ${r.stderr.trim() || r.stdout.trim()}`);
  }
  log(`Starting Neo4j "${inst.name}" (bolt ${inst.boltPort}, http ${inst.httpPort}); log: ${inst.logFile}`);
  const r = boot(inst, BOOT, ['start']);
  if (r.status !== 0) throw new DbError(`Neo4j failed to start:\n${r.stdout}${r.stderr}\n${logTail(inst)}`);
  try {
    await waitForBolt(config, 180_000, () => pidOf(inst) !== undefined);
  } catch (e) {
    throw new DbError(`${(e as Error).message}\nLast lines of ${inst.logFile}:\n${logTail(inst)}`);
  }
  return 'started';
}

export async function stop(config: Config): Promise<boolean> {
  if (!isLocalUri(config.NEO4J_URI)) return false;
  const inst = instanceOf(config);
  if (!pidOf(inst)) return false;
  const r = boot(inst, BOOT, ['stop']);
  if (r.status !== 0) throw new DbError(`Stopping Neo4j failed: ${r.stderr.trim() || r.stdout.trim()}`);
  return true;
}

export interface Status {
  uri: string;
  managed: boolean;
  installed: boolean;
  pid?: number;
  answers: boolean;
  browser?: string;
  logFile?: string;
}

export async function status(config: Config): Promise<Status> {
  const managed = isLocalUri(config.NEO4J_URI);
  const inst = instanceOf(config);
  let answers = true;
  try {
    await waitForBolt(config, 0);
  } catch {
    answers = false;
  }
  return {
    uri: config.NEO4J_URI,
    managed,
    installed: isInstalled(config),
    ...(managed ? { pid: pidOf(inst), logFile: inst.logFile, browser: `http://localhost:${inst.httpPort}/browser/` } : {}),
    answers,
  };
}
