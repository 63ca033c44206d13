// A Document's facts as it stores them, read back only to rewrite or re-judge it (plan.ts): deflated, as base64
// text. Base64, not a byte array: the driver packs a byte array one byte at a time and Neo4j unpacks it so too (1k
// bench documents: 0.9 s of CPU between them against 0.6 s). Also read: facts whose reference entities (gazetteer
// ids) left out the fields the gazetteer gives them alike, listed under `ref` (written by 1adf50b–ff1401d: stored
// again whole since, as a retract-after-rewrite test did not give back its graph with them), deflated bytes, and the
// JSON itself (which starts with '{', never a base64 character).
import { promisify } from 'node:util';
import { deflateRaw, inflateRawSync } from 'node:zlib';
import { gazetteer } from '../../loaders/gazetteer/index.ts';
import type { DocumentFacts, Entity } from '../../loaders/types.ts';

/** Fields an extracted reference entity takes from its gazetteer entry (its name is kept: it reads without one). */
const FROM_GAZETTEER = ['nameZh', 'aliases', 'kind', 'code', 'level'] as const;
type FromGazetteer = (typeof FROM_GAZETTEER)[number];

/** A stored entity: the fields listed in `ref` are its gazetteer entry's. */
type StoredEntity = Omit<Entity, FromGazetteer> & Partial<Pick<Entity, FromGazetteer>> & { ref?: FromGazetteer[] };

function full(e: StoredEntity): Entity {
  if (!e.ref) return e as Entity;
  const { ref, ...rest } = e;
  const entry = gazetteer().byId(e.id);
  // Reference data without the entry any more: what the gazetteer gave is gone with it (an entity needs aliases).
  const out: Entity = { aliases: [], ...rest };
  for (const k of ref) {
    const v = entry?.[k];
    if (v !== undefined) Object.assign(out, { [k]: Array.isArray(v) ? [...v] : v });
  }
  return out;
}

/** The JSON a Document stores of its facts, without its name and path (those are the Document's: a moved file keeps
 *  its facts). */
export const factsJson = (facts: DocumentFacts): string => JSON.stringify({ ...facts, document: '', path: '', entities: facts.entities });

const deflate = promisify(deflateRaw);

/** That JSON deflated, as stored (on zlib's threads). */
export const packFacts = async (json: string): Promise<string> => (await deflate(json, { level: 1 })).toString('base64');

function unpack(v: unknown): string {
  if (typeof v === 'string') return v.startsWith('{') ? v : inflateRawSync(Buffer.from(v, 'base64')).toString('utf8');
  const bytes = v as Int8Array;
  return inflateRawSync(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)).toString('utf8');
}

/** A Document's stored facts (any of its forms), named by its id and path. */
export function readFacts(stored: unknown, id: string, path: string): DocumentFacts {
  let facts: Omit<DocumentFacts, 'entities'> & { entities: StoredEntity[] };
  try {
    facts = JSON.parse(unpack(stored)) as typeof facts;
  } catch (e) {
    // Name the document, not where it came from: messages stay free of paths.
    throw new Error(`stored facts of document ${id} cannot be read (${e instanceof Error ? e.message : String(e)}); load its file again`);
  }
  return { ...facts, entities: facts.entities.map(full), document: id, path };
}
