// The short way in for query texts already answered (api/known-queries.ts), over real HTTP against the run's
// Neo4j: a repeated text is answered exactly as Yoga's whole path answered it (status, headers, body; with and
// without the response cache), an answer with errors is processed by Yoga as any other, and requests from pages,
// for foreign hosts or asking for another media type keep Yoga's whole path.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { createDriver } from '../graph/driver.ts';
import { knownQueries } from '../api/known-queries.ts';
import { originPolicy } from '../api/plugins/origins.ts';
import { createServer, createYogaApp, type Yoga } from '../api/server.ts';
import { recordingDriver } from '../bench/api-record.ts';
import { testConfig, testDriver } from './neo4j.ts';
import { Relay } from './relay.ts';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/** One POST with exactly these headers (fetch would add its own Accept and forbid setting Host). */
function post(port: number, body: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { port, host: '127.0.0.1', path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject).end(body);
  });
}

/** What a client relies on in an answer: the status, every header but the date (names and values), the body. */
const seen = (a: Answer) => {
  const { date, ...headers } = a.headers;
  return { status: a.status, dated: date !== undefined, headers, text: a.text };
};

/** Yoga, counting which way each request went: the short way (getResultForParams) or the whole (fetch, or Yoga as Node's listener). */
function counted(yoga: Yoga): { yoga: Yoga; ways: { short: number; whole: number } } {
  const ways = { short: 0, whole: 0 };
  const proxy = new Proxy(yoga, {
    get(target, prop) {
      const v: unknown = Reflect.get(target, prop);
      if (typeof v !== 'function') return v;
      const f = v as (...a: unknown[]) => unknown;
      if (prop === 'getResultForParams') return (...a: unknown[]) => (ways.short++, f(...a));
      if (prop === 'fetch') return (...a: unknown[]) => (ways.whole++, f.apply(target, a));
      return f.bind(target);
    },
    apply(target, self, args) {
      ways.whole++;
      return Reflect.apply(target, self, args);
    },
  });
  return { yoga: proxy, ways };
}

async function listen(listener: http.RequestListener): Promise<{ port: number; close: () => Promise<void> }> {
  const server = http.createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

const QUERIES = [
  '{ policies(first: 3) { totalCount edges { cursor node { id title issuedOn issuers { actor { name } } } } pageInfo { hasNextPage endCursor } } }',
  '{ ask(name: "agencies-issuing-guidelines", params: { agency: "CDE", year: 2023 }) { rows } }',
  '{ policies(filter: { issuer: "Shenzen Nowhere Bureau" }, first: 2) { totalCount } }', // an empty page with hints
].map((query) => JSON.stringify({ query }));
const WITH_VARIABLES = JSON.stringify({ query: 'query Page($n: Int) { regions(first: $n) { edges { node { id name } } } }', variables: { n: 2 }, operationName: 'Page' });

let driver: Driver;
let config: Config;

beforeAll(() => {
  config = testConfig();
  driver = testDriver();
});

afterAll(async () => {
  await driver.close();
});

describe('query texts already answered', () => {
  it('are answered as the first time, byte for byte, with and without the response cache, and take the short way', async () => {
    for (const responseCache of [false, true]) {
      const { yoga, ways } = counted(createYogaApp(driver, config, { responseCache }));
      const server = await listen(knownQueries(yoga, originPolicy(config.CORS_ORIGIN, config.API_HOST)));
      try {
        for (const body of [...QUERIES, WITH_VARIABLES]) {
          const first = await post(server.port, body);
          expect(first.status).toBe(200);
          expect(JSON.parse(first.text).errors).toBeUndefined();
          const before = { ...ways };
          const again = [await post(server.port, body), await post(server.port, body, { accept: 'application/json' })];
          expect(ways).toEqual({ short: before.short + 2, whole: before.whole });
          for (const a of again) expect(seen(a)).toEqual(seen(first));
          expect(first.headers.etag !== undefined).toBe(responseCache);
        }
        expect(JSON.parse((await post(server.port, QUERIES[2] as string)).text).extensions.hints[0].argument).toBe('filter.issuer');
      } finally {
        await server.close();
      }
    }
  });

  it('the served API (createServer) answers a repeated text the same, with one statement per request', async () => {
    const statements: string[] = [];
    const api = createServer(recordingDriver(driver, (cypher) => statements.push(cypher)), config, { responseCache: false });
    const url = new URL(await api.start(0, '127.0.0.1'));
    try {
      const first = await post(Number(url.port), QUERIES[0] as string);
      statements.length = 0;
      const again = await post(Number(url.port), QUERIES[0] as string);
      expect(seen(again)).toEqual(seen(first));
      expect(statements).toHaveLength(1);
    } finally {
      await api.stop();
    }
  });

  it('an answer with errors is processed by Yoga as any other (503 DATABASE_UNAVAILABLE), its statements run once', async () => {
    const bolt = new URL(config.NEO4J_URI.replace(/^[a-z+]+:/, 'http:'));
    const relay = new Relay({ host: bolt.hostname, port: Number(bolt.port || 7687) });
    const viaRelay = createDriver({ ...config, NEO4J_URI: `bolt://127.0.0.1:${await relay.open()}` });
    let statements = 0;
    const { yoga, ways } = counted(createYogaApp(recordingDriver(viaRelay, () => statements++), config));
    const server = await listen(knownQueries(yoga, originPolicy(config.CORS_ORIGIN, config.API_HOST)));
    const known = JSON.stringify({ query: '{ policies(first: 1) { totalCount } }' });
    const unknown = JSON.stringify({ query: '{ policies(first: 1) { totalCount }  }' }); // the same question, other bytes
    try {
      expect((await post(server.port, known)).status).toBe(200);
      expect((await post(server.port, known)).status).toBe(200);
      await relay.cut();
      statements = 0;
      const shortWay = await post(server.port, known);
      const shortStatements = statements;
      statements = 0;
      const wholeWay = await post(server.port, unknown);
      expect(ways.short).toBe(2);
      expect(shortStatements).toBe(statements); // the short way's failed attempts were not repeated by Yoga
      expect(seen(shortWay)).toEqual(seen(wholeWay));
      expect(shortWay.status).toBe(503);
      expect(shortWay.headers['retry-after']).toBe('5');
      expect(JSON.parse(shortWay.text).errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['DATABASE_UNAVAILABLE']);
      await relay.open();
      expect((await post(server.port, known)).status).toBe(200);
    } finally {
      await server.close();
      await relay.cut();
      await viaRelay.close();
    }
  });

  it('a text answered with errors, or as a batch, is not learnt: it keeps Yoga’s whole path', async () => {
    const { yoga, ways } = counted(createYogaApp(driver, config));
    const server = await listen(knownQueries(yoga, originPolicy(config.CORS_ORIGIN, config.API_HOST)));
    const bad = JSON.stringify({ query: '{ policies(first: 1000) { totalCount } }' }); // over the page maximum
    const batch = JSON.stringify([{ query: '{ policies(first: 1) { totalCount } }' }]);
    try {
      for (const body of [bad, batch, bad, batch]) {
        const answer = await post(server.port, body);
        expect(answer.text).toMatch(/"errors"/);
      }
      expect(JSON.parse((await post(server.port, bad)).text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(ways).toEqual({ short: 0, whole: 5 });
    } finally {
      await server.close();
    }
  });

  it('pages (Origin), foreign hosts and other media types keep Yoga’s whole path, known text or not', async () => {
    const { yoga, ways } = counted(createYogaApp(driver, config));
    const server = await listen(knownQueries(yoga, originPolicy(config.CORS_ORIGIN, config.API_HOST)));
    const body = QUERIES[0] as string;
    try {
      await post(server.port, body);
      await post(server.port, body);
      expect(ways.short).toBe(1);
      const page = await post(server.port, body, { origin: 'http://localhost:5173' });
      expect(page.headers['access-control-allow-origin']).toBe('http://localhost:5173');
      const foreign = await post(server.port, body, { host: 'evil.example:4000' });
      expect(foreign.status).toBe(403);
      expect(foreign.text).toMatch(/HOST_NOT_ALLOWED/);
      const other = await post(server.port, body, { accept: 'application/graphql-response+json' });
      expect(other.headers['content-type']).toBe('application/graphql-response+json; charset=utf-8');
      expect(ways.short).toBe(1);
    } finally {
      await server.close();
    }
  });
});
