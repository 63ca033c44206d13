// `policygraph facts PATH...`: the extracted facts of files and folders (recursively) as FORMAT.md JSON on
// stdout; one line per bad file on stderr.
import { walkDocuments } from '../graph/walk.ts';
import { DocumentError, extractFile, resolveAcross } from '../loaders/index.ts';
import { toFormatJson } from '../loaders/facts-json.ts';
import type { DocumentFacts } from '../loaders/types.ts';

export async function facts(paths: string[]): Promise<void> {
  const docs: DocumentFacts[] = [];
  let failed = 0;
  const fail = (file: string, problem: string) => {
    failed++;
    process.stderr.write(`${file}: ${problem}\n`);
  };
  for await (const file of walkDocuments(paths, (p) => fail(p.file, p.problem))) {
    try {
      docs.push(await extractFile(file));
    } catch (e) {
      fail(file, e instanceof DocumentError ? e.problem : (e as Error).message);
    }
  }
  process.stdout.write(`${JSON.stringify(toFormatJson(resolveAcross(docs)), null, 2)}\n`);
  if (failed > 0) process.exitCode = 1;
}
