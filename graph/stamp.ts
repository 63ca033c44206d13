// Which code turned a document into graph rows: a hash of the extractor (loaders/, its gazetteer data
// included), of the row mapping and writes (graph/rows.ts, aggregate.ts, write.ts) and of identity resolution
// (graph/identity: it decides node ids and display). Stored on each Document,
// so a file whose bytes did not change is still extracted again after an upgrade of any of them.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from '../config.ts';

const SOURCES = ['loaders', 'graph/rows.ts', 'graph/aggregate.ts', 'graph/write.ts', 'graph/identity'];
const CODE = /\.(ts|json|txt|tsv|csv)$/;

let stamp: Promise<string> | null = null;

async function files(entry: string): Promise<string[]> {
  const full = path.join(ROOT, entry);
  if (!(await fs.stat(full)).isDirectory()) return [entry];
  const found = await fs.readdir(full, { recursive: true, withFileTypes: true });
  return found
    .filter((d) => d.isFile() && CODE.test(d.name))
    .map((d) => path.relative(ROOT, path.join(d.parentPath, d.name)))
    .filter((f) => !f.split(path.sep).includes('node_modules'));
}

async function compute(): Promise<string> {
  const hash = createHash('sha256');
  const all = (await Promise.all(SOURCES.map(files))).flat().sort();
  for (const f of all) {
    hash.update(`${f.split(path.sep).join('/')}\0`);
    hash.update(await fs.readFile(path.join(ROOT, f)));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** The stamp of the code in this checkout, computed once per process. */
export function pipelineStamp(): Promise<string> {
  stamp ??= compute();
  return stamp;
}
