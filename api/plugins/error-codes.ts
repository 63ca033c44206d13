// Every error a client gets carries a code. graphql-js gives none to bad variable values, graphql-armor none to
// its limits (and calls them "Syntax Error"): both are about the request, so they are the user's (BAD_USER_INPUT).
// Errors from resolvers already have theirs; internal ones are masked as INTERNAL_SERVER_ERROR.
import type { Plugin } from 'graphql-yoga';
import { rewriteErrors } from './rewrite-errors.ts';

export function useErrorCodes(): Plugin {
  return rewriteErrors((e) =>
    e.extensions?.code || e.path
      ? undefined
      : { message: e.message.replace(/^Syntax Error: (?=.*limit)/i, ''), extensions: { code: 'BAD_USER_INPUT' } },
  );
}
