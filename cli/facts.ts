// `policygraph facts FILE...`: the extracted facts as FORMAT.md JSON on stdout; one line per bad file on stderr.
import { DocumentError, extractFile, resolveAcross } from '../loaders/index.ts';
import { toFormatJson } from '../loaders/facts-json.ts';
import type { DocumentFacts } from '../loaders/types.ts';

export async function facts(files: string[]): Promise<void> {
  const docs: DocumentFacts[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      docs.push(await extractFile(file));
    } catch (e) {
      failed++;
      const problem = e instanceof DocumentError ? e.problem : (e as Error).message;
      process.stderr.write(`${file}: ${problem}\n`);
    }
  }
  process.stdout.write(`${JSON.stringify(toFormatJson(resolveAcross(docs)), null, 2)}\n`);
  if (failed > 0) process.exitCode = 1;
}
