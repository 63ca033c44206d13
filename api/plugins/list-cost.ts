// The most nodes an answer can hold, counted before any Cypher runs: every list multiplies what is under it by
// the items it may return (its `first`, else the default the compiler uses; a variable counts as the maximum).
// graphql-armor's cost limit counts fields, not list sizes, so nested lists (sources → document → mentions →
// sources…) could otherwise ask Neo4j for millions of rows in one request.
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isListType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { DEFAULT_NESTED, MAX_NESTED } from '../../queries/select.ts';
import { MAX_PAGE } from '../args.ts';

/** The most nodes (objects) one answer may hold. */
export const MAX_NODES = 500_000;

/** Lists whose `first` may go past the usual page maximum (api/args.ts). */
const LARGEST_FIRST: Record<string, number> = { timeline: 1000, policyCounts: 1000 };

/** How many items a list field may return: its `first` literal, its default, or the largest allowed. */
function itemsOf(field: GraphQLField<unknown, unknown>, node: FieldNode): number {
  const arg = node.arguments?.find((a) => a.name.value === 'first');
  if (arg?.value.kind === Kind.INT) return Number(arg.value.value);
  const def = field.args.find((a) => a.name === 'first');
  if (!def) return 1; // a list without `first` is bounded by its parent (edges) or small by nature (aliases, path steps)
  if (arg) return LARGEST_FIRST[field.name] ?? Math.max(MAX_PAGE, MAX_NESTED); // a variable: the most it may be
  return typeof def.defaultValue === 'number' ? def.defaultValue : DEFAULT_NESTED;
}

/** The connection fields (`policies`…) page their `edges`: the page size multiplies what is under them. */
const isConnection = (field: GraphQLField<unknown, unknown>): boolean => getNamedType(field.type).name.endsWith('Connection');

function count(ctx: ValidationContext, set: SelectionSetNode, parentType: string, seen: Set<string>): number {
  const schema = ctx.getSchema();
  let total = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.INLINE_FRAGMENT) {
      total += count(ctx, sel.selectionSet, sel.typeCondition?.name.value ?? parentType, seen);
    } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
      const frag = ctx.getFragment(sel.name.value);
      if (frag && !seen.has(frag.name.value)) total += count(ctx, frag.selectionSet, frag.typeCondition.name.value, new Set([...seen, frag.name.value]));
    } else {
      const type = schema.getType(parentType);
      const field = type && 'getFields' in type ? (type.getFields()[sel.name.value] as GraphQLField<unknown, unknown> | undefined) : undefined;
      if (!field || !sel.selectionSet) continue;
      const named = getNamedType(field.type);
      if (!isCompositeType(named)) continue;
      const n = isListType(getNullableType(field.type)) || isConnection(field) ? itemsOf(field, sel) : 1;
      total += n * (1 + count(ctx, sel.selectionSet, named.name, seen));
    }
  }
  return total;
}

const ListCost: ValidationRule = (ctx) => ({
  OperationDefinition(op) {
    const root = ctx.getSchema().getRootType(op.operation);
    if (!root) return;
    const nodes = count(ctx, op.selectionSet, root.name, new Set());
    if (nodes > MAX_NODES) {
      ctx.reportError(
        new GraphQLError(
          `The query could return up to ${nodes.toLocaleString('en')} objects, more than the ${MAX_NODES.toLocaleString('en')} allowed: ` +
            'ask for smaller pages (first) in the nested lists, or fewer levels.',
          { nodes: [op], extensions: { code: 'BAD_USER_INPUT' } },
        ),
      );
    }
  },
});

export function useListCost(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(ListCost);
    },
  };
}
