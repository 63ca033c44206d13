// What the API does when Neo4j goes away, when a page from another site calls it, when a query is too big and
// when input is hostile: answers in seconds, in words, without internals. Against the run's real Neo4j.
import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { createDriver } from '../graph/driver.ts';
import { createServer, createYogaApp, type Yoga } from '../api/server.ts';
import { MAX_BODY_BYTES } from '../api/plugins/body-limit.ts';
import { encodeCursor } from '../api/cursor.ts';
import { createReader, QueryMemoryError } from '../queries/run.ts';
import { testConfig, testDriver } from './neo4j.ts';
import { Relay } from './relay.ts';

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(app: Yoga, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await app.fetch('http://127.0.0.1:4000/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', host: '127.0.0.1:4000', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Answer['body'] };
}

const codes = (a: Answer): unknown[] => a.body.errors?.map((e) => e.extensions?.code) ?? [];

let driver: Driver;
let config: Config;
let yoga: Yoga;

beforeAll(() => {
  config = testConfig();
  driver = testDriver();
  yoga = createYogaApp(driver, config);
});

afterAll(async () => {
  await driver.close();
});

describe('Neo4j goes away and comes back', () => {
  it('answers 503 DATABASE_UNAVAILABLE within 3 s, /health and /ready say so, and it recovers without a restart', async () => {
    const bolt = new URL(config.NEO4J_URI.replace(/^[a-z+]+:/, 'http:'));
    const relay = new Relay({ host: bolt.hostname, port: Number(bolt.port || 7687) });
    const port = await relay.open();
    const viaRelay = createDriver({ ...config, NEO4J_URI: `bolt://127.0.0.1:${port}` });
    const app = createYogaApp(viaRelay, config);
    const query = '{ policies(first: 1) { totalCount } }';
    try {
      const up = await post(app, query);
      expect(up.status).toBe(200);
      expect(up.body.errors).toBeUndefined();
      expect((await app.fetch('http://127.0.0.1/ready')).status).toBe(200);

      await relay.cut();
      const t0 = Date.now();
      const down = await post(app, query);
      const took = Date.now() - t0;
      expect(took).toBeLessThan(3000);
      expect(down.status).toBe(503);
      expect(codes(down)).toEqual(['DATABASE_UNAVAILABLE']);
      expect(down.body.errors?.[0]?.message).toMatch(/database is not available/);
      expect(JSON.stringify(down.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|bolt|Neo4jError/);
      const health = await app.fetch('http://127.0.0.1/health');
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'degraded', database: 'unavailable' });
      const ready = await app.fetch('http://127.0.0.1/ready');
      expect(ready.status).toBe(503);

      await relay.open(); // same port: the same driver and server, nothing restarted
      const back = await post(app, query);
      expect(back.status).toBe(200);
      expect(back.body.errors).toBeUndefined();
      expect(await (await app.fetch('http://127.0.0.1/health')).json()).toEqual({ status: 'ok', database: 'up' });
      console.log(`[figure] Neo4j unreachable → HTTP 503 DATABASE_UNAVAILABLE after ${took} ms`);
    } finally {
      await relay.cut();
      await viaRelay.close();
    }
  });

  it('a port where nothing listens, or a server that never answers, is unavailable within 3 s too', async () => {
    const silent = net.createServer(() => undefined); // accepts connections, never says a word
    const silentPort = await new Promise<number>((resolve) => silent.listen(0, '127.0.0.1', () => resolve((silent.address() as net.AddressInfo).port)));
    const drivers = [createDriver({ ...config, NEO4J_URI: 'bolt://127.0.0.1:9' }), createDriver({ ...config, NEO4J_URI: `bolt://127.0.0.1:${silentPort}` })];
    try {
      for (const d of drivers) {
        const t0 = Date.now();
        const r = await post(createYogaApp(d, config), '{ search(text: "cell") { score } }');
        const took = Date.now() - t0;
        expect(took).toBeLessThan(3000);
        expect([r.status, ...codes(r)]).toEqual([503, 'DATABASE_UNAVAILABLE']);
        console.log(`[figure] ${d === drivers[0] ? 'nothing listening' : 'silent server'} → 503 after ${took} ms`);
      }
    } finally {
      for (const d of drivers) void d.close().catch(() => undefined);
      silent.close();
    }
  });
});

describe('private by default', () => {
  const q = '{ questions { name } }';

  it('refuses pages from other sites (403, no CORS headers) unless CORS_ORIGIN lists them', async () => {
    const foreign = await post(yoga, q, {}, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(codes(foreign)).toEqual(['ORIGIN_NOT_ALLOWED']);
    const preflight = await yoga.fetch('http://127.0.0.1:4000/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', host: '127.0.0.1:4000' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const listed = createYogaApp(driver, { ...config, CORS_ORIGIN: 'https://analyst.example' });
    const ok = await post(listed, q, {}, { origin: 'https://analyst.example' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://analyst.example');
    expect((await post(listed, q, {}, { origin: 'https://evil.example' })).status).toBe(403);
  });

  it('lets GraphiQL, local pages, pages of the address the API listens on and non-browser clients in', async () => {
    for (const origin of ['http://127.0.0.1:4000', 'http://localhost:5173', 'http://[::1]:8080']) {
      const r = await post(yoga, q, {}, { origin });
      expect(r.status, origin).toBe(200);
      expect(r.headers.get('access-control-allow-origin'), origin).toBe(origin);
    }
    expect((await post(yoga, q)).status).toBe(200);
    // A foreign name resolved to this machine (DNS rebinding) is still a foreign page, whatever Host it sends.
    const rebound = await post(yoga, q, {}, { origin: 'http://evil.example:4000', host: 'evil.example:4000' });
    expect(rebound.status).toBe(403);
    const reboundGet = await yoga.fetch(`http://evil.example:4000/graphql?query=${encodeURIComponent(q)}`, { headers: { host: 'evil.example:4000' } });
    expect(reboundGet.status).toBe(403);
    expect(((await reboundGet.json()) as Answer['body']).errors?.[0]?.extensions?.code).toBe('HOST_NOT_ALLOWED');
    // Probes answer whatever address an orchestrator uses.
    expect((await yoga.fetch('http://10.0.0.7:4000/ready', { headers: { host: '10.0.0.7:4000' } })).status).toBe(200);
    const listedName = createYogaApp(driver, { ...config, CORS_ORIGIN: 'https://policygraph.example' });
    expect((await post(listedName, q, {}, { host: 'policygraph.example' })).status).toBe(200);
    // The address the API listens on is its own.
    const lan = createYogaApp(driver, { ...config, API_HOST: '192.168.1.5' });
    expect((await post(lan, q, {}, { origin: 'http://192.168.1.5:4000', host: '192.168.1.5:4000' })).status).toBe(200);
  });

  it('masks internal errors whatever NODE_ENV says; details only with API_DEBUG', async () => {
    const before = process.env.NODE_ENV;
    process.env.NODE_ENV = 'development';
    try {
      const broken = { ...config, NEO4J_DATABASE: 'nosuchdb' };
      const masked = await post(createYogaApp(driver, broken), '{ policies { totalCount } }');
      expect(masked.body.errors?.[0]?.message).toBe('Unexpected error.');
      expect(JSON.stringify(masked.body)).not.toMatch(/nosuchdb|Neo4j|stack|\.ts:\d/);
      const debug = await post(createYogaApp(driver, { ...broken, API_DEBUG: true }), '{ policies { totalCount } }');
      expect(JSON.stringify(debug.body)).toMatch(/nosuchdb/);
    } finally {
      process.env.NODE_ENV = before;
    }
  });

  it('suggests no names of the schema, in validation or in variables', async () => {
    const answers = [
      await post(yoga, '{ policies(orderBy: TITEL) { totalCount } }'),
      await post(yoga, 'query($o: PolicyOrder) { policies(orderBy: $o) { totalCount } }', { o: 'TITEL' }),
      await post(yoga, '{ polices { totalCount } }'),
      await post(yoga, '{ policies(filtr: {}) { totalCount } }'),
      await post(yoga, 'query($f: PolicyFilter) { policies(filter: $f) { totalCount } }', { f: { isuer: 'x' } }),
    ];
    for (const a of answers) {
      expect(a.body.errors?.length).toBeGreaterThan(0);
      expect(JSON.stringify(a.body)).not.toMatch(/Did you mean|TITLE|issuer/);
    }
    expect(answers[0]?.body.errors?.[0]?.message).toMatch(/TITEL/);
  });

  it('never answers an absolute server path for a document', async () => {
    await driver.executeQuery(
      `UNWIND [['doc:sec-abs.txt', '/home/analyst/secret/sec-abs.txt'], ['doc:sec-win.txt', 'C:\\\\Users\\\\a\\\\sec-win.txt'], ['doc:sec-rel.txt', 'reports/sec-rel.txt']] AS d
       CREATE (:Document {id: d[0], path: d[1]})`,
    );
    try {
      const r = await post(yoga, `{ a: node(id: "doc:sec-abs.txt") { ... on Document { path } } w: node(id: "doc:sec-win.txt") { ... on Document { path } }
        r: node(id: "doc:sec-rel.txt") { ... on Document { path } } }`);
      expect(r.body.data).toEqual({ a: { path: null }, w: { path: null }, r: { path: 'reports/sec-rel.txt' } });
    } finally {
      await driver.executeQuery("MATCH (d:Document) WHERE d.id STARTS WITH 'doc:sec-' DETACH DELETE d");
    }
  });
});

describe('one query cannot take the database', () => {
  it('the server caps one transaction’s memory, and a query over it is refused at once, not retried', async () => {
    const cap = await driver.executeQuery("CALL dbms.listConfig('db.memory.transaction.max') YIELD value RETURN value");
    expect(cap.records[0]?.get('value'), 'set db.memory.transaction.max on the test Neo4j (db start and docker-compose do)').not.toMatch(/^0\s*B?$/);
    const reader = createReader(driver, { timeoutS: config.CYPHER_TIMEOUT_S });
    const t0 = Date.now();
    await expect(reader.read('UNWIND range(1, 30000000) AS x WITH collect(toString(x)) AS xs RETURN size(xs) AS n')).rejects.toBeInstanceOf(QueryMemoryError);
    // Retried as "transient", the same statement would take the driver's 30 s of retries; refused, it takes one attempt.
    const took = Date.now() - t0;
    expect(took).toBeLessThan(10_000);
    console.log(`[figure] transaction over the memory cap refused after ${took} ms (one attempt)`);
  });

  it('the nested-sources memory bomb is refused or capped within the request deadline', async () => {
    // A region named by 300 documents that each name 60 other regions, themselves named by all 300: asking for
    // the sources of the sources of its mentions would be 300 × 60 × 300 rows.
    await driver.executeQuery(
      `UNWIND range(0, 59) AS k CREATE (:Region {id: 'region:sec-bomb-' + k, name: 'Bomb ' + k})
       WITH count(*) AS made
       CREATE (:Region {id: 'region:sec-bomb', name: 'Bomb'})
       WITH made UNWIND range(0, 299) AS i
       CREATE (d:Document {id: 'doc:sec-bomb-' + i, title: 'Bomb document ' + i})
       WITH d MATCH (r:Region) WHERE r.id STARTS WITH 'region:sec-bomb'
       CREATE (d)-[:MENTIONS {evidence: 'A sentence that names the region, long enough to weigh something in memory.'}]->(r)`,
    );
    try {
      const bomb = `{ node(id: "region:sec-bomb") { ... on Region { sources { document { mentions(first: 100) {
        node { ... on Region { sources { evidence document { id title } } } } } } } } } }`;
      const deadlineS = 5;
      const t0 = Date.now();
      const r = await post(createYogaApp(driver, { ...config, CYPHER_TIMEOUT_S: deadlineS }), bomb);
      const took = Date.now() - t0;
      // Neo4j checks transaction deadlines every couple of seconds: allow that much past it.
      expect(took).toBeLessThan(deadlineS * 1000 + 3000);
      expect(r.status).toBeLessThan(500);
      if (r.body.errors) {
        expect(codes(r)).toEqual([expect.stringMatching(/^(QUERY_TOO_LARGE|TIMEOUT)$/)]);
        expect(r.body.errors[0]?.message).toMatch(/too large|too long/);
      } else {
        expect(r.body.data?.node).toBeTruthy();
      }
      console.log(`[figure] memory-bomb query answered in ${took} ms: ${r.body.errors ? codes(r).join(',') : 'data (capped)'}`);
    } finally {
      await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH 'doc:sec-bomb' OR n.id STARTS WITH 'region:sec-bomb' DETACH DELETE n");
    }
  });
});

describe('request bodies are capped', () => {
  /** POSTs `body` over real HTTP, with its Content-Length or (chunked) without one. */
  const send = (url: string, body: string, chunked: boolean): Promise<{ status: number; text: string }> =>
    new Promise((resolve, reject) => {
      const headers: Record<string, string | number> = { 'content-type': 'application/json' };
      if (!chunked) headers['content-length'] = Buffer.byteLength(body);
      const req = http.request(url, { method: 'POST', headers }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
      // Chunked: the body in pieces, so the cap is met while it is still arriving.
      for (let i = 0; i < body.length; i += 65_536) req.write(body.slice(i, i + 65_536));
      req.end();
    });

  it('answers a normal question and refuses a body over the cap with 413, with or without a Content-Length', async () => {
    const api = createServer(driver, config, { responseCache: false });
    const url = await api.start(0, '127.0.0.1');
    try {
      const small = JSON.stringify({ query: '{ questions { name } }' });
      const big = JSON.stringify({ query: '{ questions { name } }', variables: { pad: 'x'.repeat(MAX_BODY_BYTES) } });
      for (const chunked of [false, true]) {
        const ok = await send(url, small, chunked);
        expect([ok.status, JSON.parse(ok.text).data?.questions.length > 5]).toEqual([200, true]);
        const refused = await send(url, big, chunked);
        expect(refused.status, chunked ? 'chunked' : 'with Content-Length').toBe(413);
        expect(JSON.parse(refused.text).errors[0].extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
      }
      const bad = await post(yoga, '{ questions { name } }', {}, { 'content-length': '10, 10' });
      expect(bad.status).toBe(400);
    } finally {
      await api.stop();
    }
  });
});

describe('input that used to become a server error', () => {
  it('huge cursors, negative limits, 1 MB parameters and reserved aliases are the user’s errors', async () => {
    const cases: [string, Record<string, unknown>][] = [
      [`{ policies(after: "${Buffer.from('offset:1000000000000').toString('base64url')}") { totalCount } }`, {}],
      [`{ actors(orderBy: POLICIES_DESC, after: "${encodeCursor('POLICIES_DESC', [10 ** 20, 'agency:x'])}") { totalCount } }`, {}],
      [`{ policies(after: "${encodeCursor('ISSUED_ON_DESC', ['+999999-01-01', 'policy:x'])}") { totalCount } }`, {}],
      ['{ ask(name: "first-licences", params: { limit: -1 }) { rows } }', {}],
      ['{ ask(name: "busiest-issuers", params: { top: -1 }) { rows } }', {}],
      ['query($p: JSON) { ask(name: "co-issuers", params: $p) { rows } }', { p: { agency: 'x'.repeat(1_000_000) } }],
      ['{ ask(name: "drafts-and-successors", params: { since: "2023-13-45" }) { rows } }', {}],
      ['{ policies(first: 1) { edges { node { __typename: id } } } }', {}],
      ['{ __proto__: questions { name } }', {}],
    ];
    for (const [query, variables] of cases) {
      const r = await post(yoga, query, variables);
      expect(r.status, query).toBeLessThan(500);
      expect(r.body.errors?.length, query).toBeGreaterThan(0);
      for (const c of codes(r)) expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED'], query).toContain(c);
    }
  });
});
