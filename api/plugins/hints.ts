// Hints for names the graph does not hold: a filter on a misspelt region or issuer ("Shenzen") still answers its
// (empty) page, and the answer's `extensions.hints` says so and offers the closest names.
import { distance } from 'fastest-levenshtein';
import type { ExecutionResult } from 'graphql';
import type { ExecuteDone } from './execute-done.ts';
import type { Plugin } from 'graphql-yoga';
import { closestNamesStatement } from '../../queries/lists.ts';
import type { GraphReader } from '../../queries/run.ts';

export interface Hint {
  field: string;
  argument: string;
  value: string;
  message: string;
  closest: { id: string; name: string }[];
}

export interface HintContext {
  reader: GraphReader;
  hints: Hint[];
}

/** A filter argument that names something of `label` (an id, a name, a Chinese name or an alias). */
export interface NamedArgument {
  argument: string;
  label: 'Actor' | 'Region';
  value: string | undefined;
}

const CANDIDATES = 25;
const SHOWN = 5;

/** Adds a hint for each named argument that matches nothing; the closest names by edit distance first. */
export async function hintUnknownNames(ctx: HintContext, field: string, named: NamedArgument[]): Promise<void> {
  for (const { argument, label, value } of named) {
    if (!value) continue;
    const st = closestNamesStatement(label, value, CANDIDATES);
    const row = (await ctx.reader.read(st.cypher, st.params))[0];
    if (!row || (row.known as number) > 0) continue;
    const wanted = value.toLowerCase();
    const closest = (row.closest as { id: string; name: string }[])
      .map((c) => ({ ...c, d: distance(wanted, c.name.toLowerCase()) }))
      .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
      .slice(0, SHOWN)
      .map(({ id, name }) => ({ id, name }));
    const what = label === 'Region' ? 'region' : 'actor';
    const offer = closest.length ? `; closest names: ${closest.map((c) => `${c.name} (${c.id})`).join(', ')}` : '';
    ctx.hints.push({ field, argument, value, message: `No ${what} is named ${JSON.stringify(value)}${offer}.`, closest });
  }
}

/** Puts the hints the resolvers collected into the answer's `extensions.hints`. */
export function useHints(): Plugin {
  // One hook object for every request (its payload carries the arguments): nothing allocated per request.
  const done: ExecuteDone = {
    onExecuteDone({ args, result, setResult }) {
      const hints = (args.contextValue as Partial<HintContext>).hints;
      if (!hints?.length || Symbol.asyncIterator in result) return;
      const r = result as ExecutionResult;
      setResult({ ...r, extensions: { ...r.extensions, hints } });
    },
  };
  return { onExecute: () => done };
}
