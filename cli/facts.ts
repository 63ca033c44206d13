// `policygraph facts PATH...`: the extracted facts of files and folders (recursively) as FORMAT.md JSON on
// stdout; one line per bad file on stderr. `--explain`: each fact with the rules that made it and its sentence.
import { walkDocuments } from '../graph/walk.ts';
import { DocumentError, extractFile, resolveAcross } from '../loaders/index.ts';
import { toFormatJson } from '../loaders/facts-json.ts';
import type { DocumentFacts } from '../loaders/types.ts';

export async function facts(paths: string[], options: { explain?: boolean } = {}): Promise<void> {
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
  const resolved = resolveAcross(docs);
  process.stdout.write(options.explain ? explain(resolved) : `${JSON.stringify(toFormatJson(resolved), null, 2)}\n`);
  if (failed > 0) process.exitCode = 1;
}

const oneLine = (s: string | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, 240);

/** Plain text: per document, each entity and relation, the rules that made it and the sentence it came from. */
export function explain(docs: DocumentFacts[]): string {
  const out: string[] = [];
  for (const d of docs) {
    out.push(`# ${d.document}${d.publishedOn ? ` (page date ${d.publishedOn})` : ''}`);
    const names = new Map(d.entities.map((e) => [e.id, e.name]));
    for (const e of d.entities) {
      out.push(`${e.label} "${e.name}"${e.date ? ` [${e.date}]` : ''}  ← ${(e.rules ?? []).join(', ')}`);
      out.push(`    ${oneLine(e.evidence)}`);
    }
    for (const r of d.relations) {
      const extra = [r.date, r.role].filter(Boolean).join(', ');
      out.push(`${r.type} "${names.get(r.from) ?? r.from}" → "${names.get(r.to) ?? r.to}"${extra ? ` [${extra}]` : ''}  ← ${(r.rules ?? []).join(', ')}`);
      out.push(`    ${oneLine(r.evidence)}`);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
