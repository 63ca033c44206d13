// `policygraph doctor`: what this machine has and what state the graph's schema is in.
import type { Config } from '../config.ts';
import { javaVersion } from '../db/neo4j.ts';
import { connect } from '../graph/driver.ts';
import { schemaState } from '../graph/schema.ts';

export async function doctor(config: Config): Promise<void> {
  const line = (k: string, v: string) => console.log(`${k.padEnd(12)}${v}`);
  line('node', process.version);
  line('java', javaVersion() ?? 'not found (needed only for the managed local Neo4j)');
  line('neo4j uri', config.NEO4J_URI);
  let driver;
  try {
    driver = await connect(config);
  } catch (e) {
    line('database', `does not answer: ${(e as Error).message}`);
    process.exitCode = 1;
    return;
  }
  try {
    const r = await driver.executeQuery('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition');
    const rec = r.records[0];
    line('neo4j', `${rec?.get('version')} ${rec?.get('edition')}`);
    line('database', 'answers');
    const s = await schemaState(driver);
    line('constraints', String(s.constraints.length));
    for (const i of s.indexes) line('', `${i.name} (${i.type}, ${i.state})`);
    line('schema', s.missing.length ? `missing ${s.missing.join(', ')}: run \`policygraph load\` or \`npm start\` to create it` : 'complete');
    const counts = await driver.executeQuery('MATCH (n) RETURN count(n) AS nodes');
    line('nodes', String(counts.records[0]?.get('nodes')));
  } finally {
    await driver.close();
  }
}
