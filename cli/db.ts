// `policygraph db …`: install, start, stop and report on the managed local Neo4j.
import { isLocalUri, type Config } from '../config.ts';
import * as neo from '../db/neo4j.ts';

function external(config: Config): boolean {
  if (isLocalUri(config.NEO4J_URI)) return false;
  console.log(`NEO4J_URI is ${config.NEO4J_URI}: a server not on this machine, so nothing is started or stopped here.`);
  return true;
}

export async function install(config: Config): Promise<void> {
  neo.install(config, console.log);
  console.log(`Neo4j Community is installed in ${config.NEO4J_HOME}/lib.`);
}

export async function start(config: Config): Promise<void> {
  if (external(config)) return;
  const inst = neo.instanceOf(config);
  const result = await neo.start(config, console.log);
  console.log(`${result === 'already-running' ? 'Neo4j was already running' : 'Neo4j is up'}: ${config.NEO4J_URI}`);
  console.log(`Neo4j Browser: http://localhost:${inst.httpPort}/browser/  (user ${config.NEO4J_USER})`);
  console.log(`On connect it applies PolicyGraph's style and opens the guide from ${neo.guideBase(config)} (served by \`policygraph serve\` or \`npm start\`).`);
}

export async function stop(config: Config): Promise<void> {
  if (external(config)) return;
  console.log((await neo.stop(config)) ? 'Neo4j stopped.' : 'Neo4j was not running.');
}

export async function status(config: Config): Promise<void> {
  const s = await neo.status(config);
  const rows: [string, string][] = [
    ['uri', s.uri],
    ['managed here', s.managed ? `yes (instance "${config.NEO4J_INSTANCE}")` : 'no (external server)'],
  ];
  if (s.managed) {
    rows.push(['installed', s.installed ? 'yes' : 'no (run `npm run db:install` or `npm run db:start`)']);
    rows.push(['process', s.pid ? `running, pid ${s.pid}` : 'not running']);
    rows.push(['log', s.logFile ?? '']);
    rows.push(['browser', s.browser ?? '']);
  }
  rows.push(['answers', s.answers ? 'yes' : 'no']);
  for (const [k, v] of rows) console.log(`${k.padEnd(13)}${v}`);
  if (!s.answers) process.exitCode = 1;
}
