// Execution through graphql-jit: each document is compiled to a function once, which runs the resolvers without
// graphql-js's per-field bookkeeping (the nested questions' answers hold hundreds of objects). graphql-jit reads
// a custom scalar's literal without the request's variables, so a document that passes variables inside such a
// literal — `ask(params: { agency: $issuer })`, a JSON scalar — runs through graphql-js as before.
import { useGraphQlJit } from '@envelop/graphql-jit';
import { getNamedType, isScalarType, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';

const verdicts = new WeakMap<DocumentNode, boolean>();

/** True when no argument of a scalar type that reads variables in its literals (parseLiteral(ast, variables)) holds a variable. */
function jitSafe(schema: GraphQLSchema, document: DocumentNode): boolean {
  const known = verdicts.get(document);
  if (known !== undefined) return known;
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
  verdicts.set(document, safe);
  return safe;
}

export function useJit(): ReturnType<typeof useGraphQlJit> {
  return useGraphQlJit({}, { enableIf: ({ schema, document }) => jitSafe(schema, document) });
}
