// Keyset paging: a page continues after the last item's order-key values and id, so a deep page costs what the
// first one does and items loaded meanwhile neither repeat nor vanish from a walk. Cursors are opaque to clients
// (base64url JSON); whatever a client sends back is checked here and only ever reaches Cypher as parameters.
// One definition for the root lists (lists.ts) and the nested ones (select.ts).
import { z } from 'zod';

/** One key of a list's order; the id always follows as the tie-breaker. `type` says how a cursor's value is read back. */
export interface OrderKey {
  expr: string;
  desc?: boolean;
  type: 'date' | 'string' | 'int';
}

type Key = string | number | null;

/** Where a page starts: after the item with these order-key values and id. */
export interface Position {
  keys: Key[];
  id: string;
}

/** A cursor the client sent that this API did not give out, or gave out for another list; `why` completes "after: …". */
export class CursorError extends Error {
  constructor(readonly why: string) {
    super(`after: ${why}`);
  }
}

const Cursor = z.object({ o: z.string(), k: z.array(z.union([z.string().max(1000), z.number(), z.null()])).max(4), i: z.string().max(1000) });

/** The cursor of an item: the order it was listed in, its order-key values, its id (last). */
export function encodeCursor(order: string, key: unknown[]): string {
  const values = key.slice(0, -1).map((v): Key => (v === null || v === undefined ? null : typeof v === 'number' ? v : String(v)));
  return Buffer.from(JSON.stringify({ o: order, k: values, i: String(key.at(-1)) })).toString('base64url');
}

/** The Cypher for an order key's value as a cursor holds it: dates as text (what encodeCursor would make of them,
 *  without the driver decoding a date value first). */
export const cursorValue = (k: OrderKey): string => (k.type === 'date' ? `toString(${k.expr})` : k.expr);

/** A calendar date Neo4j's date() accepts: four-digit year, a real month and day. */
const isDate = (v: string): boolean => {
  const t = Date.parse(`${v}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(t) && new Date(t).toISOString().startsWith(v);
};
const fits = (k: OrderKey, v: Key): boolean =>
  v === null || (k.type === 'int' ? Number.isSafeInteger(v) : typeof v === 'string' && (k.type !== 'date' || isDate(v)));

/** The position a cursor names, for a list in `order` sorted by `keys`; anything else is a CursorError. */
export function readCursor(after: string, order: string, keys: readonly OrderKey[], otherOrder: (o: string) => string): Position {
  const foreign = 'is not a cursor this API gave out (use pageInfo.endCursor or a link’s cursor)';
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    throw new CursorError(foreign);
  }
  const c = Cursor.safeParse(raw);
  if (!c.success) throw new CursorError(foreign);
  if (c.data.o !== order) throw new CursorError(otherOrder(c.data.o));
  if (c.data.k.length !== keys.length || !keys.every((k, i) => fits(k, c.data.k[i] ?? null))) throw new CursorError(foreign);
  return { keys: c.data.k, id: c.data.i };
}

/**
 * The rows that come after a cursor in `keys` order (then `id`), as Cypher orders them: null is the largest
 * value (last ascending, first descending). Ties go to the next key inside a CASE, never an OR: the planner would
 * split an OR into a union of index seeks and lose the index order the page relies on. `nonNull` lists the keys
 * the filter already compares (so no null can match), which may then bound the index seek from the cursor on.
 */
export function keysetAfter(
  c: { param(value: unknown): string },
  keys: readonly OrderKey[],
  after: Position,
  nonNull: (expr: string) => boolean,
  id = 'n.id',
): string {
  const step = (i: number): string => {
    const k = keys[i];
    if (!k) return `${id} > ${c.param(after.id)}`;
    const v = after.keys[i] ?? null;
    const rest = step(i + 1);
    const e = k.expr;
    if (v === null) return k.desc ? `CASE WHEN ${e} IS NULL THEN ${rest} ELSE true END` : `(${e} IS NULL AND ${rest})`;
    const p = k.type === 'date' ? `date(${c.param(v)})` : c.param(v);
    const tie = `CASE WHEN ${e} = ${p} THEN ${rest} ELSE true END`;
    if (k.desc) return `${e} <= ${p} AND ${tie}`;
    if (nonNull(e)) return `${e} >= ${p} AND ${tie}`;
    return `CASE WHEN ${e} IS NULL THEN true WHEN ${e} = ${p} THEN ${rest} ELSE ${e} > ${p} END`;
  };
  return step(0);
}
