// A GraphQL fuzz test against the seed graph: boundary and random values for every argument of the schema (root
// and nested, as variables and as literals) and hostile aliases. Every answer must be data or the user's error
// (BAD_USER_INPUT or a validation/parse error), never a server error.
import fs from 'node:fs';
import path from 'node:path';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { ROOT } from '../config.ts';
import { loadPaths, retractDocuments } from '../graph/load.ts';
import { ensureSchema } from '../graph/schema.ts';
import { buildSchema, createYogaApp, type Yoga } from '../api/server.ts';
import { encodeCursor } from '../api/cursor.ts';
import { testConfig, testDriver } from './neo4j.ts';

const SEEDS = path.join(ROOT, '..', 'shared', 'corpus', 'seeds');
/** The codes of errors that are the user's: anything else (or no code) from a fuzzed request is a defect. */
const USER_ERRORS = ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED'];

let driver: Driver;
let yoga: Yoga;
let schema: GraphQLSchema;

beforeAll(async () => {
  driver = testDriver();
  await ensureSchema(driver);
  expect((await loadPaths(driver, [SEEDS])).failed).toEqual([]);
  yoga = createYogaApp(driver, testConfig());
  schema = buildSchema();
});

afterAll(async () => {
  await retractDocuments(driver, fs.readdirSync(SEEDS).filter((f) => !f.startsWith('.')));
  await driver.close();
});

/** A small seeded PRNG (mulberry32): the same run every time, so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STRINGS = [
  '', ' ', 'x', 'CDE', 'Shenzhen', 'Shenzen', '幹細胞', '干细胞', 'agency:cn/nmpa/cde', 'region:CN', 'doc:../../etc/passwd', '/etc/passwd',
  "') RETURN 1 //", '$p0', '`n`', '\\', '\u0000', '\uD800', '🙂'.repeat(50), 'a'.repeat(201), 'a'.repeat(100_000),
  // Cursors: real-looking and forged (other orders, impossible dates, huge numbers, wrong shapes, old offsets).
  encodeCursor('ISSUED_ON_DESC', ['2023-01-01', 'policy:x']), encodeCursor('TITLE', ['a', 'policy:x']), encodeCursor('NAME', ['x', 'region:CN']),
  encodeCursor('ISSUED_ON_DESC', ['2023-13-45', 'policy:x']), encodeCursor('ISSUED_ON_DESC', [1e300, 'x']), encodeCursor('POLICIES_DESC', [1e12, 'x']),
  encodeCursor('NAME', ['x'.repeat(5000), 'x']), Buffer.from('{"o":"TITLE","k":[{"a":1}],"i":"x"}').toString('base64url'),
  Buffer.from('offset:1000000000000').toString('base64url'), Buffer.from('offset:-1').toString('base64url'),
];
const INTS = [0, 1, -1, 2, 6, 7, 50, 100, 101, 1000, 1001, 1899, 2023, 2101, 2147483647, -2147483648];
const DATES = ['2023-01-01', '2023-12-31', '2023-02-29', '2024-02-29', '2023-13-45', '2023', '2023-03', '', '0000-00-00', '9999-12-31'];
const JSONS: unknown[] = [
  {}, [], 'text', 1, true, { top: -1 }, { limit: -1 }, { limit: 1e300 }, { year: 2023.5 }, { year: 'soon' }, { agency: 'x'.repeat(2000) },
  { agency: { nested: 1 } }, { agency: null }, { since: '2023-13-45' }, { __proto__: { polluted: true } }, { constructor: 'x' },
  Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i])),
];

/** Boundary values for an input type (valid and invalid, including values of the wrong type). */
function valuesFor(type: GraphQLInputType, rnd: () => number, depth = 0): unknown[] {
  if (isNonNullType(type)) return valuesFor(type.ofType, rnd, depth);
  if (isListType(type)) {
    const inner = valuesFor(type.ofType, rnd, depth);
    return [null, [], [inner[0]], inner.slice(0, 3), inner[1], Array.from({ length: 200 }, () => inner[0])];
  }
  if (isEnumType(type)) return [null, ...type.getValues().map((v) => v.name), 'NOPE', 1];
  if (isInputObjectType(type)) {
    if (depth > 1) return [null, {}];
    const out: unknown[] = [null, {}, 'not an object', { nope: 1 }];
    for (const f of Object.values(type.getFields())) {
      for (const v of valuesFor(f.type, rnd, depth + 1)) out.push({ [f.name]: v });
    }
    // A few random combinations of every field.
    for (let i = 0; i < 6; i++) out.push(Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, pick(valuesFor(f.type, rnd, depth + 1), rnd)])));
    return out;
  }
  switch (type.name) {
    case 'Int':
      return [null, ...INTS, 2.5, '1', 1e20];
    case 'Float':
      return [null, 0, -1, 1e308, '1'];
    case 'Boolean':
      return [null, true, false, 'true', 0];
    case 'Date':
      return [null, ...DATES];
    case 'JSON':
      return [null, ...JSONS];
    default:
      return [null, ...STRINGS, 12];
  }
}

/** Good values for the required arguments while another one is fuzzed. */
const GOOD: Record<string, unknown> = {
  id: 'agency:cn/nmpa/cde',
  text: 'cell',
  region: 'Guangdong',
  fromId: 'agency:cn/nhc',
  toId: 'agency:cn/most',
  by: 'YEAR',
  name: 'co-issuers',
};

const pick = <T>(xs: T[], rnd: () => number): T => xs[Math.floor(rnd() * xs.length)] as T;

/** A small selection that reaches a field's nested arguments (one level of object fields below). */
function selectionOf(type: GraphQLNamedType, depth: number): string {
  if (!isObjectType(type) && !isInterfaceType(type)) return '';
  const parts = ['__typename'];
  if (isInterfaceType(type)) {
    for (const t of schema.getPossibleTypes(type)) parts.push(`... on ${t.name} { ${fieldsOf(t, depth)} }`);
  } else {
    parts.push(fieldsOf(type, depth));
  }
  return `{ ${parts.filter(Boolean).join(' ')} }`;
}

function fieldsOf(type: { getFields(): Record<string, GraphQLField<unknown, unknown>> }, depth: number): string {
  if (depth > 2) return 'id';
  const out: string[] = [];
  for (const f of Object.values(type.getFields())) {
    const named = getNamedType(f.type);
    if (isScalarType(named) || isEnumType(named)) {
      if (['id', 'title', 'name', 'issuedOn', 'path', 'totalCount', 'cursor', 'evidence'].includes(f.name)) out.push(f.name);
    } else if (depth < 2 && ['edges', 'node', 'nodes', 'issuers', 'sources', 'document', 'actor', 'steps'].includes(f.name)) {
      out.push(`${f.name} ${selectionOf(named, depth + 1)}`);
    }
  }
  return out.join(' ') || '__typename';
}

interface Probe {
  query: string;
  variables: Record<string, unknown>;
}

/** Requests for one root field: each argument through its boundary values, then random combinations. */
function probesFor(field: GraphQLField<unknown, unknown>, rnd: () => number): Probe[] {
  const args = field.args;
  const decl = (a: GraphQLArgument): string => `$${a.name}: ${a.type.toString()}`;
  const query = `query${args.length ? `(${args.map(decl).join(', ')})` : ''} { r: ${field.name}${
    args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : ''
  } ${selectionOf(getNamedType(field.type), 0)} }`;
  // One argument at a time through its values, the others valid (absent, or a good value when required) …
  const valid = (): Record<string, unknown> =>
    Object.fromEntries(args.filter((a) => isNonNullType(a.type)).map((a) => [a.name, GOOD[a.name] ?? valuesFor(a.type, rnd)[1]]));
  const probes: Probe[] = [];
  for (const a of args) {
    for (const v of valuesFor(a.type, rnd)) probes.push({ query, variables: { ...valid(), [a.name]: v } });
  }
  // … then random combinations of every argument.
  for (let i = 0; i < 10; i++) probes.push({ query, variables: Object.fromEntries(args.map((a) => [a.name, pick(valuesFor(a.type, rnd), rnd)])) });
  return probes;
}

async function data<T>(query: string): Promise<T> {
  const r = await send({ query, variables: {} });
  expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
  return r.body.data as T;
}

async function send(p: Probe): Promise<{ status: number; body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } }> {
  const res = await yoga.fetch('http://127.0.0.1/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: p.query, variables: p.variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } };
}

function check(p: Probe, r: Awaited<ReturnType<typeof send>>, bad: string[]): void {
  const codes = r.body.errors?.map((e) => e.extensions?.code ?? `(no code) ${e.message}`) ?? [];
  const wrong = codes.filter((c) => !USER_ERRORS.includes(c));
  if (r.status >= 500 || wrong.length || (!r.body.errors && r.body.data === undefined)) {
    bad.push(`${r.status} ${wrong.join('; ') || 'no data'} ← ${p.query.slice(0, 120)} ${JSON.stringify(p.variables).slice(0, 200)}`);
  }
}

describe('GraphQL fuzz', () => {
  it('every argument of every root field, boundary and random values: data or the user’s error', async () => {
    const rnd = random(20261206);
    const bad: string[] = [];
    let sent = 0;
    let answered = 0;
    const probes = Object.values(schema.getQueryType()?.getFields() ?? {}).flatMap((field) => probesFor(field, rnd));
    // A few requests in flight at once, as several analysts would send them; each answer is checked alone.
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < probes.length) {
        const p = probes[next++]!;
        const r = await send(p);
        check(p, r, bad);
        sent++;
        if (r.body.data && !r.body.errors) answered++;
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
    console.log(`[figure] fuzz: ${sent} requests over every root argument, ${answered} answered with data, ${bad.length} server errors`);
    // The values reach the resolvers and Neo4j, not only the validation in front of them.
    expect(answered).toBeGreaterThan(sent / 5);
    const kinds = [...new Set(bad.map((b) => b.replace(/\$\w+|"[^"]*"|\d+/g, '_').slice(0, 90)))];
    expect(kinds, kinds.slice(0, 15).join('\n')).toEqual([]);
    expect(sent).toBeGreaterThan(500);
  }, 300_000); // ~10 s alone; minutes on a machine shared with other jobs

  it('nested list arguments (first:) take boundary values as literals and as variables', async () => {
    const bad: string[] = [];
    for (const v of [...INTS, 2.5, '"1"', 'null']) {
      const lit = typeof v === 'number' ? String(v) : v;
      for (const query of [
        `{ policies(first: 5) { edges { node { issuers(first: ${lit}) { actor { id } } appliesTo(first: ${lit}) { region { id } } } } } }`,
        `{ node(id: "agency:cn/nmpa") { ... on Agency { parts(first: ${lit}) { agency { issued(first: ${lit}) { policy { id } } } } } } }`,
      ]) {
        const p = { query, variables: {} };
        check(p, await send(p), bad);
      }
      const p = { query: 'query($n: Int) { node(id: "agency:cn/nmpa/cde") { ... on Agency { issued(first: $n) { policy { id } } } } }', variables: { n: v } };
      check(p, await send(p), bad);
    }
    expect(bad, bad.join('\n')).toEqual([]);
  });

  it('every argument of every nested field, on a real node of each type: data or the user’s error', async () => {
    const ids = await data<Record<string, { edges: { node: { id: string } }[] }>>(`{
      Policy: policies(first: 1) { edges { node { id } } } Proposal: proposals(first: 1) { edges { node { id } } }
      Licence: licences(first: 1) { edges { node { id } } } Region: regions(filter: { hasPolicies: true }, first: 1) { edges { node { id } } }
      Agency: actors(filter: { type: [Agency] }, orderBy: POLICIES_DESC, first: 1) { edges { node { id } } }
      Organization: actors(filter: { type: [Organization] }, first: 1) { edges { node { id } } }
      Person: actors(filter: { type: [Person] }, first: 1) { edges { node { id } } } }`);
    for (const [type, page] of Object.entries(ids)) expect(page.edges.length, `a ${type} in the seed graph`).toBe(1);
    const idOf = (type: string): string => ids[type]?.edges[0]?.node.id ?? (type === 'Document' ? 'doc:002_aa38597a7d2e4e9c.txt' : `${type}:none`);
    const rnd = random(7);
    const bad: string[] = [];
    let sent = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || !type.getInterfaces().some((i) => i.name === 'Node')) continue;
      for (const field of Object.values(type.getFields()).filter((f) => f.args.length)) {
        const sub = isScalarType(getNamedType(field.type)) ? '' : '{ __typename }';
        for (const arg of field.args) {
          const query = `query($v: ${arg.type.toString()}) { node(id: "${idOf(type.name)}") { ... on ${type.name} { ${field.name}(${arg.name}: $v) ${sub} } } }`;
          for (const v of valuesFor(arg.type, rnd)) {
            const p = { query, variables: { v } };
            check(p, await send(p), bad);
            sent++;
          }
        }
      }
    }
    console.log(`[figure] fuzz: ${sent} requests over every nested argument, ${bad.length} server errors`);
    expect(bad, bad.slice(0, 10).join('\n')).toEqual([]);
    expect(sent).toBeGreaterThan(200);
  }, 300_000);

  it('hostile aliases: reserved names are refused, prototype-like names answer their own field', async () => {
    for (const alias of ['__typename', '__schema', '__proto__', '__x', 'then']) {
      const r = await send({ query: `{ policies(first: 1) { edges { node { ${alias}: title } } } }`, variables: {} });
      expect(r.status, alias).toBeLessThan(500);
      expect(r.body.errors?.[0]?.message, alias).toMatch(/reserved/);
    }
    const names = ['constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'catch', 'id', 'node', 'edges'];
    const fields = names.map((n, i) => `${n}: ${i % 2 ? 'title' : 'id'}`).join(' ');
    const r = await send({ query: `{ valueOf: policies(first: 2) { constructor: edges { toString: node { ${fields} } } } }`, variables: {} });
    expect(r.body.errors).toBeUndefined();
    const edges = (r.body.data as { valueOf: { constructor: { toString: Record<string, string> }[] } }).valueOf.constructor;
    expect(edges.length).toBe(2);
    for (const e of edges) {
      names.forEach((n, i) => expect(e.toString[n], n).toMatch(i % 2 ? /\S/ : /^policy:/));
    }
  });
});
