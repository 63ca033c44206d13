// No "Did you mean …?" in any answer: graphql-js suggests field, argument, type and enum names in validation
// and variable errors, which hands a stranger the schema piece by piece even with introspection limited.
import type { ExecutionResult, GraphQLFormattedError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const SUGGESTION = / ?Did you mean [^?]*\?/g;

export function useNoSuggestions(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result)) setResult(result.map((r) => clean(r as ExecutionResult)) as typeof result);
      else if (isResult(result)) setResult(clean(result) as typeof result);
    },
  };
}

const isResult = (r: unknown): r is ExecutionResult => typeof r === 'object' && r !== null && 'errors' in r;

function clean(r: ExecutionResult): ExecutionResult {
  if (!r.errors?.some((e) => e.message.includes('Did you mean'))) return r;
  const errors = r.errors.map((e): GraphQLFormattedError => {
    const plain: GraphQLFormattedError = typeof e.toJSON === 'function' ? e.toJSON() : e;
    return { ...plain, message: plain.message.replace(SUGGESTION, '') };
  });
  return { ...r, errors: errors as unknown as ExecutionResult['errors'] };
}
