// Lazily lists the documents under files and folders, in a stable order, so a load streams
// whatever the corpus size and a rerun meets the documents in the same order as the first run.
import fs from 'node:fs/promises';
import path from 'node:path';

/** What a folder walk picks up; a file named explicitly is always taken (the extractor judges it). */
export const DOCUMENT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.xhtml', '.pdf']);

export interface WalkProblem {
  file: string;
  problem: string;
}

/** Yields file paths, depth first, each folder's entries sorted by name. Unreadable paths are reported, not thrown. */
export async function* walkDocuments(paths: string[], onProblem: (p: WalkProblem) => void = () => {}): AsyncGenerator<string> {
  for (const start of paths) {
    const abs = path.resolve(start);
    let stat;
    try {
      stat = await fs.stat(abs);
    } catch (e) {
      onProblem({ file: start, problem: `cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });
      continue;
    }
    if (!stat.isDirectory()) {
      yield abs;
      continue;
    }
    yield* walkFolder(abs, onProblem);
  }
}

async function* walkFolder(dir: string, onProblem: (p: WalkProblem) => void): AsyncGenerator<string> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    onProblem({ file: dir, problem: `cannot list the folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walkFolder(full, onProblem);
    else if (entry.isFile() && DOCUMENT_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) yield full;
  }
}

/** Counts what walkDocuments would yield (for a progress bar's total) without holding the list. */
export async function countDocuments(paths: string[]): Promise<number> {
  let n = 0;
  for await (const _ of walkDocuments(paths)) n++;
  return n;
}

/** The graph id of the document stored at a path: `doc:<base name>`. */
export function documentId(fileOrName: string): string {
  if (fileOrName.startsWith('doc:')) return fileOrName;
  return `doc:${path.basename(fileOrName)}`;
}
