// No "Did you mean …?" in any answer: graphql-js suggests field, argument, type and enum names in validation
// and variable errors, which hands a stranger the schema piece by piece even with introspection limited.
import type { Plugin } from 'graphql-yoga';
import { rewriteErrors } from './rewrite-errors.ts';

const SUGGESTION = / ?Did you mean [^?]*\?/g;

export function useNoSuggestions(): Plugin {
  return rewriteErrors((e) => (e.message.includes('Did you mean') ? { message: e.message.replace(SUGGESTION, '') } : undefined));
}
