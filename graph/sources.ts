// Which Document a file is. Its id comes from its path relative to the folder loaded (walk.ts), so it does not
// depend on the working directory, and `origin` (a hash of where the file lives) tells apart two files that share
// a relative path: neither replaces the other. A file whose bytes the graph already holds under an id whose file
// has gone from the same folder was moved: the Document is renamed and keeps its facts.
import fs from 'node:fs/promises';
import path from 'node:path';
import { routing, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { forgetHeld, renamePairs } from './identity/held.ts';
import { renameRelationSupport } from './write.ts';
import { documentId, originOf, type Source } from './walk.ts';

export interface StoredDocument {
  id: string;
  sha256: string | null;
  extractedWith: string | null;
  path: string | null;
  origin: string | null;
}

/** A Document's new place (path, origin) and, for a moved file, the id it had. */
export interface Relocation {
  id: string;
  from?: string;
  path: string;
  origin: string;
}

export type Decision =
  /** The same file met earlier in this load (a folder and a file in it). */
  | { duplicate: true }
  | { duplicate: false; id: string; was?: StoredDocument; relocate?: Relocation };

const DOC = '{.id, .sha256, .extractedWith, .path, .origin}';
const LOOKUP = `UNWIND $rows AS row
RETURN row.i AS i,
  COLLECT { MATCH (d:Document {origin: row.origin}) RETURN d ${DOC} }[0] AS own,
  COLLECT { MATCH (d:Document {id: row.id}) RETURN d ${DOC} }[0] AS plain,
  COLLECT { MATCH (d:Document {id: row.alt}) RETURN d ${DOC} }[0] AS alt,
  COLLECT { MATCH (d:Document {sha256: row.sha256}) WHERE d.origin IS NOT NULL AND d.path IS NOT NULL RETURN d ${DOC} LIMIT 8 } AS same`;

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

/** Decides the ids of a load's files, batch by batch, remembering what earlier batches of the same load took. */
export class SourceIds {
  private readonly byOrigin = new Map<string, string>();
  /** id → origin of the file that took it in this load. */
  private readonly claimed = new Map<string, string>();
  private readonly renamed = new Set<string>();

  async decide(driver: Driver, database: string | undefined, files: (Source & { sha256: string })[]): Promise<Decision[]> {
    const rows = files.map((f, i) => ({ i, origin: f.origin, id: documentId(f.rel), alt: altId(f), sha256: f.sha256 }));
    const res = await driver.executeQuery(LOOKUP, { rows }, { database, routing: routing.READ });
    const found = new Map(res.records.map((r) => [r.get('i') as number, r]));
    const out: Decision[] = [];
    for (const [i, f] of files.entries()) {
      const r = found.get(i);
      const get = (k: string) => (r?.get(k) as StoredDocument | null | undefined) ?? undefined;
      out.push(await this.decideOne(f, get('own'), get('plain'), get('alt'), (r?.get('same') as StoredDocument[] | undefined) ?? []));
    }
    return out;
  }

  private async decideOne(
    f: Source & { sha256: string },
    own: StoredDocument | undefined,
    plain: StoredDocument | undefined,
    alt: StoredDocument | undefined,
    same: StoredDocument[],
  ): Promise<Decision> {
    if (this.byOrigin.has(f.origin)) return { duplicate: true };
    const place = { path: f.rel, origin: f.origin };
    const take = (id: string, was?: StoredDocument, relocate?: Relocation): Decision => {
      this.byOrigin.set(f.origin, id);
      this.claimed.set(id, f.origin);
      return { duplicate: false, id, was, relocate };
    };
    // This very file, whatever id it was given.
    if (own && !this.claimed.has(own.id)) return take(own.id, own, own.path === f.rel ? undefined : { id: own.id, ...place });
    const id = documentId(f.rel);
    if (!this.claimed.has(id)) {
      // Free, or held by a Document from before origins were kept, or by these very bytes from elsewhere (moved).
      if (!plain) {
        const moved = await this.movedFrom(f, same);
        if (moved) return take(id, { ...moved, id }, { id, from: moved.id, ...place });
        return take(id);
      }
      if (plain.origin === null || plain.sha256 === f.sha256) return take(id, plain, { id, ...place });
    }
    // Another file holds the plain id: this one gets an id of its own, stable across loads.
    return take(altId(f), alt);
  }

  /** A Document with these bytes whose file was in this folder and is there no longer. */
  private async movedFrom(f: Source, same: StoredDocument[]): Promise<StoredDocument | undefined> {
    for (const d of same) {
      if (d.path === null || d.origin === null || this.renamed.has(d.id) || this.claimed.has(d.id)) continue;
      const old = path.resolve(f.base, d.path);
      if (originOf(old) !== d.origin || (await exists(old))) continue;
      this.renamed.add(d.id);
      return d;
    }
    return undefined;
  }
}

function altId(f: Source): string {
  return `${documentId(f.rel)}#${f.origin.slice(0, 8)}`;
}

// A moved file's Document takes its new id; the relationships' sources naming it follow (found by what it states,
// write.ts, before the Document takes the new id). Its nodes know it through its MENTIONS.
const RENAME = `MATCH (d:Document {id: $from})
SET d.id = $id, d.path = $path, d.origin = $origin`;

const PLACE = `UNWIND $rows AS row
MATCH (d:Document {id: row.id})
SET d.path = row.path, d.origin = row.origin`;

/** Applies relocations inside the caller's write transaction: renames first, then every Document's place. */
export async function relocate(tx: ManagedTransaction, rows: Relocation[]): Promise<void> {
  for (const r of rows) {
    if (r.from === undefined) continue;
    await renameRelationSupport(tx, r.from, r.id);
    await renamePairs(tx, r.from, r.id);
    await tx.run(RENAME, r);
  }
  // A renamed Document keeps its element id: identity's in-process index (identity/held.ts) must read it again.
  if (rows.some((r) => r.from !== undefined)) await forgetHeld(tx);
  if (rows.length) await tx.run(PLACE, { rows: rows.map(({ id, path: p, origin }) => ({ id, path: p, origin })) });
}

/** What `retract` names: ids (`doc:…`), files (found by where they live) or relative paths and base names.
 *  One query for all of them: retracting a corpus by its files costs no round trip per file. */
export async function documentIdsOf(driver: Driver, database: string | undefined, names: string[]): Promise<string[]> {
  const named = await Promise.all(
    names.map(async (name) => {
      if (name.startsWith('doc:')) return { name, id: name };
      const real = await fs.realpath(name).catch(() => null);
      // A file the graph knows by no origin was loaded before origins were kept, under its base name.
      const fallback = documentId(real !== null ? path.basename(name) : name.split(path.sep).join('/'));
      return { name, id: fallback, origin: real === null ? undefined : originOf(real) };
    }),
  );
  const origins = named.flatMap((n) => (n.origin === undefined ? [] : [n.origin]));
  const byOrigin = new Map<string, string>();
  if (origins.length) {
    const r = await driver.executeQuery(
      'UNWIND $origins AS o MATCH (d:Document {origin: o}) RETURN o, d.id AS id',
      { origins },
      { database, routing: routing.READ },
    );
    for (const rec of r.records) byOrigin.set(rec.get('o') as string, rec.get('id') as string);
  }
  return [...new Set(named.map((n) => (n.origin !== undefined ? byOrigin.get(n.origin) : undefined) ?? n.id))];
}
