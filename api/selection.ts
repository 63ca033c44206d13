// Reads what a GraphQL query asks for (fields, aliases, arguments, fragments, @skip/@include) into the plain
// selection tree that queries/select.ts compiles to one Cypher statement.
import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isObjectType,
  typeFromAST,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { FieldSelection } from '../queries/select.ts';

interface Ctx {
  schema: GraphQLSchema;
  fragments: GraphQLResolveInfo['fragments'];
  variables: Record<string, unknown>;
}

function included(ctx: Ctx, node: Parameters<typeof getDirectiveValues>[1]): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, ctx.variables)?.if === true) return false;
  if (getDirectiveValues(GraphQLIncludeDirective, node, ctx.variables)?.if === false) return false;
  return true;
}

function conditionMatches(ctx: Ctx, typeName: string | undefined, runtime: GraphQLObjectType): boolean {
  if (!typeName) return true;
  const t = ctx.schema.getType(typeName);
  if (!t) return false;
  if (t === runtime) return true;
  return isAbstractType(t) && ctx.schema.isSubType(t, runtime);
}

/** The fields (grouped by response key) that apply when the value is of `runtime` type, as GraphQL executes them. */
function collect(ctx: Ctx, runtime: GraphQLObjectType, sets: readonly SelectionSetNode[], out = new Map<string, FieldNode[]>(), seen = new Set<string>()): Map<string, FieldNode[]> {
  for (const set of sets) {
    for (const sel of set.selections) {
      if (!included(ctx, sel)) continue;
      if (sel.kind === 'Field') {
        const key = sel.alias?.value ?? sel.name.value;
        out.set(key, [...(out.get(key) ?? []), sel]);
      } else if (sel.kind === 'InlineFragment') {
        if (conditionMatches(ctx, sel.typeCondition?.name.value, runtime)) collect(ctx, runtime, [sel.selectionSet], out, seen);
      } else {
        const name = sel.name.value;
        const frag = ctx.fragments[name];
        if (!frag || seen.has(name)) continue;
        seen.add(name);
        const cond = typeFromAST(ctx.schema, frag.typeCondition);
        if (cond && conditionMatches(ctx, cond.name, runtime)) collect(ctx, runtime, [frag.selectionSet], out, seen);
      }
    }
  }
  return out;
}

function possibleTypes(schema: GraphQLSchema, type: GraphQLCompositeType): readonly GraphQLObjectType[] {
  return isAbstractType(type) ? schema.getPossibleTypes(type) : isObjectType(type) ? [type] : [];
}

/** The sub-selection of field nodes of composite type `type`, for each concrete type it may take. */
function subSelection(ctx: Ctx, type: GraphQLCompositeType, nodes: readonly FieldNode[]): Map<string, FieldSelection[]> {
  const sets = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  const sub = new Map<string, FieldSelection[]>();
  for (const runtime of possibleTypes(ctx.schema, type)) {
    const fields: FieldSelection[] = [];
    for (const [key, group] of collect(ctx, runtime, sets)) {
      const first = group[0];
      if (!first) continue;
      const name = first.name.value;
      if (name.startsWith('__')) continue;
      const def = runtime.getFields()[name];
      if (!def) continue;
      const args = getArgumentValues(def, first, ctx.variables);
      const named = getNamedType(def.type);
      fields.push({ key, field: name, args, sub: isCompositeType(named) ? subSelection(ctx, named, group) : undefined });
    }
    sub.set(runtime.name, fields);
  }
  return sub;
}

/** The selection under the field being resolved (info.fieldNodes), per concrete type. */
export function selectionOf(info: GraphQLResolveInfo): Map<string, FieldSelection[]> {
  const ctx: Ctx = { schema: info.schema, fragments: info.fragments, variables: info.variableValues };
  const type = getNamedType(info.returnType);
  if (!isCompositeType(type)) return new Map();
  return subSelection(ctx, type, info.fieldNodes);
}

/** Follows a path of field names (edges → node) through a selection of object types; merges what it finds. */
export function descend(sel: Map<string, FieldSelection[]> | undefined, path: string[]): Map<string, FieldSelection[]> | undefined {
  let current = sel;
  for (const step of path) {
    if (!current) return undefined;
    const merged = new Map<string, FieldSelection[]>();
    let found = false;
    for (const fields of current.values()) {
      for (const f of fields) {
        if (f.field !== step || !f.sub) continue;
        found = true;
        for (const [t, sub] of f.sub) merged.set(t, [...(merged.get(t) ?? []), ...sub]);
      }
    }
    current = found ? merged : undefined;
  }
  return current;
}

/** True when a field of that name is asked for at this level. */
export function asks(sel: Map<string, FieldSelection[]>, field: string): boolean {
  for (const fields of sel.values()) if (fields.some((f) => f.field === field)) return true;
  return false;
}

const byOperation = new WeakMap<object, Map<string, unknown>>();
/** Distinct variable sets remembered per operation. */
const VARIANTS_KEPT = 64;

/**
 * Work that depends only on the operation — its document (which Yoga parses once and keeps) and its variables —
 * such as reading the selection and compiling the Cypher: done once per distinct operation, then reused.
 * `work` must not depend on anything else; a throw is not remembered.
 */
export function perOperation<T>(info: GraphQLResolveInfo, work: () => T): T {
  const field = info.fieldNodes[0];
  if (!field) return work();
  let seen = byOperation.get(field);
  if (!seen) byOperation.set(field, (seen = new Map()));
  const key = JSON.stringify(info.variableValues);
  if (seen.has(key)) return seen.get(key) as T;
  const value = work();
  if (seen.size >= VARIANTS_KEPT) seen.delete(seen.keys().next().value as string);
  seen.set(key, value);
  return value;
}
