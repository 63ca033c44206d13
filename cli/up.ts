// `policygraph up` (npm start): the main job. Interim version: starts Neo4j and creates the schema;
// loading and serving are wired in once graph/load.ts and api/server.ts land.
import { isLocalUri, type Config } from '../config.ts';
import { start } from '../db/neo4j.ts';
import { connect } from '../graph/driver.ts';
import { ensureSchema } from '../graph/schema.ts';

export async function up(config: Config, _opts: { serve: boolean }): Promise<void> {
  if (isLocalUri(config.NEO4J_URI)) await start(config, console.log);
  const driver = await connect(config);
  await ensureSchema(driver);
  await driver.close();
  console.log(`Neo4j answers at ${config.NEO4J_URI}.`);
}
