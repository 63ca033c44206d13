// The relations of one document as they are found: one per (type, from, to), the rules of every statement kept.
import type { Relation, RelationType } from '../types.ts';

const edgeKeys = new WeakMap<Relation[], Set<string>>();

/** `a` is `b` told to the day or month (2025-04-08 of 2025-04). */
export const morePrecise = (a: string, b: string): boolean => a.length > b.length && a.startsWith(b);

/** Adds a relation unless it is a loop or already known; a fact stated again by another rule carries both,
 *  and the more precise of their dates. */
export function edge(rels: Relation[], type: RelationType, from: string, to: string, evidence: string, extra: Partial<Relation> = {}): void {
  if (from === to) return;
  let keys = edgeKeys.get(rels);
  if (!keys) edgeKeys.set(rels, (keys = new Set(rels.map((r) => `${r.type}|${r.from}|${r.to}`))));
  const k = `${type}|${from}|${to}`;
  if (keys.has(k)) {
    const known = extra.rules || extra.date ? rels.find((r) => r.type === type && r.from === from && r.to === to) : undefined;
    for (const id of known ? (extra.rules ?? []) : []) if (!known!.rules?.includes(id)) (known!.rules ??= []).push(id);
    // The same act stated again with its day ("approved X" in April, "on April 8"): the more precise date.
    if (known && extra.date && (known.date === undefined || morePrecise(extra.date, known.date))) known.date = extra.date;
    return;
  }
  keys.add(k);
  rels.push({ type, from, to, evidence, ...extra });
}
