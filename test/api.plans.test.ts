// The plans Neo4j picks for the Cypher the API compiles and for the named questions (EXPLAIN, real Neo4j, on a
// synthetic graph big enough for the planner to care): every shape starts from an index, reads a date-ordered page
// from the date index in order (stopping at the page's end), and never scans every node of a label.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import neo4j, { type Driver } from 'neo4j-driver';
import { createYogaApp, type Yoga } from '../api/server.ts';
import { recordingDriver } from '../bench/api-record.ts';
import { ensureSchema } from '../graph/schema.ts';
import { questions, resolveParams } from '../queries/index.ts';
import type { Params } from '../queries/run.ts';
import { testConfig, testDriver } from './neo4j.ts';

const P = 'plantest';
const POLICIES = 4_000;
const AGENCIES = 40;
const KINDS = ['Guideline', 'Notice', 'Plan', 'Measures'] as const;

let driver: Driver;
let yoga: Yoga;
const recorded: { cypher: string; params: Params }[] = [];

interface Plan {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: Plan[];
}

/** Every operator of a plan, as `Operator details` lines. */
function operators(plan: Plan): string[] {
  const op = `${plan.operatorType.replace(/@.*/, '')} ${String(plan.arguments.Details ?? '')}`;
  return [op, ...plan.children.flatMap(operators)];
}

async function explain(cypher: string, params: Params): Promise<string[]> {
  const toNeo = (v: unknown): unknown => (typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v);
  const p = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, toNeo(v)]));
  const r = await driver.executeQuery(`EXPLAIN ${cypher}`, p, { routing: neo4j.routing.READ });
  return operators(r.summary.plan as unknown as Plan);
}

/** The operators of the one statement the API runs for `query`. */
async function planOf(query: string): Promise<string[]> {
  recorded.length = 0;
  const res = await yoga.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { errors?: unknown };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  // The list's own statement (an empty page may add the hints' look-up of the names it was given).
  expect(recorded.length).toBeGreaterThanOrEqual(1);
  const st = recorded[0] as { cypher: string; params: Params };
  return explain(st.cypher, st.params);
}

const scans = (ops: string[], label: string): string[] => ops.filter((o) => /^(NodeByLabelScan|AllNodesScan)/.test(o) && o.includes(`:${label}`));
const anyScan = (ops: string[]): string[] => ops.filter((o) => /^(NodeByLabelScan|AllNodesScan)/.test(o));

async function build(): Promise<void> {
  const agencies = Array.from({ length: AGENCIES }, (_, i) => ({ id: `agency:${P}/a${i}`, name: `Plan Test Agency ${i}`, alias: `PTA${i}` }));
  await driver.executeQuery(
    'UNWIND $rows AS r CREATE (:Agency:Actor {id: r.id, name: r.name, aliases: [r.alias], aliasText: r.alias, kind: "regulator", sources: []})',
    { rows: agencies },
  );
  const regions = [{ id: `region:zone/${P}-root`, parent: null as string | null, name: 'Plan Test Land' }];
  for (let p = 0; p < 5; p++) {
    regions.push({ id: `region:zone/${P}-p${p}`, parent: `region:zone/${P}-root`, name: `Plan Test Province ${p}` });
    for (let c = 0; c < 5; c++) regions.push({ id: `region:zone/${P}-p${p}c${c}`, parent: `region:zone/${P}-p${p}`, name: `Plan Test City ${p}-${c}` });
  }
  await driver.executeQuery('UNWIND $rows AS r CREATE (:Region {id: r.id, name: r.name, aliases: [], kind: "zone", sources: []})', { rows: regions });
  await driver.executeQuery('UNWIND $rows AS r MATCH (a:Region {id: r.id}), (b:Region {id: r.parent}) CREATE (a)-[:PART_OF]->(b)', {
    rows: regions.filter((r) => r.parent),
  });
  const cities = regions.filter((r) => r.id.includes('c'));
  const policies = Array.from({ length: POLICIES }, (_, i) => ({
    id: `policy:${P}-${i}`,
    kind: KINDS[i % KINDS.length],
    title: `Plan test text ${i}`,
    on: `${2014 + (i % 10)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    issuer: (agencies[(i * 7) % AGENCIES] as { id: string }).id,
    region: (cities[i % cities.length] as { id: string }).id,
  }));
  for (const kind of KINDS) {
    await driver.executeQuery(
      `UNWIND $rows AS r CREATE (:Policy:${kind} {id: r.id, title: r.title, name: r.title, kind: toLower('${kind}'), status: 'final', issuedOn: date(r.on), sources: []})`,
      { rows: policies.filter((p) => p.kind === kind) },
    );
  }
  await driver.executeQuery(
    'UNWIND $rows AS r MATCH (p:Policy {id: r.id}), (a:Actor {id: r.issuer}), (g:Region {id: r.region}) CREATE (a)-[:ISSUED {on: p.issuedOn}]->(p), (p)-[:APPLIES_TO]->(g)',
    { rows: policies },
  );
  // A lineage: agency 1 was reorganised into agency 2, agency 2 into agency 3.
  await driver.executeQuery(
    `MATCH (a1:Agency {id: 'agency:${P}/a1'}), (a2:Agency {id: 'agency:${P}/a2'}), (a3:Agency {id: 'agency:${P}/a3'})
     CREATE (a1)-[:SUCCEEDED_BY {on: date('2015-01-01')}]->(a2), (a2)-[:SUCCEEDED_BY {on: date('2018-01-01')}]->(a3)`,
  );
  // Fresh statistics, so the planner sees the graph as it now is.
  await driver.executeQuery('CALL db.awaitIndexes(300)');
  await driver.executeQuery('CALL db.resampleOutdatedIndexes()');
}

async function wipe(): Promise<void> {
  await driver.executeQuery(
    `MATCH (n) WHERE n.id STARTS WITH 'policy:${P}-' OR n.id STARTS WITH 'agency:${P}/' OR n.id STARTS WITH 'region:zone/${P}-' DETACH DELETE n`,
  );
}

beforeAll(async () => {
  driver = testDriver();
  await ensureSchema(driver);
  await wipe();
  await build();
  yoga = createYogaApp(recordingDriver(driver, (cypher, params) => recorded.push({ cypher, params })), testConfig());
});

afterAll(async () => {
  await wipe();
  await driver?.close();
});

const A3 = `agency:${P}/a3`;
const NESTED = `issuers { actor { name issued(first: 5) { policy { title appliesTo { region { id name } } } } } } appliesTo { region { name } }`;

describe('compiled list shapes start from an index and stop at the page', () => {
  it('a year of policies, newest first, nested three levels: the issuedOn index read in order, no full sort', async () => {
    const ops = await planOf(`{ policies(filter: { year: 2020 }, first: 20) { edges { node { id title ${NESTED} } } } }`);
    expect(ops.some((o) => /^NodeIndexSeekByRange .*:Policy\(issuedOn\)/.test(o))).toBe(true);
    // Ordered by the index: a partial sort on the tie-breaker only, never a sort of the whole year.
    expect(ops.some((o) => o.startsWith('PartialTop') && o.includes('n.issuedOn'))).toBe(true);
    expect(ops.filter((o) => /^(Top|Sort) .*n\.issuedOn/.test(o))).toEqual([]);
    expect(scans(ops, 'Policy')).toEqual([]);
  });

  it('oldest first and with totalCount: the page is still read from the index in order', async () => {
    const ops = await planOf('{ policies(filter: { year: 2020 }, first: 20, orderBy: ISSUED_ON_ASC) { totalCount edges { node { id } } } }');
    expect(ops.some((o) => o.startsWith('PartialTop') && o.includes('n.issuedOn'))).toBe(true);
    expect(scans(ops, 'Policy')).toEqual([]);
  });

  it('the next page (a keyset cursor) seeks the index from the cursor on', async () => {
    recorded.length = 0;
    const first = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ policies(filter: { year: 2020 }, first: 5) { pageInfo { endCursor } } }' }),
    });
    const after = ((await first.json()) as { data: { policies: { pageInfo: { endCursor: string } } } }).data.policies.pageInfo.endCursor;
    const ops = await planOf(`{ policies(filter: { year: 2020 }, first: 5, after: "${after}") { edges { node { id } } } }`);
    // The seek itself is bounded by the cursor's date: a deep page reads what the first one does, not its offset.
    expect(ops.some((o) => /^NodeIndexSeekByRange .*:Policy\(issuedOn\) WHERE .*issuedOn <= /.test(o))).toBe(true);
    expect(ops.some((o) => o.startsWith('PartialTop'))).toBe(true);
  });

  it('an issuer by id: the unique id index, then its policies', async () => {
    const ops = await planOf(`{ policies(filter: { issuer: "${A3}" }, first: 20) { edges { node { id issuers { actor { id name } } } } } }`);
    expect(ops.some((o) => /^NodeUniqueIndexSeek .*:Actor\(id\)/.test(o))).toBe(true);
    expect(anyScan(ops)).toEqual([]);
  });

  it('an issuer by name or alias: the full-text and name indexes, no scan of the actors', async () => {
    for (const name of ['plan test agency 3', 'PTA3']) {
      const ops = await planOf(`{ policies(filter: { issuer: "${name}", kind: [Guideline] }, first: 20) { totalCount edges { node { id } } } }`);
      expect(ops.some((o) => o.startsWith('ProcedureCall') && o.includes('db.index.fulltext.queryNodes'))).toBe(true);
      expect(anyScan(ops)).toEqual([]);
    }
  });

  it('a region and the regions containing it (and within it): the region by its index, no scan of the policies', async () => {
    for (const scope of ['CONTAINING', 'WITHIN', 'BOTH']) {
      const ops = await planOf(`{ policies(filter: { region: "region:zone/${P}-p1c2", regionScope: ${scope} }, first: 20) { edges { node { id appliesTo { region { id } } } } } }`);
      expect(ops.some((o) => /^NodeUniqueIndexSeek .*:Region\(id\)/.test(o))).toBe(true);
      expect(anyScan(ops)).toEqual([]);
    }
  });

  it('an issuer with its predecessors (and sub-bodies), policies, counts and licences: the issuer by index, then SUCCEEDED_BY', async () => {
    for (const q of [
      `{ policies(filter: { issuer: "${A3}", includePredecessors: true }, first: 20) { totalCount edges { node { id } } } }`,
      `{ policies(filter: { issuer: "Plan Test Agency 3", includePredecessors: true, issuerSubBodies: true, kind: [Guideline] }, first: 20) { edges { node { id } } } }`,
      `{ policyCounts(by: YEAR, filter: { issuer: "${A3}", includePredecessors: true }) { key count } }`,
      `{ licences(filter: { issuer: "PTA3", includePredecessors: true }) { totalCount } }`,
    ]) {
      const ops = await planOf(q);
      expect(ops.some((o) => /^NodeUniqueIndexSeek .*:Actor\(id\)/.test(o) || (o.startsWith('ProcedureCall') && o.includes('db.index.fulltext.queryNodes'))), q).toBe(true);
      expect(ops.some((o) => /VarLengthExpand.*SUCCEEDED_BY/.test(o)), q).toBe(true);
      expect(anyScan(ops), q).toEqual([]);
    }
  });

  it('an agency with its lineage (predecessors, successors) and a node with its merge evidence: the unique index', async () => {
    const ops = await planOf(`{ node(id: "${A3}") { ... on Agency { predecessors { agency { id } on steps } successors { agency { id } } sameAs { score } } } }`);
    expect(ops.some((o) => /^NodeUniqueIndexSeek .*:Agency\(id\)/.test(o))).toBe(true);
    expect(anyScan(ops)).toEqual([]);
  });

  it('one node by id: the unique index', async () => {
    const ops = await planOf(`{ node(id: "policy:${P}-7") { ... on Policy { id issuers { actor { name } } appliesTo { region { name } } } } }`);
    expect(ops.some((o) => /^NodeUniqueIndexSeek .*:Policy\(id\)/.test(o))).toBe(true);
    expect(anyScan(ops)).toEqual([]);
  });

  it('actors part of a body, regions within one, the timeline of a region: each starts from an index', async () => {
    for (const q of [
      '{ actors(filter: { partOf: "Plan Test Agency 3" }) { edges { node { id } } } }',
      '{ regions(filter: { within: "Plan Test Province 1" }) { edges { node { id } } } }',
      '{ timeline(region: "Plan Test Province 1") { date } }',
    ]) {
      const ops = await planOf(q);
      expect(scans(ops, 'Actor').concat(scans(ops, 'Region'), scans(ops, 'Policy')), q).toEqual([]);
    }
  });
});

describe('named questions resolve the thing they name through an index', () => {
  it('merge-evidence: the node by its id through each label’s unique index, no scan', async () => {
    const q = questions().get('merge-evidence');
    expect(q).toBeDefined();
    for (const id of [`policy:${P}-7`, A3, 'Plan test text 7']) {
      const ops = await explain(q?.cypher ?? '', resolveParams(q as NonNullable<typeof q>, { id }));
      expect(ops.filter((o) => o.startsWith('NodeUniqueIndexSeek')).length, id).toBeGreaterThanOrEqual(4);
      expect(ops.some((o) => o.startsWith('ProcedureCall') && o.includes('db.index.fulltext.queryNodes')), id).toBe(true);
      expect(anyScan(ops), id).toEqual([]);
    }
  });

  const named: Record<string, string[]> = {
    'agencies-issuing-guidelines': ['agency', 'Actor'],
    'agency-family-output': ['agency', 'Actor'],
    'co-issuers': ['agency', 'Actor'],
    'proposals-by-members': ['body', 'Actor'],
    'policies-for-region': ['region', 'Region'],
    'regional-activity': ['parent', 'Region'],
    'regions-without-policy': ['parent', 'Region'],
  };
  for (const [name, [param, label]] of Object.entries(named) as [string, [string, string]][]) {
    it(`${name}: by id and by name, no scan of ${label}`, async () => {
      const q = questions().get(name);
      expect(q, name).toBeDefined();
      if (!q) return;
      for (const value of [label === 'Actor' ? A3 : `region:zone/${P}-p1`, label === 'Actor' ? 'Plan Test Agency 3' : 'Plan Test Province 1']) {
        const ops = await explain(q.cypher, resolveParams(q, { [param]: value }));
        expect(scans(ops, label), `${name} ${value}`).toEqual([]);
        // With the agency's predecessors too: still from the one node, then SUCCEEDED_BY.
        if (q.params.some((p) => p.name === 'includePredecessors')) {
          const lineage = await explain(q.cypher, resolveParams(q, { [param]: value, includePredecessors: true }));
          expect(scans(lineage, label), `${name} ${value} includePredecessors`).toEqual([]);
        }
      }
    });
  }
});
