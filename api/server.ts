// The GraphQL server: schema from schema.graphql, resolvers by type, hardened by graphql-armor limits,
// read-only Cypher with one deadline per request, masked internal errors, pages from other sites refused,
// /health and /ready, GraphiQL with examples.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { createReader } from '../queries/run.ts';
import { EXAMPLE_TABS, HEADLINE_QUERY } from './examples.ts';
import { renderGraphiQL, useGraphiQLAssets } from './graphiql.ts';
import { useGuide } from './guide.ts';
import { knownQueries, useKnownQueries, type ServerContext } from './known-queries.ts';
import { useBodyLimit } from './plugins/body-limit.ts';
import { useErrorCodes } from './plugins/error-codes.ts';
import { useFieldOrder } from './plugins/field-order.ts';
import { useHealth } from './plugins/health.ts';
import { useHints } from './plugins/hints.ts';
import { useJit } from './plugins/jit.ts';
import { useListCost } from './plugins/list-cost.ts';
import { useNoSuggestions } from './plugins/no-suggestions.ts';
import { originPolicy, useOrigins } from './plugins/origins.ts';
import { useReservedAliases } from './plugins/reserved-aliases.ts';
import { graphStamp, useGraphResponseCache } from './plugins/response-cache.ts';
import { useValidationCache } from './plugins/validation-cache.ts';
import { readByAlias, resolvers, type ApiContext } from './resolvers.ts';

const DIR = path.dirname(fileURLToPath(import.meta.url));

/** Limits that stop abusive queries before any Cypher runs. */
export const LIMITS = { maxDepth: 12, maxAliases: 15, maxCost: 100_000, maxTokens: 2_000 } as const;

/** The schema with its resolvers; `byAlias: false` leaves the fields that only read their parent's value without a
 *  resolver (for operations whose nested fields have no aliases, executed by plugins/jit.ts). */
export function buildSchema({ byAlias = true } = {}): GraphQLSchema {
  const typeDefs = fs.readFileSync(path.join(DIR, 'schema.graphql'), 'utf8');
  const schema = makeExecutableSchema<ApiContext>({ typeDefs, resolvers });
  if (!byAlias) return schema;
  // Nested values come from map projections keyed by the field's alias: read those first.
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) field.resolve ??= readByAlias;
  }
  return schema;
}

export type Yoga = YogaServerInstance<ServerContext, ApiContext>;

export interface AppOptions {
  /** Cache answers until the graph changes (plugins/response-cache.ts): on in the served API (createServer), off
   *  by default here so an in-process app runs exactly one statement per root field and nothing else. */
  responseCache?: boolean;
  /** Execute through graphql-jit (each document compiled to a function once): on unless turned off. */
  jit?: boolean;
}

export function createYogaApp(driver: Driver, config: Config, options: AppOptions = {}): Yoga {
  // Each request gets a reader with its own deadline: every statement and retry of the request ends by then.
  const readerUntil = (deadline: number) =>
    createReader(driver, { timeoutS: config.CYPHER_TIMEOUT_S, database: config.NEO4J_DATABASE, deadline });
  const origins = originPolicy(config.CORS_ORIGIN, config.API_HOST);
  return createYoga<ServerContext, ApiContext>({
    schema: buildSchema(),
    context: () => ({ reader: readerUntil(Date.now() + config.CYPHER_TIMEOUT_S * 1000), hints: [] }),
    graphqlEndpoint: '/graphql',
    // Yoga's own always-200 check moves aside: /health and /ready (plugins/health.ts) also say whether Neo4j answers.
    healthCheckEndpoint: '/live',
    landingPage: false,
    // Internal errors become "Unexpected error." whatever NODE_ENV says; details only with API_DEBUG=true.
    maskedErrors: { isDev: config.API_DEBUG },
    cors: (request) => origins.cors(request),
    // GraphiQL from local files (api/graphiql.ts), opening on the headline question's tab.
    graphiql: { title: 'PolicyGraph', defaultQuery: HEADLINE_QUERY, defaultTabs: EXAMPLE_TABS },
    renderGraphiQL,
    // Bodies are capped by plugins/body-limit.ts, which counts only those without a Content-Length.
    maxRequestBodySize: false,
    // Parsed documents are kept by Yoga; validation results by plugins/validation-cache.ts.
    parserAndValidationCache: { validationCache: false },
    plugins: [
      useValidationCache(), // first, where Yoga's own would be: the other plugins see the result as before
      useGuide('/graphql'), // public static text for Neo4j Browser on another port, so before the origin check
      useOrigins(origins),
      useGraphiQLAssets(),
      useHealth(readerUntil),
      useBodyLimit(),
      useReservedAliases(),
      useNoSuggestions(),
      useListCost(),
      useErrorCodes(),
      useFieldOrder(),
      useHints(),
      EnvelopArmorPlugin({
        maxDepth: { n: LIMITS.maxDepth },
        maxAliases: { n: LIMITS.maxAliases },
        costLimit: { maxCost: LIMITS.maxCost },
        maxTokens: { n: LIMITS.maxTokens },
      }),
      // graphql-jit replaces the executor, so it comes first: the response cache wraps whichever runs.
      ...(options.jit === false ? [] : [useJit(buildSchema({ byAlias: false }))]),
      ...(options.responseCache ? [useGraphResponseCache(graphStamp(driver, config.NEO4J_DATABASE))] : []),
      useKnownQueries(), // known-queries.ts: short-way answers with errors processed as usual; clean answers make a text known
    ],
  });
}

export interface ApiServer {
  yoga: Yoga;
  /** Listens (port 0: a free port) and returns the GraphQL URL. */
  start(port?: number, host?: string): Promise<string>;
  stop(): Promise<void>;
  url?: string;
}

export function createServer(driver: Driver, config: Config, options: AppOptions = { responseCache: true }): ApiServer {
  const yoga = createYogaApp(driver, config, options);
  // Query texts already answered take a shorter way in (known-queries.ts); everything else is Yoga's as it stands.
  const server = http.createServer(knownQueries(yoga, originPolicy(config.CORS_ORIGIN, config.API_HOST)));
  const api: ApiServer = {
    yoga,
    start: (port = config.API_PORT, host = config.API_HOST) =>
      new Promise((resolve, reject) => {
        server.once('error', (e: NodeJS.ErrnoException) =>
          reject(e.code === 'EADDRINUSE' ? new Error(`port ${port} on ${host} is in use; set API_PORT to another port`) : e),
        );
        server.listen(port, host, () => {
          const addr = server.address() as AddressInfo;
          const shown = host.includes(':') ? `[${host}]` : host;
          api.url = `http://${shown}:${addr.port}${yoga.graphqlEndpoint}`;
          resolve(api.url);
        });
      }),
    stop: () =>
      new Promise((resolve, reject) => {
        if (!server.listening) return resolve();
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
  return api;
}

export async function startServer(driver: Driver, config: Config, port?: number, host?: string): Promise<ApiServer> {
  const api = createServer(driver, config);
  await api.start(port, host);
  void warnWithoutMemoryCap(driver, config);
  return api;
}

/**
 * One request must not take the memory every other request needs: the managed Neo4j and docker-compose cap a
 * transaction (db.memory.transaction.max); a server someone else runs may not. Say so once, at start.
 */
async function warnWithoutMemoryCap(driver: Driver, config: Config): Promise<void> {
  try {
    const reader = createReader(driver, { timeoutS: 5, database: config.NEO4J_DATABASE });
    const rows = await reader.read("CALL dbms.listConfig('db.memory.transaction.max') YIELD name, value RETURN value");
    const value = String(rows[0]?.value ?? '');
    if (/^0\s*B?$/i.test(value)) {
      console.error(
        `Note: Neo4j at ${config.NEO4J_URI} lets one transaction use all of its memory (db.memory.transaction.max=0); ` +
          'set it (e.g. 256m) so one large query cannot starve the others. Answers stay bounded by the page and size limits.',
      );
    }
  } catch {
    // Not allowed to read the settings (a hosted Neo4j): nothing to say.
  }
}
