// The GraphQL API and the named questions, against a real Neo4j loaded with the seed documents.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver, SessionConfig } from 'neo4j-driver';
import { recordingDriver } from '../bench/api-record.ts';
import { ROOT, type Config } from '../config.ts';
import { loadPaths, retractDocuments } from '../graph/load.ts';
import { ensureSchema } from '../graph/schema.ts';
import { createYogaApp, startServer, type Yoga } from '../api/server.ts';
import { HEADLINE_QUERY, IDENTITY_QUERY, NESTED_QUERY, SEARCH_QUERY } from '../api/examples.ts';
import { ask, questions } from '../queries/index.ts';
import { createReader, QueryTimeoutError, type Row } from '../queries/run.ts';
import { testConfig, testDriver } from './neo4j.ts';

const SEEDS = path.join(ROOT, '..', 'shared', 'corpus', 'seeds');
const CDE = 'agency:cn/nmpa/cde';
const NMPA = 'agency:cn/nmpa';

let driver: Driver;
let config: Config;
let yoga: Yoga;

interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
  extensions?: { hints?: { field: string; argument: string; value: string; message: string; closest: { id: string; name: string }[] }[] };
}

async function gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, app: Yoga = yoga): Promise<GqlResult<T>> {
  const res = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GqlResult<T>;
}

async function data<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await gql<T>(query, variables);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data as T;
}

function errorOf(r: GqlResult): string {
  expect(r.errors?.length, 'expected an error').toBeGreaterThan(0);
  return r.errors?.map((e) => e.message).join('\n') ?? '';
}

/**
 * The driver, with every statement run through it counted: the round trips of a request. The reader's liveness
 * ping (`RETURN 1`, sent only when a plan takes long, queries/run.ts) asks nothing of the graph: not counted.
 */
function countingDriver(inner: Driver): { driver: Driver; count: () => number; reset: () => void } {
  let n = 0;
  return { driver: recordingDriver(inner, (cypher) => (n += cypher.trim() === 'RETURN 1' ? 0 : 1)), count: () => n, reset: () => (n = 0) };
}

const seedFiles = (): string[] => fs.readdirSync(SEEDS).filter((f) => !f.startsWith('.'));

beforeAll(async () => {
  config = testConfig();
  driver = testDriver();
  await ensureSchema(driver);
  const summary = await loadPaths(driver, [SEEDS]);
  expect(summary.failed).toEqual([]);
  yoga = createYogaApp(driver, config);
});

afterAll(async () => {
  await retractDocuments(driver, seedFiles());
  await driver.close();
});

interface PolicyNode {
  id: string;
  title: string;
  type: string;
  status: string | null;
  issuedOn: string | null;
  issuers: { actor: { id: string; name: string; __typename: string }; on: string | null; sources: { document: { id: string; title: string }; evidence: string }[] }[];
  appliesTo: { region: { id: string; name: string } }[];
}
interface Conn<N> {
  policies: { totalCount: number; edges: { cursor: string; node: N }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null } };
}

const HEADLINE = `query($issuer: String!, $year: Int!) {
  policies(filter: { issuer: $issuer, kind: [Guideline], year: $year }, orderBy: ISSUED_ON_ASC, first: 50) {
    totalCount
    edges { node { id title type status issuedOn
      issuers { actor { __typename id name } on sources { document { id title } evidence } }
      appliesTo { region { id name } } } }
  }
}`;

describe('the headline question: which agencies issued CDE guidelines in 2023', () => {
  it('finds the five 2023 CDE guidelines of seed 002, each with CDE among its issuers and its sources', async () => {
    const d = await data<Conn<PolicyNode>>(HEADLINE, { issuer: CDE, year: 2023 });
    const nodes = d.policies.edges.map((e) => e.node);
    // Seed 002 reports CDE texts of 25 April, 21 June, 26 June (the CAR-T Q&A, a Guideline of kind qa),
    // 25 July and 13 September 2023.
    expect(d.policies.totalCount).toBe(5);
    expect(nodes.map((n) => n.issuedOn)).toEqual(['2023-04-25', '2023-06-21', '2023-06-26', '2023-07-25', '2023-09-13']);
    for (const n of nodes) {
      expect(n.type).toBe('Guideline');
      const cde = n.issuers.find((i) => i.actor.id === CDE);
      expect(cde, n.title).toBeDefined();
      expect(cde?.actor.__typename).toBe('Agency');
      expect(cde?.sources[0]?.document.id).toBe('doc:002_aa38597a7d2e4e9c.txt');
      expect(cde?.sources[0]?.evidence.length).toBeGreaterThan(20);
    }
    expect(nodes.filter((n) => n.status === 'draft').length).toBe(3);
    expect(nodes.some((n) => /stem cell/i.test(n.title) && /pharmaceutical/i.test(n.title))).toBe(true);
  });

  it('the named question gives the same agencies: CDE with its five guidelines, plus its parent NMPA as co-issuer', async () => {
    const d = await data<{ ask: { columns: string[]; rows: Row[] } }>(
      `{ ask(name: "agencies-issuing-guidelines", params: { agency: "CDE", year: 2023 }) { columns rows } }`,
    );
    const rows = d.ask.rows;
    expect(d.ask.columns).toEqual(['agency', 'name', 'guidelines', 'issued']);
    expect(rows[0]).toMatchObject({ agency: CDE, name: 'Center for Drug Evaluation', guidelines: 5 });
    // Every agency listed issued at least one of those guidelines; the only other one the seed names is NMPA.
    expect(rows.map((r) => r.agency as string).every((a) => a === CDE || a === NMPA)).toBe(true);
    const typed = await data<Conn<PolicyNode>>(HEADLINE, { issuer: CDE, year: 2023 });
    const issuers = new Set(typed.policies.edges.flatMap((e) => e.node.issuers.map((i) => i.actor.id)));
    expect(new Set(rows.map((r) => r.agency))).toEqual(issuers);
  });

  it('is parameterised: no CDE guideline in 2022, and NHC issued no guideline of its own in 2023', async () => {
    const none = await data<Conn<PolicyNode>>(HEADLINE, { issuer: CDE, year: 2022 });
    expect(none.policies.totalCount).toBe(0);
    const a = await ask(createReader(driver, { timeoutS: 15 }), 'agencies-issuing-guidelines', { agency: 'agency:cn/nhc', year: '2023' });
    expect(a.rows).toEqual([]);
    expect(a.columns).toEqual(['agency', 'name', 'guidelines', 'issued']);
  });
});

describe('the named questions', () => {
  const run = (name: string, params: Record<string, unknown> = {}) => ask(createReader(driver, { timeoutS: 15 }), name, params);

  it('every question in queries/ parses, runs with its defaults and answers', async () => {
    const all = [...questions().values()];
    expect(all.length).toBeGreaterThanOrEqual(9);
    for (const q of all) {
      expect(q.description.length, q.name).toBeGreaterThan(20);
      const a = await run(q.name);
      expect(a.rows.length, `${q.name} returned no rows on the seeds`).toBeGreaterThan(0);
    }
  });

  it('co-issuers: NHC issued the ethics review measures with MOST, MOE and MIIT', async () => {
    const a = await run('co-issuers', { agency: 'National Health Commission' });
    const ids = a.rows.map((r) => r.coIssuer);
    expect(ids).toEqual(expect.arrayContaining(['agency:cn/most', 'agency:cn/moe', 'agency:cn/miit']));
    for (const r of a.rows) expect(r.jointPolicies).toBeGreaterThanOrEqual(1);
  });

  it('policies-for-region: Shenzhen gets its own texts and the national ones, never another city’s', async () => {
    const a = await run('policies-for-region', { region: 'Shenzhen' });
    const via = new Set(a.rows.flatMap((r) => r.appliesTo as string[]));
    expect(via.has('Shenzhen')).toBe(true);
    expect(via.has('China')).toBe(true);
    for (const name of via) expect(['Shenzhen', 'Guangdong', 'China']).toContain(name);
    expect(a.rows.some((r) => /cell and gene/i.test(String(r.title)) && (r.appliesTo as string[]).includes('Shenzhen'))).toBe(true);
  });

  it('proposals-by-members: 2024 CPPCC proposals, with the Guangdong free trade zone one targeting that zone', async () => {
    const a = await run('proposals-by-members', { body: 'CPPCC', year: 2024 });
    const members = a.rows.map((r) => r.memberId);
    expect(members).toEqual(expect.arrayContaining(['person:wang-guilin', 'person:liu-yun']));
    for (const r of a.rows) expect(String(r.madeOn)).toMatch(/^2024/);
    const wang = a.rows.find((r) => r.memberId === 'person:wang-guilin');
    expect((wang?.regions as string[]).some((n) => /Guangdong/.test(n))).toBe(true);
    expect((await run('proposals-by-members', { body: 'CPPCC', year: 2023 })).rows).toEqual([]);
  });

  it('drafts-and-successors lists the 2023 drafts for comment, none superseded in the seeds', async () => {
    const a = await run('drafts-and-successors');
    const drafted = a.rows.map((r) => r.draftedOn);
    expect(drafted).toEqual(expect.arrayContaining(['2023-05-09', '2023-06-26', '2023-07-25', '2023-09-13']));
    expect((await run('drafts-and-successors', { onlySuperseded: 'true' })).rows).toEqual([]);
  });

  it('regions-without-policy: provinces nothing applies to, never one a seed policy targets', async () => {
    const a = await run('regions-without-policy');
    const ids = a.rows.map((r) => r.region);
    expect(ids).toContain('region:CN-AH');
    for (const busy of ['region:CN-GD', 'region:CN-BJ', 'region:CN-SH', 'region:CN-SD']) expect(ids).not.toContain(busy);
    // Cross-check one answer through the API: no policy applies to Anhui or to a place inside it.
    const d = await data<Conn<PolicyNode>>('{ policies(filter: { region: "region:CN-AH", regionScope: WITHIN }) { totalCount } }');
    expect(d.policies.totalCount).toBe(0);
  });

  it('busiest-issuers and agency-family-output put CDE first in 2023 and under NMPA', async () => {
    const busy = await run('busiest-issuers', { from: 2023, to: 2023, top: 1 });
    expect(busy.rows).toEqual([{ year: 2023, issuer: 'Center for Drug Evaluation', id: CDE, policies: 5, through: [] }]);
    const family = await run('agency-family-output', { agency: 'NMPA' });
    expect(family.rows.find((r) => r.body === CDE)).toMatchObject({ depth: 1, policies: 5 });
  });

  it('first-licences: the Beijing drug production licence of seed 004', async () => {
    const a = await run('first-licences');
    expect(a.rows.some((r) => (r.issuers as string[]).includes('Beijing Municipal Medical Products Administration'))).toBe(true);
  });

  it('rejects unknown questions, unknown parameters and badly typed values, naming them', async () => {
    await expect(run('no-such-question')).rejects.toThrow(/no question named "no-such-question".*co-issuers/);
    await expect(run('co-issuers', { agnecy: 'NHC' })).rejects.toThrow(/no parameter "agnecy".*agency/);
    await expect(run('busiest-issuers', { top: 'three' })).rejects.toThrow(/top.*whole number/);
    const r = await gql('{ ask(name: "busiest-issuers", params: { top: "x" }) { rows } }');
    expect(errorOf(r)).toMatch(/busiest-issuers parameter top/);
  });
});

describe('lists, filters and pagination', () => {
  const ids = async (filter: string, extra = ''): Promise<string[]> => {
    const d = await data<Conn<{ id: string }>>(`{ policies(filter: ${filter}, first: 100 ${extra}) { edges { node { id } } } }`);
    return d.policies.edges.map((e) => e.node.id);
  };

  it('issuer with or without its sub-bodies (PART_OF*)', async () => {
    const own = await ids('{ issuer: "NMPA" }');
    const withParts = await ids('{ issuer: "NMPA", issuerSubBodies: true }');
    const cde = await ids(`{ issuer: "${CDE}" }`);
    expect(withParts.length).toBeGreaterThan(own.length);
    expect(new Set(withParts)).toEqual(new Set([...own, ...cde]));
  });

  it('region scopes: EXACT, CONTAINING (the region and its parents), WITHIN (and the places inside)', async () => {
    const exact = await ids('{ region: "Shenzhen" }');
    const up = await ids('{ region: "Shenzhen", regionScope: CONTAINING }');
    const china = await ids('{ region: "China" }');
    expect(exact.length).toBeGreaterThan(0);
    expect(new Set(up)).toEqual(new Set([...exact, ...china, ...(await ids('{ region: "Guangdong" }'))]));
    const inside = await ids('{ region: "region:CN-GD", regionScope: WITHIN }');
    for (const id of exact) expect(inside).toContain(id);
    expect(inside).not.toEqual(expect.arrayContaining(china));
  });

  it('kind, status, year, date range and text', async () => {
    const drafts = await data<Conn<PolicyNode>>('{ policies(filter: { status: [draft], year: 2023 }, first: 100) { edges { node { status issuedOn } } } }');
    expect(drafts.policies.edges.length).toBeGreaterThanOrEqual(4);
    for (const e of drafts.policies.edges) {
      expect(e.node.status).toBe('draft');
      expect(e.node.issuedOn).toMatch(/^2023-/);
    }
    const range = await data<Conn<PolicyNode>>('{ policies(filter: { from: "2023-06-01", to: "2023-06-30" }, orderBy: ISSUED_ON_ASC) { edges { node { issuedOn } } } }');
    expect(range.policies.edges.map((e) => e.node.issuedOn)).toEqual(expect.arrayContaining(['2023-06-21', '2023-06-26']));
    for (const e of range.policies.edges) expect(e.node.issuedOn! >= '2023-06-01' && e.node.issuedOn! <= '2023-06-30').toBe(true);
    const text = await data<Conn<PolicyNode>>('{ policies(filter: { text: "mesenchymal" }) { edges { node { title issuedOn } } } }');
    expect(text.policies.edges.map((e) => e.node.issuedOn)).toContain('2023-09-13');
    const regs = await data<Conn<PolicyNode>>('{ policies(filter: { kind: [Regulation] }, first: 100) { edges { node { type } } } }');
    expect(regs.policies.edges.length).toBeGreaterThan(0);
    for (const e of regs.policies.edges) expect(e.node.type).toBe('Regulation');
  });

  it('the other lists: actors, regions, proposals, licences', async () => {
    const d = await data<{
      actors: { totalCount: number; edges: { node: { id: string } }[] };
      regions: { edges: { node: { id: string; partOf: { region: { id: string } }[] } }[] };
      proposals: { totalCount: number; edges: { node: { madeOn: string; proposers: { actor: { id: string } }[] } }[] };
      licences: { totalCount: number };
    }>(`{
      actors(filter: { partOf: "NMPA" }, first: 100) { totalCount edges { node { id } } }
      regions(filter: { within: "Guangdong", text: "Shenzhen" }) { edges { node { id partOf { region { id } } } } }
      proposals(filter: { proposer: "CPPCC", proposerMembers: true, year: 2024 }) { totalCount edges { node { madeOn proposers { actor { id } } } } }
      licences(filter: { issuer: "Beijing Municipal Medical Products Administration" }) { totalCount }
    }`);
    expect(d.actors.edges.map((e) => e.node.id)).toContain(CDE);
    expect(d.regions.edges.map((e) => e.node.id)).toContain('region:CN-440300');
    expect(d.proposals.totalCount).toBeGreaterThanOrEqual(2);
    expect(d.licences.totalCount).toBeGreaterThanOrEqual(1);
  });

  it('pages: walking with after visits every item once; empty and last pages; a bad cursor is refused', async () => {
    const all = await ids('{ year: 2023 }');
    expect(all.length).toBeGreaterThan(6);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Conn<{ id: string }> = await data<Conn<{ id: string }>>(
        'query($after: String) { policies(filter: { year: 2023 }, first: 3, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }',
        { after },
      );
      pages++;
      expect(page.policies.totalCount).toBe(all.length);
      expect(page.policies.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...page.policies.edges.map((e) => e.node.id));
      if (!page.policies.pageInfo.hasNextPage) {
        expect(page.policies.edges.length).toBe(all.length % 3 || 3);
        after = page.policies.pageInfo.endCursor;
        break;
      }
      after = page.policies.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(all.length / 3));
    expect(seen).toEqual(all);
    // Past the end: an empty page, no next page. first: 0: only the count.
    const past = await data<Conn<{ id: string }>>(`{ policies(filter: { year: 2023 }, after: "${after}") { edges { node { id } } pageInfo { hasNextPage endCursor } } }`);
    expect(past.policies.edges).toEqual([]);
    expect(past.policies.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
    const zero = await data<Conn<{ id: string }>>('{ policies(filter: { year: 2023 }, first: 0) { totalCount edges { cursor } pageInfo { hasNextPage } } }');
    expect(zero.policies).toEqual({ totalCount: all.length, edges: [], pageInfo: { hasNextPage: true } });
    for (const bad of ['garbage', Buffer.from('offset:-1').toString('base64url'), '']) {
      expect(errorOf(await gql(`{ policies(after: "${bad}") { totalCount } }`))).toMatch(/after: is not a cursor this API gave out/);
    }
  });
});

describe('node, search, timeline, connections, counts', () => {
  it('node(id) gives an agency with its parent, its documents and both directions of its facts', async () => {
    const d = await data<{ node: { __typename: string; name: string; partOf: { agency: { id: string } }[]; issued: { policy: { id: string } }[]; sources: { document: { id: string } }[] } }>(
      `{ node(id: "${CDE}") { __typename ... on Agency { name partOf { agency { id } } issued { policy { id } } sources { document { id } } } } }`,
    );
    expect(d.node.__typename).toBe('Agency');
    expect(d.node.partOf.map((p) => p.agency.id)).toContain(NMPA);
    expect(d.node.issued.length).toBeGreaterThanOrEqual(5);
    expect(d.node.sources.map((s) => s.document.id)).toContain('doc:002_aa38597a7d2e4e9c.txt');
    const parent = await data<{ node: { parts: { agency: { id: string } }[] } }>(`{ node(id: "${NMPA}") { ... on Agency { parts(first: 100) { agency { id } } } } }`);
    expect(parent.node.parts.map((p) => p.agency.id)).toContain(CDE);
    expect((await data<{ node: null }>('{ node(id: "policy:does-not-exist") { id } }')).node).toBeNull();
    // Aliases of one field with different arguments come back apart.
    const two = await data<{ node: { one: unknown[]; all: unknown[]; n: string } }>(
      `{ node(id: "${CDE}") { ... on Agency { n: name one: issued(first: 1) { policy { id } } all: issued { p: policy { i: id } } } } }`,
    );
    expect(two.node.n).toBe('Center for Drug Evaluation');
    expect(two.node.one.length).toBe(1);
    expect(two.node.all.length).toBe(d.node.issued.length);
  });

  it('search finds CDE by its English and its Chinese name', async () => {
    const d = await data<{ en: { node: { id: string } }[]; zh: { node: { id: string } }[]; odd: unknown[] }>(
      `{ en: search(text: "Center for Drug Evaluation", first: 3) { node { id } }
         zh: search(text: "药品审评中心", first: 3) { node { id } }
         odd: search(text: "stem (cell) AND [\\"x\\"") { score } }`,
    );
    expect(d.en[0]?.node.id).toBe(CDE);
    expect(d.zh[0]?.node.id).toBe(CDE);
    expect(Array.isArray(d.odd)).toBe(true);
  });

  it('timeline of Guangdong includes what targets Shenzhen, in date order', async () => {
    const d = await data<{ timeline: { date: string | null; type: string; node: { id: string } }[] }>('{ timeline(region: "Guangdong") { date type node { id } } }');
    const dates = d.timeline.map((e) => e.date).filter((x): x is string => x !== null);
    expect(dates).toEqual([...dates].sort());
    const shenzhen = await data<Conn<{ id: string }>>('{ policies(filter: { region: "Shenzhen" }) { edges { node { id } } } }');
    expect(d.timeline.map((e) => e.node.id)).toEqual(expect.arrayContaining(shenzhen.policies.edges.map((e) => e.node.id)));
    expect(d.timeline.some((e) => e.type === 'Proposal')).toBe(true);
  });

  it('connections: NHC and MOST meet through the ethics review measures they issued together', async () => {
    const d = await data<{ connections: { length: number; nodes: { __typename: string; id: string }[]; steps: { type: string; sources: { evidence: string }[] }[] } }>(
      '{ connections(fromId: "agency:cn/nhc", toId: "agency:cn/most", maxHops: 4) { length nodes { __typename id } steps { type from to sources { evidence } } } }',
    );
    expect(d.connections.length).toBe(2);
    expect(d.connections.nodes[1]?.__typename).toBe('Policy');
    expect(d.connections.steps.map((s) => s.type)).toEqual(['ISSUED', 'ISSUED']);
    expect(d.connections.steps[0]?.sources[0]?.evidence.length).toBeGreaterThan(10);
    const none = await data<{ connections: null }>('{ connections(fromId: "agency:cn/nhc", toId: "agency:cn/most", maxHops: 1) { length } }');
    expect(none.connections).toBeNull();
    expect(errorOf(await gql('{ connections(fromId: "agency:cn/nhc", toId: "agency:cn/nope", maxHops: 3) { length } }'))).toMatch(/no node with id "agency:cn\/nope"/);
  });

  it('counts by year and issuer agree with the lists', async () => {
    const d = await data<{ byYear: { key: string; count: number }[]; byIssuer: { key: string; count: number }[]; p: { totalCount: number } }>(
      `{ byYear: policyCounts(by: YEAR) { key count } byIssuer: policyCounts(by: ISSUER, filter: { year: 2023 }, first: 1) { key count }
         p: policies(filter: { year: 2023 }) { totalCount } }`,
    );
    expect(d.byYear.find((c) => c.key === '2023')?.count).toBe(d.p.totalCount);
    expect(d.byIssuer).toEqual([{ key: CDE, count: 5 }]);
  });
});

describe('identity evidence: why a node is one node (sameAs)', () => {
  interface Evidence {
    a: { documentId: string; localId: string; name: string | null; document: { id: string; title: string } | null };
    b: { documentId: string; localId: string; name: string | null };
    score: number;
    features: { name: string; weight: number }[];
    judgement: { decision: string; who: string; why: string | null } | null;
  }
  const SAME_AS = `sameAs { a { documentId localId name document { id title } } b { documentId localId name } score features { name weight } judgement { decision who why } }`;
  /** The Shenzhen cell and gene industry regulation: named in English by seed 002 and in Chinese by seed 003. */
  async function shenzhenRegulation(): Promise<{ id: string; title: string; sameAs: Evidence[] }> {
    const d = await data<Conn<{ id: string; title: string; sameAs: Evidence[] }>>(
      `{ policies(filter: { kind: [Regulation], region: "Shenzhen", text: "Cell and Gene" }) { edges { node { id title ${SAME_AS} } } } }`,
    );
    expect(d.policies.edges).toHaveLength(1);
    return (d.policies.edges[0] as { node: { id: string; title: string; sameAs: Evidence[] } }).node;
  }

  it('a policy two documents name in two languages: both mentions with their names, the score and each feature', async () => {
    const p = await shenzhenRegulation();
    expect(p.sameAs).toHaveLength(1);
    const e = p.sameAs[0] as Evidence;
    expect([e.a.documentId, e.b.documentId].sort()).toEqual(['doc:002_aa38597a7d2e4e9c.txt', 'doc:003_2b7de66b02ee1e2a.txt']);
    const names = [e.a.name, e.b.name].join(' | ');
    expect(names).toMatch(/Promotion of Cell and Gene Industry in the Shenzhen Special Economic Zone/);
    expect(names).toMatch(/深圳经济特区细胞和基因产业促进条例/);
    expect(e.a.document?.id).toBe(e.a.documentId);
    expect(e.a.document?.title.length).toBeGreaterThan(5);
    expect(e.score).toBeGreaterThanOrEqual(0.8);
    // Shenzhen's regulation is a landmark text of the reference list (loaders/identity/reference.ts).
    expect(e.features.map((f) => f.name).join(' | ')).toMatch(/one entry of the reference list \(shenzhen-cell-gene-industry-regulations\)/);
    // The score is the features' weights added up (rounded to hundredths when stored).
    expect(e.score).toBeCloseTo(e.features.reduce((sum, f) => sum + f.weight, 0), 2);
    expect(e.judgement).toBeNull();
    // A reference body and a node one document names carry no unions.
    const cde = await data<{ node: { sameAs: unknown[] } }>(`{ node(id: "${CDE}") { ... on Actor { sameAs { score } } } }`);
    expect(cde.node.sameAs).toEqual([]);
  });

  it('an analyst’s judgement on the pair comes with the evidence, in GraphQL and in the merge-evidence question', async () => {
    const p = await shenzhenRegulation();
    const e = p.sameAs[0] as Evidence;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-judge-'));
    const file = path.join(dir, 'resolutions.json');
    const before = process.env.RESOLUTIONS_FILE;
    process.env.RESOLUTIONS_FILE = file;
    try {
      fs.writeFileSync(file, JSON.stringify({ resolutions: [{ a: e.b.localId, b: e.a.localId, decision: 'same', who: 'api test', why: 'one regulation, two languages' }] }));
      const judged = (await shenzhenRegulation()).sameAs[0] as Evidence;
      expect(judged.judgement).toEqual({ decision: 'same', who: 'api test', why: 'one regulation, two languages' });
      const answer = await data<{ ask: { columns: string[]; rows: Row[] } }>(`{ ask(name: "merge-evidence", params: { id: "${p.id}" }) { columns rows } }`);
      expect(answer.ask.columns).toEqual(['node', 'name', 'a', 'aName', 'b', 'bName', 'score', 'features', 'judgement']);
      expect(answer.ask.rows).toEqual([
        {
          node: p.id,
          name: p.title,
          a: `${e.a.documentId}#${e.a.localId}`,
          aName: e.a.name,
          b: `${e.b.documentId}#${e.b.localId}`,
          bName: e.b.name,
          score: e.score,
          features: e.features.map((f) => `${f.name} ${f.weight >= 0 ? '+' : '−'}${Math.abs(f.weight).toFixed(2)}`),
          judgement: 'same (api test: one regulation, two languages)',
        },
      ]);
    } finally {
      if (before === undefined) delete process.env.RESOLUTIONS_FILE;
      else process.env.RESOLUTIONS_FILE = before;
      fs.rmSync(dir, { recursive: true, force: true });
    }
    // Named by its Chinese title instead of its id: the same union.
    const byTitle = await data<{ ask: { rows: Row[] } }>('{ ask(name: "merge-evidence", params: { id: "深圳经济特区细胞和基因产业促进条例" }) { rows } }');
    expect(byTitle.ask.rows.map((r) => [r.node, r.a, r.b])).toEqual([[p.id, `${e.a.documentId}#${e.a.localId}`, `${e.b.documentId}#${e.b.localId}`]]);
    // An id nothing has: no rows, the same columns.
    const none = await data<{ ask: { columns: string[]; rows: Row[] } }>('{ ask(name: "merge-evidence", params: { id: "policy:nothing-here" }) { columns rows } }');
    expect(none.ask.rows).toEqual([]);
    expect(none.ask.columns).toContain('features');
  });
});

describe('bodies in time: agency lineage and includePredecessors', () => {
  // A 2016 notice of the NHFPC's General Office (reorganised into the NHC's General Office in 2018).
  const Z01 = path.join(ROOT, '..', 'shared', 'corpus', 'dev', 'z01_nhfpc-cfda-2016-279-national-stemcell-leading-group.txt');
  const NHC_OFFICE = 'agency:cn/nhc/general-office';
  const NHFPC_OFFICE = 'agency:cn/nhfpc/general-office';
  beforeAll(async () => {
    expect((await loadPaths(driver, [Z01])).failed).toEqual([]);
  });
  afterAll(async () => {
    await retractDocuments(driver, [path.basename(Z01)]);
  });

  type Lineage = { agency: { id: string; validFrom: string | null; validTo: string | null }; on: string | null; steps: number }[];
  it('predecessors and successors follow SUCCEEDED_BY both ways, nearest first, with the handover dates', async () => {
    const d = await data<{ nmpa: { predecessors: Lineage; successors: Lineage }; sfda: { validFrom: string; validTo: string; successors: Lineage } }>(
      `{ nmpa: node(id: "${NMPA}") { ... on Agency { predecessors { agency { id validFrom validTo } on steps } successors { steps } } }
         sfda: node(id: "agency:cn/sfda") { ... on Agency { validFrom validTo successors { agency { id validFrom validTo } on steps } } } }`,
    );
    expect(d.nmpa.predecessors).toEqual([
      { agency: { id: 'agency:cn/cfda', validFrom: '2013-03-01', validTo: '2018-03-01' }, on: '2018-03-01', steps: 1 },
      { agency: { id: 'agency:cn/sfda', validFrom: '2003-04-01', validTo: '2013-03-01' }, on: '2013-03-01', steps: 2 },
    ]);
    expect(d.nmpa.successors).toEqual([]);
    expect([d.sfda.validFrom, d.sfda.validTo]).toEqual(['2003-04-01', '2013-03-01']);
    expect(d.sfda.successors.map((l) => [l.agency.id, l.on, l.steps])).toEqual([
      ['agency:cn/cfda', '2013-03-01', 1],
      [NMPA, '2018-03-01', 2],
    ]);
    // Two bodies merged into one: the NHC's predecessors are the NHFPC, then both bodies it was made from.
    const nhc = await data<{ node: { predecessors: Lineage } }>('{ node(id: "agency:cn/nhc") { ... on Agency { predecessors { agency { id } steps } } } }');
    expect(nhc.node.predecessors.map((l) => [l.agency.id, l.steps])).toEqual([
      ['agency:cn/nhfpc', 1],
      ['agency:cn/moh', 2],
      ['agency:cn/npfpc', 2],
    ]);
  });

  it('policies, counts and licences by issuer take the texts of its predecessors only when asked', async () => {
    type Ids = { policies: { totalCount: number; edges: { node: { id: string; issuers: { actor: { id: string } }[] } }[] } };
    const q = (filter: string) => `{ policies(filter: { ${filter} }, first: 50) { totalCount edges { node { id issuers { actor { id } } } } } }`;
    const own = await data<Ids>(q(`issuer: "${NHC_OFFICE}"`));
    const withOld = await data<Ids>(q(`issuer: "${NHC_OFFICE}", includePredecessors: true`));
    const old = withOld.policies.edges.filter((e) => e.node.issuers.some((i) => i.actor.id === NHFPC_OFFICE));
    expect(old.map((e) => e.node.id)).toHaveLength(1);
    expect(own.policies.edges.map((e) => e.node.id)).not.toContain(old[0]?.node.id);
    expect(withOld.policies.totalCount).toBe(own.policies.totalCount + 1);
    // By name, and through the parent with its sub-bodies: the NHC's family then includes the NHFPC's offices.
    const family = await data<Ids>(q('issuer: "National Health Commission", issuerSubBodies: true, includePredecessors: true'));
    expect(family.policies.edges.map((e) => e.node.id)).toContain(old[0]?.node.id);
    const familyNow = await data<Ids>(q('issuer: "National Health Commission", issuerSubBodies: true'));
    expect(familyNow.policies.edges.map((e) => e.node.id)).not.toContain(old[0]?.node.id);
    const counts = await data<{ a: { key: string; count: number }[]; b: { key: string; count: number }[] }>(
      `{ a: policyCounts(by: YEAR, filter: { issuer: "${NHC_OFFICE}", includePredecessors: true }) { key count }
         b: policyCounts(by: YEAR, filter: { issuer: "${NHC_OFFICE}" }) { key count } }`,
    );
    expect(counts.a.find((c) => c.key === '2016')?.count).toBe(1);
    expect(counts.b.find((c) => c.key === '2016')).toBeUndefined();
    // Licences take the same filter; the Beijing licence's issuer has no predecessors, so the answer is the same.
    const lic = await data<{ a: { totalCount: number }; b: { totalCount: number } }>(
      `{ a: licences(filter: { issuer: "Beijing Municipal Medical Products Administration" }) { totalCount }
         b: licences(filter: { issuer: "Beijing Municipal Medical Products Administration", includePredecessors: true }) { totalCount } }`,
    );
    expect(lic.a.totalCount).toBeGreaterThan(0);
    expect(lic.b.totalCount).toBe(lic.a.totalCount);
  });

  it('licences of a body it was reorganised from, only with includePredecessors', async () => {
    const [OLD, NEW, LIC] = ['agency:apitest/lineage-old', 'agency:apitest/lineage-new', 'license:apitest-lineage-1'];
    await driver.executeQuery(
      `CREATE (o:Agency:Actor {id: $old, name: 'Lineage Test Old Bureau', aliases: [], sources: []})
       CREATE (n:Agency:Actor {id: $new, name: 'Lineage Test New Bureau', aliases: [], sources: []})
       CREATE (l:License {id: $lic, title: 'Lineage test permit', name: 'Lineage test permit', issuedOn: date('2010-05-01'), sources: []})
       CREATE (o)-[:SUCCEEDED_BY {on: date('2015-01-01'), reference: true}]->(n), (o)-[:ISSUED {on: date('2010-05-01'), sources: [], evidence: []}]->(l)`,
      { old: OLD, new: NEW, lic: LIC },
    );
    try {
      type L = { licences: { totalCount: number; edges: { node: { id: string; issuers: { actor: { id: string } }[] } }[] } };
      const q = (extra: string) => `{ licences(filter: { issuer: "Lineage Test New Bureau"${extra} }) { totalCount edges { node { id issuers { actor { id } } } } } }`;
      expect((await data<L>(q(''))).licences.totalCount).toBe(0);
      const withOld = await data<L>(q(', includePredecessors: true'));
      expect(withOld.licences.edges.map((e) => [e.node.id, e.node.issuers.map((i) => i.actor.id)])).toEqual([[LIC, [OLD]]]);
    } finally {
      await driver.executeQuery('MATCH (n) WHERE n.id IN $ids DETACH DELETE n', { ids: [OLD, NEW, LIC] });
    }
  });
});

describe('one round trip', () => {
  it('a three-level nested list is one Cypher statement; two root fields are two', async () => {
    const counting = countingDriver(driver);
    const app = createYogaApp(counting.driver, config);
    const nested = `{ policies(filter: { year: 2023 }, first: 20) { totalCount edges { node { title
      appliesTo { region { name partOf { region { name } } } }
      issuers { sources { document { title } } actor { name ... on Agency { partOf { agency { name } } }
        issued(first: 5) { policy { title appliesTo { region { name } } issuers { actor { name } } } } } } } } } }`;
    counting.reset();
    const r = await gql<Conn<{ issuers: { actor: { issued: unknown[] } }[] }>>(nested, {}, app);
    expect(r.errors).toBeUndefined();
    expect(r.data?.policies.edges.length).toBeGreaterThan(10);
    expect(r.data?.policies.edges.some((e) => e.node.issuers.some((i) => i.actor.issued.length > 1))).toBe(true);
    expect(counting.count()).toBe(1);
    counting.reset();
    await gql('{ a: policies(first: 50) { edges { node { issuers { actor { name } } } } } b: node(id: "agency:cn/nhc") { id } }', {}, app);
    expect(counting.count()).toBe(2);
    // Merge evidence with its documents and agencies' lineages, nested in a list: still one statement.
    counting.reset();
    const evidence = await gql<Conn<{ sameAs: unknown[] }>>(
      `{ policies(first: 50) { edges { node { sameAs { a { name document { title } } b { name } score features { name weight } judgement { decision } }
          issuers { actor { ... on Agency { predecessors { agency { name } on } successors { agency { name } } } } } } } } }`,
      {},
      app,
    );
    expect(evidence.errors).toBeUndefined();
    expect(evidence.data?.policies.edges.some((e) => e.node.sameAs.length > 0)).toBe(true);
    expect(counting.count()).toBe(1);
  });
});

describe('hardening', () => {
  it('refuses pages over the maximum, too deep queries, too many aliases', async () => {
    expect(errorOf(await gql('{ policies(first: 10000) { totalCount } }'))).toMatch(/first: must be at most 100 \(the maximum page size\)/);
    expect(errorOf(await gql('{ policies(first: -1) { totalCount } }'))).toMatch(/first: must not be negative/);
    expect(errorOf(await gql('{ policies { edges { node { issuers(first: 500) { on } } } } }'))).toMatch(/issuers\(first: 500\) is more than the maximum of 100/);
    let deep = 'name';
    for (let i = 0; i < 8; i++) deep = `partOf { agency { ${deep} } }`;
    expect(errorOf(await gql(`{ node(id: "${CDE}") { ... on Agency { ${deep} } } }`))).toMatch(/depth/i);
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: node(id: "${CDE}") { id }`).join(' ');
    expect(errorOf(await gql(`{ ${aliases} }`))).toMatch(/aliases/i);
  });

  it('bad arguments get messages that name them; internals stay hidden', async () => {
    expect(errorOf(await gql('{ policies(filter: { from: "2023-13-45" }) { totalCount } }'))).toMatch(/Date must be a calendar date written YYYY-MM-DD/);
    expect(errorOf(await gql('{ policies(filter: { from: "2024-01-01", to: "2023-01-01" }) { totalCount } }'))).toMatch(/`from` must not be after `to`/);
    expect(errorOf(await gql('{ policies(filter: { year: 1066 }) { totalCount } }'))).toMatch(/filter|year.*1900/);
    expect(errorOf(await gql('{ connections(fromId: "a:b", toId: "c:d", maxHops: 50) { length } }'))).toMatch(/maxHops: must be at most 6/);
    expect(errorOf(await gql('{ search(text: "   ") { score } }'))).toMatch(/text: must not be empty/);
    expect(errorOf(await gql('{ policies(filter: { kind: [Treaty] }) { totalCount } }'))).toMatch(/Treaty/);
    const r = await gql('{ policies(filter: { year: 2023 }) { totalCount } }', {}, createYogaApp(driver, { ...config, NEO4J_DATABASE: 'nosuchdb' }));
    expect(r.errors?.[0]?.message).toBe('Unexpected error.');
    expect(JSON.stringify(r)).not.toMatch(/nosuchdb|Neo4j|at .*\.ts/);
  });

  it('Cypher runs in read transactions, with the configured timeout, and a slow statement is cancelled', async () => {
    const reader = createReader(driver, { timeoutS: 15 });
    await expect(reader.read("CREATE (n:Region {id: 'region:zone/api-test-write'}) RETURN n")).rejects.toThrow(/read|write/i);
    // Every request's transaction carries config.CYPHER_TIMEOUT_S.
    const seen: unknown[] = [];
    const spy = new Proxy(driver, {
      get: (d, prop) =>
        prop === 'session'
          ? (cfg?: SessionConfig) => {
              const s = d.session(cfg);
              seen.push(cfg?.defaultAccessMode);
              return new Proxy(s, {
                get: (t, p) =>
                  p === 'run'
                    ? (cypher: string, params: Record<string, unknown>, txc?: { timeout?: number }) => {
                        seen.push(txc?.timeout);
                        return t.run(cypher, params, txc);
                      }
                    : (Reflect.get(t, p) as (...a: unknown[]) => unknown).bind(t),
              });
            }
          : (Reflect.get(d, prop) as (...a: unknown[]) => unknown).bind(d),
    });
    await data('{ __typename }');
    const r = await gql('{ policies(first: 1) { totalCount } }', {}, createYogaApp(spy, { ...config, CYPHER_TIMEOUT_S: 7 }));
    expect(r.errors).toBeUndefined();
    // One deadline per request: the statement's timeout is what is left of the request's 7 s.
    expect(seen[0]).toBe('READ');
    expect(seen[1]).toBeGreaterThan(6000);
    expect(seen[1]).toBeLessThanOrEqual(7000);
    // Neo4j really cancels a statement that runs past it (it checks every couple of seconds).
    const quick = createReader(driver, { timeoutS: 0.2 });
    const t0 = Date.now();
    await expect(quick.read('UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n')).rejects.toBeInstanceOf(QueryTimeoutError);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  it('the example operations GraphiQL opens with run within the limits and answer', async () => {
    for (const op of [HEADLINE_QUERY, NESTED_QUERY, SEARCH_QUERY, IDENTITY_QUERY]) {
      const r = await gql<Record<string, unknown>>(op);
      expect(r.errors, op.split('\n')[0]).toBeUndefined();
      for (const v of Object.values(r.data ?? {})) expect(v).not.toBeNull();
    }
  });

  it('serves over HTTP with CORS and GraphiQL preloaded with the example operations', async () => {
    const api = await startServer(driver, { ...config, CORS_ORIGIN: 'https://analyst.example' }, 0, '127.0.0.1');
    try {
      const page = await fetch(api.url ?? '', { headers: { accept: 'text/html' } });
      const html = await page.text();
      expect(html).toContain('CdeGuidelines2023');
      expect(html).toContain('Nested');
      const res = await fetch(api.url ?? '', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://analyst.example' },
        body: JSON.stringify({ query: '{ questions { name } }' }),
      });
      expect(res.headers.get('access-control-allow-origin')).toBe('https://analyst.example');
      const body = (await res.json()) as { data: { questions: { name: string }[] } };
      expect(body.data.questions.map((q) => q.name)).toContain('agencies-issuing-guidelines');
    } finally {
      await api.stop();
    }
  });
});

describe('GraphQL that follows the spec and forgives people', () => {
  it('answers top-level fields in the order the query asked for them, however long each takes', async () => {
    const r = await gql(`{ z: policies(first: 50) { edges { node { issuers { actor { name } } appliesTo { region { partOf { region { name } } } } } } }
      a: questions { name } m: search(text: "cell", first: 1) { score } ...More }
      fragment More on Query { b: node(id: "${CDE}") { id } c: policyCounts(by: YEAR) { count } }`);
    expect(r.errors).toBeUndefined();
    expect(Object.keys(r.data ?? {})).toEqual(['z', 'a', 'm', 'b', 'c']);
  });

  it('text filters match either Chinese script', async () => {
    const d = await data<{ s: { edges: { node: { id: string } }[] }; t: { edges: { node: { id: string } }[] } }>(
      '{ s: actors(filter: { text: "药品审评中心" }) { edges { node { id } } } t: actors(filter: { text: "藥品審評中心" }) { edges { node { id } } } }',
    );
    expect(d.s.edges.map((e) => e.node.id)).toContain(CDE);
    expect(d.t.edges.map((e) => e.node.id)).toEqual(d.s.edges.map((e) => e.node.id));
  });

  it('a misspelt region or issuer answers its empty page with the closest names in extensions.hints', async () => {
    const r = await gql('{ policies(filter: { region: "Shenzen" }) { totalCount } c: policyCounts(by: YEAR, filter: { issuer: "Center for Drug Evaluaton" }) { count } }');
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ policies: { totalCount: 0 }, c: [] });
    const hints = r.extensions?.hints ?? [];
    const region = hints.find((h) => h.field === 'policies');
    expect(region).toMatchObject({ argument: 'filter.region', value: 'Shenzen' });
    expect(region?.closest[0]).toEqual({ id: 'region:CN-440300', name: 'Shenzhen' });
    expect(region?.message).toMatch(/No region is named "Shenzen"; closest names: Shenzhen \(region:CN-440300\)/);
    expect(hints.find((h) => h.field === 'c')?.closest[0]?.id).toBe(CDE);
    const q = await gql('{ ask(name: "co-issuers", params: { agency: "Natinal Helth Comission" }) { rows } }');
    expect(q.data).toEqual({ ask: { rows: [] } });
    expect(q.extensions?.hints?.[0]).toMatchObject({ field: 'ask', argument: 'params.agency', value: 'Natinal Helth Comission' });
    expect(q.extensions?.hints?.[0]?.closest[0]).toEqual({ id: 'agency:cn/nhc', name: 'National Health Commission' });
    // A name the graph holds gets no hint, even when nothing matches the rest of the filter.
    const known = await gql('{ policies(filter: { region: "Shenzhen", year: 1901 }) { totalCount } }');
    expect(known.data).toEqual({ policies: { totalCount: 0 } });
    expect(known.extensions?.hints).toBeUndefined();
  });

  it('dates keep their precision: a year, a month or a day, never a false first day', async () => {
    await driver.executeQuery(
      `UNWIND [['policy:api-test-year', '2024-01-01', 'year'], ['policy:api-test-month', '2024-03-01', 'month'], ['policy:api-test-day', '2024-03-01', 'day']] AS p
       CREATE (:Policy:Plan {id: p[0], title: p[0], name: p[0], issuedOn: date(p[1]), datePrecision: p[2]})`,
    );
    try {
      const d = await data<Record<string, { issuedOn: string; datePrecision: string }>>(
        `{ y: node(id: "policy:api-test-year") { ...D } m: node(id: "policy:api-test-month") { ...D } d: node(id: "policy:api-test-day") { ...D } }
         fragment D on Policy { issuedOn datePrecision }`,
      );
      expect(d).toEqual({
        y: { issuedOn: '2024', datePrecision: 'year' },
        m: { issuedOn: '2024-03', datePrecision: 'month' },
        d: { issuedOn: '2024-03-01', datePrecision: 'day' },
      });
    } finally {
      await driver.executeQuery("MATCH (p:Policy) WHERE p.id STARTS WITH 'policy:api-test-' DETACH DELETE p");
    }
  });

  it('titles of different types select together (all String!)', async () => {
    const d = await data<{ search: { node: { __typename: string; title?: string } }[] }>(
      '{ search(text: "stem cell", first: 20) { node { __typename ... on Policy { title } ... on Document { title } ... on Proposal { title } ... on Licence { title } } } }',
    );
    for (const h of d.search) if (['Policy', 'Document', 'Proposal', 'Licence'].includes(h.node.__typename)) expect(h.node.title).toMatch(/\S/);
  });
});

describe('policygraph ask (CLI)', () => {
  const cli = (args: string[]) =>
    promisify(execFile)('node', [path.join(ROOT, 'bin', 'policygraph.js'), ...args], {
      env: { ...process.env, NEO4J_URI: config.NEO4J_URI, NEO4J_USER: config.NEO4J_USER, NEO4J_PASSWORD: config.NEO4J_PASSWORD },
    });

  it('lists the questions, prints a table, prints JSON, and names a bad parameter', async () => {
    const list = await cli(['ask']);
    expect(list.stdout).toContain('agencies-issuing-guidelines');
    expect(list.stdout).toContain('--param year=2023');
    const table = await cli(['ask', 'agencies-issuing-guidelines', '--param', 'agency=CDE', 'year=2023']);
    expect(table.stdout).toMatch(/agency:cn\/nmpa\/cde\s+Center for Drug Evaluation\s+5/);
    const json = await cli(['ask', 'co-issuers', '--param', 'agency=agency:cn/nhc', '--json']);
    expect((JSON.parse(json.stdout) as { rows: Row[] }).rows.map((r) => r.coIssuer)).toContain('agency:cn/most');
    await expect(cli(['ask', 'co-issuers', '--param', 'agency'])).rejects.toMatchObject({ stderr: expect.stringMatching(/--param "agency": write it as key=value/) });
  });

  it('merge-evidence prints each union of a node with the names both documents gave and the weighted features', async () => {
    const d = await data<Conn<{ id: string }>>('{ policies(filter: { kind: [Regulation], region: "Shenzhen", text: "Cell and Gene" }) { edges { node { id } } } }');
    const id = d.policies.edges[0]?.node.id as string;
    const table = await cli(['ask', 'merge-evidence', '--param', `id=${id}`]);
    expect(table.stdout).toContain(id);
    expect(table.stdout.replace(/\s+/g, '')).toContain('深圳经济特区细胞和基因产业促进条例');
    // The table wraps a long feature name within its column: its two lines hold the name and the weight.
    expect(table.stdout).toContain('• one entry of the reference list');
    expect(table.stdout).toMatch(/\(shenzhen-cell-gene-industry-regulations\) \+1\.00/);
    const json = JSON.parse((await cli(['ask', 'merge-evidence', '--param', `id=${id}`, '--json'])).stdout) as { rows: Row[] };
    expect(json.rows).toHaveLength(1);
    expect(json.rows[0]?.score).toBeGreaterThanOrEqual(0.8);
  });
});
