// A Document's facts as it stores them, read back only to rewrite or re-judge it (plan.ts): deflated, as base64
// text. Base64, not a byte array: the driver packs a byte array one byte at a time and Neo4j unpacks it so too (1k
// bench documents: 0.9 s of CPU between them against 0.6 s). An entity of the reference data (a gazetteer id) is
// stored without the fields the gazetteer gives it alike — its Chinese name, aliases, kind, code and level, a quarter
// of a bench document's facts — listed under `ref` and filled in from the gazetteer when read. Stored before as
// whole facts deflated (base64 or a byte array), and before that as the JSON itself (which starts with '{', never a
// base64 character): all still read.
import { promisify } from 'node:util';
import { deflateRaw, inflateRawSync } from 'node:zlib';
import { gazetteer } from '../../loaders/gazetteer/index.ts';
import type { DocumentFacts, Entity } from '../../loaders/types.ts';

/** Fields an extracted reference entity takes from its gazetteer entry (its name is kept: it reads without one). */
const FROM_GAZETTEER = ['nameZh', 'aliases', 'kind', 'code', 'level'] as const;
type FromGazetteer = (typeof FROM_GAZETTEER)[number];

/** A stored entity: the fields listed in `ref` are its gazetteer entry's. */
type StoredEntity = Omit<Entity, FromGazetteer> & Partial<Pick<Entity, FromGazetteer>> & { ref?: FromGazetteer[] };

const same = (a: string | string[] | undefined, b: string | readonly string[] | undefined): boolean =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;

function slim(e: Entity): Entity | StoredEntity {
  const entry = gazetteer().byId(e.id);
  if (!entry) return e;
  const ref = FROM_GAZETTEER.filter((k) => e[k] !== undefined && same(e[k], entry[k]));
  if (!ref.length) return e;
  // Built without the fields rather than deleting them (an object with deleted keys is slow to stringify).
  const { nameZh, aliases, kind, code, level, ...rest } = e;
  const own: Partial<Pick<Entity, FromGazetteer>> = { nameZh, aliases, kind, code, level };
  const out: StoredEntity = { ...rest, ref };
  for (const k of FROM_GAZETTEER) if (own[k] !== undefined && !ref.includes(k)) Object.assign(out, { [k]: own[k] });
  return out;
}

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
export const factsJson = (facts: DocumentFacts): string => JSON.stringify({ ...facts, document: '', path: '', entities: facts.entities.map(slim) });

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
  const facts = JSON.parse(unpack(stored)) as Omit<DocumentFacts, 'entities'> & { entities: StoredEntity[] };
  return { ...facts, entities: facts.entities.map(full), document: id, path };
}
