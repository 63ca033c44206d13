// Rewrites the errors of an answer, keeping them GraphQLErrors (Yoga picks the HTTP status from their kind).
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export type ErrorRewrite = (e: GraphQLError) => { message?: string; extensions?: Record<string, unknown> } | undefined;

/** A plugin that applies `rewrite` to every error of every answer (undefined: leave the error as it is). */
export function rewriteErrors(rewrite: ErrorRewrite): Plugin {
  const apply = (r: ExecutionResult): ExecutionResult => {
    if (!r.errors?.length) return r;
    let changed = false;
    const errors = r.errors.map((e) => {
      const change = rewrite(e);
      if (!change) return e;
      changed = true;
      const { nodes, source, positions, path, originalError } = e;
      return new GraphQLError(change.message ?? e.message, { nodes, source, positions, path, originalError, extensions: { ...e.extensions, ...change.extensions } });
    });
    return changed ? { ...r, errors } : r;
  };
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result)) setResult(result.map((r) => apply(r as ExecutionResult)) as typeof result);
      else if (typeof result === 'object' && result !== null && 'errors' in result) setResult(apply(result as ExecutionResult) as typeof result);
    },
  };
}
