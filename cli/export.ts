// `policygraph export --format facts|csv|graphml|jsonld [--out PATH]`: what the graph holds, on standard output
// or in a file. CSV is two tables (nodes, edges): on standard output one after the other, with --out two files.
import fs from 'node:fs/promises';
import type { Config } from '../config.ts';
import { connect } from '../graph/driver.ts';
import { EXPORT_FORMATS, exportFacts, graphContent, toCsv, toGraphml, toJsonld, type ExportFormat } from '../graph/export.ts';

export async function exportGraph(config: Config, opts: { format: string; out?: string }): Promise<void> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(opts.format)) {
    throw new Error(`--format ${opts.format}: expected one of ${EXPORT_FORMATS.join(', ')}.`);
  }
  const format = opts.format as ExportFormat;
  const driver = await connect(config);
  try {
    const files = await render(driver, format, config.NEO4J_DATABASE, opts.out);
    for (const [file, text] of files) {
      if (file === null) process.stdout.write(text);
      else await writeOut(file, text);
    }
    if (opts.out) console.error(`Wrote ${files.map(([f]) => f).join(', ')}.`);
  } finally {
    await driver.close();
  }
}

async function render(driver: Awaited<ReturnType<typeof connect>>, format: ExportFormat, database: string | undefined, out?: string): Promise<[string | null, string][]> {
  if (format === 'facts') return [[out ?? null, `${JSON.stringify(await exportFacts(driver, database), null, 2)}\n`]];
  const g = await graphContent(driver, database);
  if (format === 'graphml') return [[out ?? null, toGraphml(g)]];
  if (format === 'jsonld') return [[out ?? null, `${JSON.stringify(toJsonld(g), null, 2)}\n`]];
  const csv = toCsv(g);
  if (!out) return [[null, `${csv.nodes}\n${csv.edges}`]];
  const base = out.replace(/\.csv$/i, '');
  return [
    [`${base}.nodes.csv`, csv.nodes],
    [`${base}.edges.csv`, csv.edges],
  ];
}

async function writeOut(file: string, text: string): Promise<void> {
  try {
    await fs.writeFile(file, text);
  } catch (e) {
    throw new Error(`cannot write ${file} (${(e as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
}
