// Keyset cursors of the root lists (the codec itself is queries/keyset.ts, shared with the nested lists): a cursor
// a client sends back is checked against the list's order, and a bad one is the user's error, naming `after`.
import { badInput } from './args.ts';
import { CursorError, readCursor, type OrderKey, type Position } from '../queries/keyset.ts';

export { encodeCursor } from '../queries/keyset.ts';

/** The position an `after` argument names, for a list in `order` sorted by `keys`; a bad cursor is the user's error. */
export function decodeCursor(after: string, order: string, keys: readonly OrderKey[]): Position {
  try {
    return readCursor(after, order, keys, (o) => `is a cursor of a list ordered by ${o}; ask with that orderBy or start again without after`);
  } catch (e) {
    if (e instanceof CursorError) throw badInput(`Invalid argument: ${e.message}`);
    throw e;
  }
}
