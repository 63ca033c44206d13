// `policygraph <command>`: each command's work lives in its own module, loaded on demand.
import { Command } from 'commander';
import { loadConfig, type Config } from '../config.ts';

// `policygraph ask | head`: a reader that stops early is not an error of ours.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const program = new Command('policygraph')
  .description('PolicyGraph: who makes stem-cell and CGT policy in China, what they issued and where it applies.')
  .showHelpAfterError();

const config = (): Config => loadConfig();

const db = program.command('db').description('the managed local Neo4j (when NEO4J_URI points at this machine)');
db.command('install').description('fetch Neo4j Community from Maven Central').action(async () => (await import('./db.ts')).install(config()));
db.command('start').description('start Neo4j and wait until Bolt answers').action(async () => (await import('./db.ts')).start(config()));
db.command('stop').description('stop Neo4j').action(async () => (await import('./db.ts')).stop(config()));
db.command('status').description('is it installed, running, answering').action(async () => (await import('./db.ts')).status(config()));

program
  .command('doctor')
  .description('versions of Node, Java and Neo4j, whether the database answers, the state of the schema')
  .action(async () => (await import('./doctor.ts')).doctor(config()));

program
  .command('facts')
  .description('print the facts extracted from files and folders (recursively) as FORMAT.md JSON (no Neo4j needed)')
  .argument('<paths...>', 'documents (.txt, .md, .html, .pdf) or folders of them')
  .option('--explain', 'print each fact with the rules that made it and its sentence, instead of JSON')
  .action(async (paths: string[], opts: { explain?: boolean }) => (await import('./facts.ts')).facts(paths, opts));

program
  .command('load')
  .description('extract documents (files or folders) and write their facts into Neo4j')
  .argument('<paths...>', 'files or folders, read recursively')
  .action(async (paths: string[]) => (await import('./load.ts')).load(config(), paths));

program
  .command('retract')
  .description('remove a document and exactly what no other document supports')
  .argument('<documents...>', 'document ids, base names or paths')
  .action(async (docs: string[]) => (await import('./load.ts')).retract(config(), docs));

program
  .command('export')
  .description('write what the graph holds: facts (FORMAT.md JSON per document), csv, graphml or jsonld')
  .option('-f, --format <format>', 'facts, csv, graphml or jsonld', 'facts')
  .option('-o, --out <path>', 'file to write (default: standard output)')
  .action(async (opts: { format: string; out?: string }) => (await import('./export.ts')).exportGraph(config(), opts));

program
  .command('merges')
  .description('nodes merged from several documents, with the evidence of each merge')
  .option('--id <id>', 'one node')
  .option('--json', 'print JSON')
  .action(async (opts: { id?: string; json?: boolean }) => (await import('./merges.ts')).merges(config(), opts));

program
  .command('judge')
  .description("record an analyst's judgement on two local ids (see merges) and apply it to the graph")
  .argument('<a>', 'local id (or doc:…#local id as merges prints it)')
  .argument('<b>', 'local id')
  .argument('<decision>', 'same, different or unsure')
  .option('--who <name>', 'who decided')
  .option('--why <reason>', 'why')
  .action(async (a: string, b: string, decision: string, opts: { who?: string; why?: string }) => (await import('./judge.ts')).judge(config(), a, b, decision, opts));

program
  .command('serve')
  .description('serve the GraphQL API (GraphiQL in the browser)')
  .action(async () => (await import('./serve.ts')).serve(config()));

program
  .command('ask')
  .description("run one of the analysts' named questions (queries/*.cypher)")
  .argument('[name]', 'question name; omit to list them')
  .option('-p, --param <key=value...>', 'parameters', [])
  .option('--json', 'print JSON instead of a table')
  .action(async (name: string | undefined, opts: { param: string[]; json?: boolean }) => (await import('./ask.ts')).ask(config(), name, opts));

program
  .command('up')
  .description('the main job: start Neo4j, load the sample documents, serve GraphQL, print where to look')
  .option('--no-serve', 'load and exit without serving the API')
  .action(async (opts: { serve: boolean }) => (await import('./up.ts')).up(config(), opts));

try {
  await program.parseAsync();
} catch (e) {
  // Expected failures (bad env, Neo4j unreachable, bad input) are one clear message, not a stack trace.
  const err = e as Error;
  console.error(`policygraph: ${err.message}`);
  if (process.env.DEBUG) console.error(err.stack);
  process.exitCode = 1;
}
