// Repeated questions cost nothing: answers are cached (graphql-yoga's response cache) under a key that includes the
// graph's change stamp, so the first answer after any write that commits — a load, a retract, anything — is
// computed afresh. The stamp is the bookmark Neo4j returns for a read: it names the last committed transaction,
// so it changes exactly when the graph does. One stamp read serves every request that arrives while none is
// running (a request never uses a read that started before it arrived, so it cannot miss a commit before it).
import { createHash } from 'node:crypto';
import { createInMemoryCache, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import neo4j, { type Driver } from 'neo4j-driver';
import { stackless } from '../../queries/run.ts';

/** Answers kept (least recently used go first). */
export const RESPONSE_CACHE_ENTRIES = 1_000;
/** A stamp that takes longer than this (Neo4j busy or gone) means: answer without the cache this time. */
const STAMP_WAIT_MS = 500;

/** The statement whose bookmark is the stamp: it reads nothing. */
export const STAMP_STATEMENT = 'RETURN 1';

/** The graph's change stamp, read from Neo4j; concurrent callers share one read that started after they called. */
export function graphStamp(driver: Driver, database?: string): () => Promise<string> {
  const read = async (): Promise<string> => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ, database });
    try {
      // No stack trace taken for the driver's messages (queries/run.ts): one is read for every few answers.
      await stackless(() => session.run(STAMP_STATEMENT, {}, { timeout: STAMP_WAIT_MS * 4 }));
      return session.lastBookmarks().join(',');
    } finally {
      await session.close();
    }
  };
  let running: Promise<string> | undefined;
  let next: Promise<string> | undefined;
  const stamp = (): Promise<string> => {
    if (!running) {
      running = read().finally(() => {
        running = undefined;
      });
      return running;
    }
    // A read is under way but may have started before this call: wait for the one after it.
    next ??= running
      .catch(() => '')
      .then(() => {
        next = undefined;
        return stamp();
      });
    return next;
  };
  return stamp;
}

function within<T>(ms: number, p: Promise<T>): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([p.catch(() => undefined), late]).finally(() => clearTimeout(timer));
}

export function useGraphResponseCache(stamp: () => Promise<string>, entries = RESPONSE_CACHE_ENTRIES): Plugin {
  let uncached = 0;
  // Each key's digest, by the text it digests: a question repeated under one stamp is hashed once.
  const digests = new Map<string, string>();
  const digest = (text: string): string => {
    let key = digests.get(text);
    if (key === undefined) {
      if (digests.size >= entries) digests.clear();
      digests.set(text, (key = createHash('sha256').update(text).digest('base64url')));
    }
    return key;
  };
  return useResponseCache({
    session: () => null, // answers are the same for everyone: the API is read-only and has no users
    cache: createInMemoryCache({ max: entries }),
    invalidateViaMutation: false,
    includeExtensionMetadata: false,
    buildResponseCacheKey: async ({ documentString, variableValues, operationName }) => {
      const s = await within(STAMP_WAIT_MS, stamp());
      // No stamp, no cache: a key no other request has, so the answer is computed (and Neo4j's error reported).
      if (!s) return `uncached-${uncached++}`;
      return digest(JSON.stringify([s, documentString, variableValues ?? {}, operationName ?? null]));
    },
  });
}
