// Lazily lists the documents under files and folders, in a stable order, so a load streams
// whatever the corpus size and a rerun meets the documents in the same order as the first run.
// Each document comes with its path relative to the folder it was found in: the source of its identity.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** What a folder walk picks up; a file named explicitly is always taken (the extractor judges it). */
export const DOCUMENT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.xhtml', '.pdf']);

export interface WalkProblem {
  file: string;
  problem: string;
  /** Left out on purpose (a symbolic link), not a failure to read. */
  skipped?: true;
}

export interface Source {
  /** The path to read (the folder as given, joined with `rel`). */
  file: string;
  /** Relative to the folder loaded, `/`-separated (a file named alone: its base name). */
  rel: string;
  /** Opaque key of where the bytes live (a hash of the resolved absolute path): tells two files with one `rel` apart
   *  without keeping a server path in the graph. */
  origin: string;
  /** Real path of the folder `rel` is relative to (never stored: a moved file's old place is checked from it). */
  base: string;
  /** Bytes. */
  size: number;
}

const FS_WORDS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many files open',
  EBUSY: 'the file is busy',
};

/** A file-system error in words a person can act on, not its code (ENOENT) nor a message repeating the path. */
export const errCode = (e: unknown): string => {
  const code = (e as NodeJS.ErrnoException).code;
  return (code && FS_WORDS[code]) ?? code ?? (e as Error).message;
};

export function originOf(absolute: string): string {
  return createHash('sha256').update(absolute).digest('hex').slice(0, 32);
}

async function realOrSelf(p: string): Promise<string> {
  try {
    return await fs.realpath(p);
  } catch {
    return path.resolve(p);
  }
}

/** Yields documents, depth first, each folder's entries sorted by name. Unreadable paths are reported, not thrown.
 *  Symbolic links are followed when they point inside the folder being loaded (each folder walked once, so a
 *  loop ends), and reported as skipped when they point outside it or nowhere. */
export async function* walkSources(paths: string[], onProblem: (p: WalkProblem) => void = () => {}): AsyncGenerator<Source> {
  for (const start of paths) {
    let stat;
    try {
      stat = await fs.stat(start);
    } catch (e) {
      onProblem({ file: start, problem: `cannot read it (${errCode(e)})` });
      continue;
    }
    const real = await realOrSelf(start);
    if (!stat.isDirectory()) {
      yield { file: start, rel: path.basename(start), origin: originOf(real), base: path.dirname(real), size: stat.size };
      continue;
    }
    yield* walkFolder({ root: real, seen: new Set([real]), onProblem }, start, '', real);
  }
}

interface Walk {
  /** Real path of the folder being loaded: links may point anywhere inside it. */
  root: string;
  /** Real paths of the folders walked so far (a link loop meets one again). */
  seen: Set<string>;
  onProblem: (p: WalkProblem) => void;
}

async function* walkFolder(w: Walk, dir: string, rel: string, realDir: string): AsyncGenerator<Source> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    w.onProblem({ file: dir, problem: `cannot list the folder (${errCode(e)})` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    const childRel = rel ? `${rel}/${entry.name}` : entry.name;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    let real = path.join(realDir, entry.name);
    const isLink = entry.isSymbolicLink();
    if (isLink) {
      const link = await followLink(w, full);
      if (link === null) continue;
      ({ isDir, isFile, real } = link);
    }
    if (isDir) {
      // A linked folder walked already (a loop, or two links to one folder) is walked once; a file met twice
      // has one origin, and the load takes it once.
      if (isLink && w.seen.has(real)) {
        w.onProblem({ file: full, problem: 'skipped: symbolic link to a folder this load walks already (a link loop?)', skipped: true });
        continue;
      }
      w.seen.add(real);
      yield* walkFolder(w, full, childRel, real);
    } else if (isFile && DOCUMENT_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) {
      const size = await fs.stat(full).then(
        (st) => st.size,
        () => 0,
      );
      yield { file: full, rel: childRel, origin: originOf(real), base: w.root, size };
    }
  }
}

async function followLink(w: Walk, full: string): Promise<{ isDir: boolean; isFile: boolean; real: string } | null> {
  let real: string;
  let stat;
  try {
    real = await fs.realpath(full);
    stat = await fs.stat(real);
  } catch (e) {
    w.onProblem({ file: full, problem: `skipped: symbolic link to nothing readable (${errCode(e)})`, skipped: true });
    return null;
  }
  if (real !== w.root && !real.startsWith(w.root + path.sep)) {
    w.onProblem({ file: full, problem: 'skipped: symbolic link to a place outside the folder being loaded', skipped: true });
    return null;
  }
  return { isDir: stat.isDirectory(), isFile: stat.isFile(), real };
}

/** The files walkSources yields. */
export async function* walkDocuments(paths: string[], onProblem: (p: WalkProblem) => void = () => {}): AsyncGenerator<string> {
  for await (const s of walkSources(paths, onProblem)) yield s.file;
}

/** Counts what walkDocuments would yield (for a progress bar's total) without holding the list. */
export async function countDocuments(paths: string[]): Promise<number> {
  let n = 0;
  for await (const _ of walkSources(paths)) n++;
  return n;
}

/** The graph id a document gets from its relative path, unless another file holds it (load.ts). */
export function documentId(rel: string): string {
  if (rel.startsWith('doc:')) return rel;
  return `doc:${rel.split(path.sep).join('/')}`;
}
