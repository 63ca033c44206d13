// Execution through graphql-jit: each operation is compiled to a function once, which runs the resolvers without
// graphql-js's per-field bookkeeping (the nested questions' answers hold hundreds of objects).
// Nested values come from map projections keyed by each field's alias, which the schema's fields read through a
// resolver (readByAlias). graphql-jit calls a resolver with its own resolve info for every value, but reads a field
// without one inline, by its name: so an operation with no aliases below its root fields (alias = name everywhere
// the projections key values) is compiled against the same schema without those resolvers — one property read a
// value instead of a call. graphql-jit reads a custom scalar's literal without the request's variables, so a document
// that passes variables inside such a literal — `ask(params: { agency: $issuer })`, a JSON scalar — runs through
// graphql-js as before.
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { getNamedType, isScalarType, Kind, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { Plugin, PromiseOrValue } from 'graphql-yoga';

/** True when no argument of a scalar type that reads variables in its literals (parseLiteral(ast, variables)) holds a variable. */
function jitSafe(schema: GraphQLSchema, document: DocumentNode): boolean {
  const info = new TypeInfo(schema);
  let safe = true;
  visit(
    document,
    visitWithTypeInfo(info, {
      Argument(node) {
        const type = info.getInputType();
        const named = type ? getNamedType(type) : undefined;
        if (named && isScalarType(named) && named.parseLiteral.length > 1 && node.value.kind !== 'Variable' && JSON.stringify(node.value).includes('"Variable"')) {
          safe = false;
        }
      },
    }),
  );
  return safe;
}

/** True when only the operations' root fields carry aliases (fragments count as nested: they may be spread anywhere). */
function aliasFreeBelowRoot(document: DocumentNode): boolean {
  let depth = 0;
  let found = false;
  visit(document, {
    SelectionSet: { enter: () => void depth++, leave: () => void depth-- },
    FragmentDefinition: { enter: () => void depth++, leave: () => void depth-- },
    Field(node) {
      if (node.alias && depth > 1) found = true;
    },
  });
  return !found;
}

/** A compiled operation, with the executor Yoga is handed (made once: it gives each result the compiled serializer). */
type Compiled = { execute: (args: ExecutionArgs) => PromiseOrValue<ExecutionResult> } | undefined;

function executorOf(q: CompiledQuery): NonNullable<Compiled> {
  // The compiled serializer goes with the result: Yoga writes the answer with it.
  const withSerializer = (r: ExecutionResult): ExecutionResult => Object.assign(r, { stringify: q.stringify });
  return {
    execute: (a) => {
      const out = q.query(a.rootValue, a.contextValue, a.variableValues);
      return out instanceof Promise ? out.then(withSerializer) : withSerializer(out);
    },
  };
}

/** Executes documents through graphql-jit; `direct` is the schema without the alias-reading resolvers. */
export function useJit(direct: GraphQLSchema): Plugin {
  // Per document, per operation name: the compiled operation, or undefined for graphql-js.
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled>>();
  const compile = (schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): Compiled => {
    if (!jitSafe(schema, document)) return undefined;
    const target = aliasFreeBelowRoot(document) ? direct : schema;
    const q = compileQuery(target, document, operationName);
    return isCompiledQuery(q) ? executorOf(q) : undefined; // a document graphql-jit cannot compile: graphql-js reports it
  };
  return {
    onExecute({ args, setExecuteFn }) {
      const name = args.operationName ?? '';
      let byName = compiled.get(args.document);
      if (!byName) compiled.set(args.document, (byName = new Map()));
      if (!byName.has(name)) byName.set(name, compile(args.schema, args.document, args.operationName ?? undefined));
      const q = byName.get(name);
      if (q) setExecuteFn(q.execute);
    },
  };
}
