// Aliases may not start with "__": those names are GraphQL's own (__typename, __schema), and an alias that
// shadows them would make an answer claim a different type. Nor may one be "then": nested values are keyed by
// alias, and an object with a `then` key passes for a promise in JavaScript. Refused before any Cypher runs.
import { GraphQLError, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const ReservedAliases: ValidationRule = (context) => ({
  Field(node) {
    const alias = node.alias?.value;
    if (alias?.startsWith('__')) {
      context.reportError(
        new GraphQLError(`Alias "${alias}" is not allowed: names starting with "__" are reserved by GraphQL.`, { nodes: [node] }),
      );
    } else if (alias === 'then') {
      context.reportError(new GraphQLError('Alias "then" is not allowed: it is reserved (choose another alias).', { nodes: [node] }));
    }
  },
});

export function useReservedAliases(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(ReservedAliases);
    },
  };
}
