// `policygraph up` (npm start): the main job. Starts the local Neo4j if needed, loads the sample
// documents (and the seed corpus when ../shared is beside the repo), serves GraphQL, prints where to look.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, isLocalUri, type Config } from '../config.ts';
import { instanceOf, start } from '../db/neo4j.ts';
import { load } from './load.ts';
import { serve } from './serve.ts';

export function samplePaths(): string[] {
  const seeds = path.join(ROOT, '..', 'shared', 'corpus', 'seeds');
  return [path.join(ROOT, 'samples'), ...(fs.existsSync(seeds) ? [seeds] : [])];
}

export async function up(config: Config, opts: { serve: boolean }): Promise<void> {
  const local = isLocalUri(config.NEO4J_URI);
  // The gazetteer (reference data, ~2 s of CPU to build) is built while Neo4j boots rather than after.
  const gazetteerReady = import('../loaders/gazetteer/index.ts').then((g) => g.gazetteer());
  if (local) {
    const result = await start(config, console.log);
    console.log(result === 'already-running' ? `Neo4j already running at ${config.NEO4J_URI}.` : `Neo4j started at ${config.NEO4J_URI}.`);
  }
  await gazetteerReady;
  const paths = samplePaths();
  console.log(`Loading ${paths.map((p) => path.relative(process.cwd(), p) || '.').join(' and ')} …`);
  await load(config, paths); // reports failed files and goes on: the rest of the graph is still worth serving
  const browser = local ? `http://localhost:${instanceOf(config).httpPort}/browser/` : 'the Neo4j Browser of your server';
  console.log(
    `Neo4j Browser: ${browser}  (connect to ${config.NEO4J_URI}, user ${config.NEO4J_USER}, password from NEO4J_PASSWORD, local default "policygraph").\n` +
      `On connect Browser applies PolicyGraph's style and opens the guide${opts.serve ? '' : ' (both served by the API: `policygraph serve`)'}.`,
  );
  if (!opts.serve) return;
  await serve(config);
  console.log(`Ctrl-C stops the API${local ? '; `npm run db:stop` stops Neo4j' : ''}.`);
}
