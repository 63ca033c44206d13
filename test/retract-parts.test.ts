// How a retract cuts its documents into transactions (graph/load.ts packParts): at most a hundred each and at most
// the budget of list entries rewritten between them, packed over all the documents in order. No database: the list
// sizes are made up here (a hub link every document states, and each document's own small lists).
import { describe, expect, it } from 'vitest';
import { packParts } from '../graph/load.ts';

/** `n` documents, each stating the hub (a list of `hub` entries) and `own` entries of lists of its own. */
function corpus(n: number, hub: number, own: number): { docs: string[]; sizes: Map<string, Map<string, number>> } {
  const docs = Array.from({ length: n }, (_, i) => `doc:p${String(i).padStart(3, '0')}.txt`);
  const sizes = new Map(docs.map((d) => [d, new Map([['hub', hub], [`own-${d}`, own]])]));
  return { docs, sizes };
}

const lengths = (parts: string[][]) => parts.map((p) => p.length);

describe('retract parts (packParts)', () => {
  it('packs over all the documents, not per hundred: a hub most of the budget, 200 documents in 3 parts, not 4', () => {
    const { docs, sizes } = corpus(200, 42_000, 90);
    // Per hundred (as before): 42,000 + 88 × 90 fits, so each hundred is 88 + 12.
    const perHundred = [...packParts(docs.slice(0, 100), sizes, 50_000), ...packParts(docs.slice(100), sizes, 50_000)];
    expect(lengths(perHundred)).toEqual([88, 12, 88, 12]);
    const parts = packParts(docs, sizes, 50_000);
    expect(lengths(parts)).toEqual([88, 88, 24]);
    expect(parts.flat()).toEqual(docs);
  });

  it('at most a hundred documents a part, whatever the budget', () => {
    const { docs, sizes } = corpus(250, 10, 1);
    expect(lengths(packParts(docs, sizes, 1e9))).toEqual([100, 100, 50]);
  });

  it('a document over the budget alone is a part of its own; the order is kept', () => {
    const { docs, sizes } = corpus(3, 10, 5);
    sizes.set(docs[1]!, new Map([['big', 999]]));
    expect(packParts(docs, sizes, 100)).toEqual([[docs[0]], [docs[1]], [docs[2]]]);
  });

  it('a document without sizes (no supports) costs nothing', () => {
    const { docs } = corpus(5, 0, 0);
    expect(lengths(packParts(docs, new Map(), 10))).toEqual([5]);
  });
});
