// Answers list the top-level fields in the order the query asked for them (the GraphQL spec's rule). The
// executor fills the root object as resolvers finish, so a quick field would otherwise come before a slow one.
import { Kind, type DocumentNode, type ExecutionResult, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { ExecuteDone } from './execute-done.ts';
import type { Plugin } from 'graphql-yoga';

function responseKeys(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, out: string[] = [], seen = new Set<string>()): string[] {
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) out.push(sel.alias?.value ?? sel.name.value);
    else if (sel.kind === Kind.INLINE_FRAGMENT) responseKeys(sel.selectionSet, fragments, out, seen);
    else if (!seen.has(sel.name.value)) {
      seen.add(sel.name.value);
      const frag = fragments.get(sel.name.value);
      if (frag) responseKeys(frag.selectionSet, fragments, out, seen);
    }
  }
  return out;
}

/** The root response keys of the operation that runs, in query order; read once per document and operation. */
const orders = new WeakMap<DocumentNode, Map<string, string[]>>();
function rootOrder(document: DocumentNode, operationName?: string | null): string[] {
  let byOp = orders.get(document);
  if (!byOp) orders.set(document, (byOp = new Map()));
  const known = byOp.get(operationName ?? '');
  if (known) return known;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const op = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName));
  const keys = op?.kind === Kind.OPERATION_DEFINITION ? [...new Set(responseKeys(op.selectionSet, fragments))] : [];
  byOp.set(operationName ?? '', keys);
  return keys;
}

/** True when the answer's root keys already come in `order` (always so for one root field). */
function inOrder(data: Record<string, unknown>, order: string[]): boolean {
  let i = 0;
  for (const key in data) {
    while (i < order.length && order[i] !== key) i++;
    if (i === order.length) return false;
  }
  return true;
}

export function useFieldOrder(): Plugin {
  // One hook object for every request (its payload carries the arguments): nothing allocated per request.
  const done: ExecuteDone = {
    onExecuteDone({ args, result, setResult }) {
      if (Symbol.asyncIterator in result) return;
      const r = result as ExecutionResult;
      if (!r.data) return;
      const order = rootOrder(args.document, args.operationName);
      if (inOrder(r.data, order)) return;
      const data: Record<string, unknown> = {};
      for (const key of order) if (Object.hasOwn(r.data, key)) data[key] = r.data[key];
      for (const [key, value] of Object.entries(r.data)) if (!Object.hasOwn(data, key)) data[key] = value;
      setResult({ ...r, data });
    },
  };
  return {
    // One root field can only come in its place: nothing to check after execution.
    onExecute: ({ args }) => (rootOrder(args.document, args.operationName).length > 1 ? done : undefined),
  };
}
