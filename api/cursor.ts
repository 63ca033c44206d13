// Keyset cursors: a page continues after the last item's order-key values and id, so a deep page costs what the
// first one does and items loaded meanwhile neither repeat nor vanish from a walk. Opaque to clients (base64url
// JSON); whatever a client sends back is checked here and only ever reaches Cypher as parameters.
import { z } from 'zod';
import { badInput } from './args.ts';
import type { OrderKey, Page } from '../queries/lists.ts';

type Key = string | number | null;

const Cursor = z.object({ o: z.string(), k: z.array(z.union([z.string().max(1000), z.number(), z.null()])).max(4), i: z.string().max(1000) });

/** The cursor of an item: the order it was listed in, its order-key values, its id. */
export function encodeCursor(order: string, key: unknown[]): string {
  const values = key.slice(0, -1).map((v): Key => (v === null || v === undefined ? null : typeof v === 'number' ? v : String(v)));
  return Buffer.from(JSON.stringify({ o: order, k: values, i: String(key.at(-1)) })).toString('base64url');
}

/** A calendar date Neo4j's date() accepts: four-digit year, a real month and day. */
const isDate = (v: string): boolean => {
  const t = Date.parse(`${v}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(t) && new Date(t).toISOString().startsWith(v);
};
const fits = (k: OrderKey, v: Key): boolean =>
  v === null || (k.type === 'int' ? Number.isSafeInteger(v) : typeof v === 'string' && (k.type !== 'date' || isDate(v)));

/** The position an `after` argument names, for a list in `order` sorted by `keys`; a bad cursor is the user's error. */
export function decodeCursor(after: string, order: string, keys: readonly OrderKey[]): NonNullable<Page['after']> {
  const refuse = (why: string) => badInput(`Invalid argument: after: ${why}`);
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    throw refuse('is not a cursor this API gave out (use pageInfo.endCursor)');
  }
  const c = Cursor.safeParse(raw);
  if (!c.success || c.data.k.length !== keys.length || !keys.every((k, i) => fits(k, c.data.k[i] ?? null))) {
    throw refuse('is not a cursor this API gave out (use pageInfo.endCursor)');
  }
  if (c.data.o !== order) throw refuse(`is a cursor of a list ordered by ${c.data.o}; ask with that orderBy or start again without after`);
  return { keys: c.data.k, id: c.data.i };
}
