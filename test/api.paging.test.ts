// Paging against a real Neo4j: keyset cursors walk a list once even while texts are added ahead of and behind the
// cursor, a bad or foreign cursor is the user's error (never a 5xx), every list takes `first`, and an answer that
// could hold too many objects is refused before any Cypher runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createYogaApp, type Yoga } from '../api/server.ts';
import { recordingDriver } from '../bench/api-record.ts';
import { MAX_NODES } from '../api/plugins/list-cost.ts';
import { ensureSchema } from '../graph/schema.ts';
import { testConfig, testDriver } from './neo4j.ts';

const P = 'pagetest';
const AGENCY = `agency:${P}/a`;
const REGION = `region:${P}`;

/** Makes the texts given (ids) apply to the test region, for its timeline. */
async function applyToRegion(ids: string[]): Promise<void> {
  await driver.executeQuery('UNWIND $ids AS id MATCH (p:Policy {id: id}), (r:Region {id: $region}) CREATE (p)-[:APPLIES_TO {sources: [], evidence: []}]->(r)', { ids, region: REGION });
}
let driver: Driver;
let yoga: Yoga;

interface Result<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<Result<T>> {
  const res = await yoga.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, ...((await res.json()) as Omit<Result<T>, 'status'>) };
}

type Page = { policies: { edges: { node: { id: string; issuedOn: string | null } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

/** Adds policies issued by the test agency (some undated), each with `docs` documents mentioning it. */
async function addPolicies(ids: { id: string; on: string | null }[], docs = 0): Promise<void> {
  await driver.executeQuery(
    `UNWIND $rows AS r CREATE (p:Policy:Notice {id: r.id, title: r.id, name: r.id, kind: 'notice', sources: []}) SET p.issuedOn = CASE WHEN r.on IS NULL THEN null ELSE date(r.on) END
     WITH p MATCH (a:Agency {id: $agency}) CREATE (a)-[:ISSUED {sources: [], evidence: []}]->(p)
     WITH p UNWIND range(1, $docs) AS i CREATE (:Document {id: p.id + '/doc' + i, title: 'Doc ' + i})-[:MENTIONS {evidence: 'says so'}]->(p)`,
    { rows: ids, agency: AGENCY, docs },
  );
}

/** Adds organs of the test agency (PART_OF), listed under `parts` by name. */
async function addParts(names: string[]): Promise<void> {
  await driver.executeQuery(
    `UNWIND $names AS name MATCH (a:Agency {id: $agency})
     CREATE (:Agency:Actor {id: $agency + '/part-' + toLower(name), name: name, aliases: [], kind: 'office', sources: []})-[:PART_OF {sources: [], evidence: []}]->(a)`,
    { names, agency: AGENCY },
  );
}

async function wipe(): Promise<void> {
  await driver.executeQuery(`MATCH (n) WHERE n.id STARTS WITH 'policy:${P}-' OR n.id STARTS WITH '${AGENCY}' OR n.id = '${REGION}' DETACH DELETE n`);
}

beforeAll(async () => {
  driver = testDriver();
  await ensureSchema(driver);
  await wipe();
  await driver.executeQuery("CREATE (:Agency:Actor {id: $id, name: 'Paging Test Agency', aliases: [], kind: 'regulator', sources: []})", { id: AGENCY });
  // 30 texts over three days (ties on the date, so the id decides), two undated.
  const rows = Array.from({ length: 30 }, (_, i) => ({ id: `policy:${P}-${String(i).padStart(3, '0')}`, on: i < 2 ? null : `2021-03-0${1 + (i % 3)}` }));
  await addPolicies(rows, 0);
  await addPolicies([{ id: `policy:${P}-manydocs`, on: '2019-01-01' }], 30);
  await driver.executeQuery(`CREATE (:Region {id: $id, name: 'Paging Test Land', aliases: [], kind: 'zone', sources: []})`, { id: REGION });
  await applyToRegion([...rows.map((r) => r.id), `policy:${P}-manydocs`]);
  await addParts(['Delta Office', 'Echo Office', 'Foxtrot Office', 'Golf Office', 'Hotel Office', 'India Office', 'Juliet Office', 'Kilo Office', 'Lima Office']);
  yoga = createYogaApp(driver, testConfig());
});

afterAll(async () => {
  await wipe();
  await driver?.close();
});

async function walk(order: string, between?: (page: number) => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const r: Result<Page> = await gql<Page>(
      `query($after: String) { policies(filter: { issuer: "${AGENCY}" }, first: 4, after: $after, orderBy: ${order}) { edges { node { id issuedOn } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const p = (r.data as Page).policies;
    seen.push(...p.edges.map((e) => e.node.id));
    if (!p.pageInfo.hasNextPage) return seen;
    after = p.pageInfo.endCursor;
    await between?.(page);
  }
  throw new Error('the walk did not end');
}

describe('keyset cursors', () => {
  it('walk every text once, in order, both directions, undated ones where Cypher sorts nulls', async () => {
    for (const order of ['ISSUED_ON_DESC', 'ISSUED_ON_ASC', 'TITLE']) {
      const ids = await walk(order);
      expect(new Set(ids).size, order).toBe(ids.length);
      expect(ids).toHaveLength(31);
    }
    const desc = await walk('ISSUED_ON_DESC');
    // Newest first: undated texts first (null is the largest value), then by date, ties by id.
    expect(desc.slice(0, 2)).toEqual([`policy:${P}-000`, `policy:${P}-001`]);
    expect(desc.at(-1)).toBe(`policy:${P}-manydocs`);
    const asc = await walk('ISSUED_ON_ASC');
    expect(asc[0]).toBe(`policy:${P}-manydocs`);
    expect(asc.slice(-2)).toEqual([`policy:${P}-000`, `policy:${P}-001`]);
  });

  it('stay stable while texts are loaded during the walk: nothing seen twice, nothing that was there is skipped', async () => {
    const before = await walk('ISSUED_ON_DESC');
    const added: string[] = [];
    const ids = await walk('ISSUED_ON_DESC', async (page) => {
      // One text newer than everything (behind the cursor), one older than everything (ahead of it), each page.
      const rows = [
        { id: `policy:${P}-new${page}`, on: '2030-01-01' },
        { id: `policy:${P}-old${page}`, on: '2000-01-01' },
      ];
      added.push(...rows.map((r) => r.id));
      await addPolicies(rows);
    });
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of before) expect(ids).toContain(id);
    // The ones added ahead of the cursor are met; the ones behind it are not (they sort before the cursor).
    expect(ids.filter((id) => id.includes('-old'))).toHaveLength(added.length / 2);
    expect(ids.filter((id) => id.includes('-new'))).toEqual([]);
    await driver.executeQuery(`MATCH (p:Policy) WHERE p.id STARTS WITH 'policy:${P}-new' OR p.id STARTS WITH 'policy:${P}-old' DETACH DELETE p`);
  });

  it('a cursor that is garbage, forged, out of range or of another order is a BAD_USER_INPUT, never a server error', async () => {
    const enc = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
    const first = await gql<Page>(`{ policies(filter: { issuer: "${AGENCY}" }, first: 2) { pageInfo { endCursor } } }`);
    const good = (first.data as Page).policies.pageInfo.endCursor as string;
    const bad = [
      'garbage',
      enc({ o: 'ISSUED_ON_DESC', k: ['2021-13-45'], i: 'x' }),
      enc({ o: 'ISSUED_ON_DESC', k: ['1000000000000'], i: 'x' }),
      enc({ o: 'ISSUED_ON_DESC', k: [10 ** 12], i: 'x' }),
      enc({ o: 'ISSUED_ON_DESC', k: [], i: 'x' }),
      enc({ o: 'ISSUED_ON_DESC', k: ['2021-01-01'], i: 'x'.repeat(5000) }),
      Buffer.from('offset:1000000000000').toString('base64url'),
    ];
    for (const after of bad) {
      const r = await gql(`query($after: String) { policies(first: 2, after: $after) { edges { node { id } } } }`, { after });
      expect(r.status, after).toBe(200);
      expect(r.errors?.[0]?.extensions?.code, after).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message).toMatch(/after: is not a cursor this API gave out/);
    }
    const other = await gql(`query($after: String) { policies(first: 2, after: $after, orderBy: TITLE) { edges { node { id } } } }`, { after: good });
    expect(other.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(other.errors?.[0]?.message).toMatch(/ordered by ISSUED_ON_DESC/);
  });
});

type Link = { cursor: string; id: string };
type Nested = { node: { links: Link[] } };

/** Walks a nested list of the test agency `first` links at a time, following each page's last cursor. */
async function walkNested(list: string, between?: (page: number) => Promise<void>, app = yoga): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  const inner = list === 'issued' ? 'policy { id }' : 'agency { id }';
  for (let page = 0; page < 50; page++) {
    const res = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query($after: String) { node(id: "${AGENCY}") { ... on Agency { links: ${list}(first: 4, after: $after) { cursor ${inner} } } } }`,
        variables: { after },
      }),
    });
    const r = (await res.json()) as Result<{ node: { links: { cursor: string; policy?: { id: string }; agency?: { id: string } }[] } }>;
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const links = r.data?.node.links ?? [];
    seen.push(...links.map((l) => (l.policy ?? l.agency)?.id ?? ''));
    if (links.length < 4) return seen;
    after = links.at(-1)?.cursor ?? null;
    await between?.(page);
  }
  throw new Error('the nested walk did not end');
}

describe('keyset cursors on nested lists', () => {
  it('walk a nested list once, in its order (newest first, undated first; by name), in one statement a page', async () => {
    const top = await walk('ISSUED_ON_DESC');
    const recorded: string[] = [];
    const app = createYogaApp(recordingDriver(driver, (cypher) => recorded.push(cypher)), testConfig());
    const issued = await walkNested('issued', undefined, app);
    // The same order as the top-level list: newest first, undated ones first, ties by id.
    expect(issued).toEqual(top);
    expect(recorded).toHaveLength(Math.ceil((top.length + 1) / 4));
    const parts = await walkNested('parts');
    expect(parts).toEqual(['Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliet', 'Kilo', 'Lima'].map((n) => `${AGENCY}/part-${n.toLowerCase()} office`));
  });

  it('stay stable while a load adds links ahead of and behind the cursor: nothing twice, nothing skipped', async () => {
    const before = await walkNested('issued');
    const added: string[] = [];
    const ids = await walkNested('issued', async (page) => {
      const rows = [
        { id: `policy:${P}-nnew${page}`, on: '2031-01-01' },
        { id: `policy:${P}-nold${page}`, on: '1999-01-01' },
      ];
      added.push(...rows.map((r) => r.id));
      await addPolicies(rows);
    });
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of before) expect(ids).toContain(id);
    expect(ids.filter((id) => id.includes('-nold'))).toHaveLength(added.length / 2);
    expect(ids.filter((id) => id.includes('-nnew'))).toEqual([]);
    await driver.executeQuery(`MATCH (p:Policy) WHERE p.id STARTS WITH 'policy:${P}-nnew' OR p.id STARTS WITH 'policy:${P}-nold' DETACH DELETE p`);
    // By name: organs named before the cursor are not met, those after it are, the rest once each.
    let n = 0;
    const parts = await walkNested('parts', async () => {
      n++;
      await addParts([`Alpha ${n} Office`, `Zulu ${n} Office`]);
    });
    expect(new Set(parts).size).toBe(parts.length);
    expect(parts.filter((id) => id.includes('/part-alpha'))).toEqual([]);
    expect(parts.filter((id) => id.includes('/part-zulu'))).toHaveLength(n);
    expect(parts.filter((id) => /part-[d-l]\w+ office$/.test(id))).toHaveLength(9);
  });

  it('a node’s sources page by document id, while documents that mention it are loaded on both sides of the cursor', async () => {
    const id = `policy:${P}-manydocs`;
    type Src = { node: { sources: { cursor: string; document: { id: string } }[] } };
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const r: Result<Src> = await gql<Src>(`query($after: String) { node(id: "${id}") { ... on Policy { sources(first: 7, after: $after) { cursor document { id } } } } }`, { after });
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      const sources = (r.data as Src).node.sources;
      seen.push(...sources.map((s) => s.document.id));
      if (sources.length < 7) break;
      after = sources.at(-1)?.cursor ?? null;
      // A document sorting before every one seen (`…/doc0…`) and one after all (`…/doc9…`).
      await driver.executeQuery(
        `MATCH (p:Policy {id: $id}) UNWIND $docs AS d CREATE (:Document {id: d, title: d})-[:MENTIONS {evidence: 'says so'}]->(p)`,
        { id, docs: [`${id}/doc0-${page}`, `${id}/doc99-${page}`] },
      );
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...seen].sort());
    expect(seen.filter((d) => /\/doc\d+$/.test(d))).toHaveLength(30);
    expect(seen.filter((d) => d.includes('/doc0-'))).toEqual([]);
    expect(seen.filter((d) => d.includes('/doc99-')).length).toBeGreaterThan(0);
    await driver.executeQuery(`MATCH (d:Document) WHERE d.id STARTS WITH $id + '/doc0-' OR d.id STARTS WITH $id + '/doc99-' DETACH DELETE d`, { id });
  });

  it('a fact’s sources too: by document id whatever the load order, each with its own sentence, stable while sources are added', async () => {
    const id = `policy:${P}-manydocs`;
    // The issue fact stated by the 30 documents, stored in a load order that is not theirs.
    const docs = Array.from({ length: 30 }, (_, i) => `${id}/doc${i + 1}`).reverse();
    const setSources = (list: string[]) =>
      driver.executeQuery('MATCH (:Agency {id: $agency})-[r:ISSUED]->(:Policy {id: $id}) SET r.sources = $docs, r.evidence = [d IN $docs | "says " + d]', { agency: AGENCY, id, docs: list });
    await setSources(docs);
    type Src = { node: { issuers: { sources: { cursor: string; evidence: string; document: { id: string } | null }[] }[] } };
    const seen: Src['node']['issuers'][number]['sources'] = [];
    let after: string | null = null;
    let stored = docs;
    for (let page = 0; page < 20; page++) {
      const r: Result<Src> = await gql<Src>(
        `query($after: String) { node(id: "${id}") { ... on Policy { issuers { sources(first: 7, after: $after) { cursor evidence document { id } } } } } }`,
        { after },
      );
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      const sources = (r.data as Src).node.issuers[0]?.sources ?? [];
      seen.push(...sources);
      if (sources.length < 7) break;
      after = sources.at(-1)?.cursor ?? null;
      // A later load adds a document sorting before every one seen and one after all.
      const added = [`${id}/doc0-${page}`, `${id}/doc99-${page}`];
      await driver.executeQuery('UNWIND $ids AS d CREATE (:Document {id: d, title: d})', { ids: added });
      stored = [...stored, ...added];
      await setSources(stored);
    }
    const ids = seen.map((s) => s.document?.id ?? '');
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
    for (const s of seen) expect(s.evidence).toBe(`says ${s.document?.id}`);
    expect(ids.filter((d) => /\/doc\d+$/.test(d))).toHaveLength(30);
    expect(ids.filter((d) => d.includes('/doc0-'))).toEqual([]);
    expect(ids.filter((d) => d.includes('/doc99-')).length).toBeGreaterThan(0);
    await setSources([]);
    await driver.executeQuery(`MATCH (d:Document) WHERE d.id STARTS WITH $id + '/doc0-' OR d.id STARTS WITH $id + '/doc99-' DETACH DELETE d`, { id });
  });

  it('a timeline pages by date (undated last) with after, stable while texts are added on both sides of the cursor', async () => {
    type T = { timeline: { date: string | null; cursor: string; node: { id: string } }[] };
    const walkTimeline = async (between?: (page: number) => Promise<void>): Promise<T['timeline']> => {
      const seen: T['timeline'] = [];
      let after: string | null = null;
      for (let page = 0; page < 30; page++) {
        const r: Result<T> = await gql<T>(`query($after: String) { timeline(region: "${REGION}", first: 5, after: $after) { date cursor node { id } } }`, { after });
        expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
        const events = (r.data as T).timeline;
        seen.push(...events);
        if (events.length < 5) return seen;
        after = events.at(-1)?.cursor ?? null;
        await between?.(page);
      }
      throw new Error('the timeline walk did not end');
    };
    const all = await walkTimeline();
    const ids = all.map((e) => e.node.id);
    expect(new Set(ids).size).toBe(31);
    const dated = all.filter((e) => e.date !== null).map((e) => e.date as string);
    expect(dated).toEqual([...dated].sort());
    expect(all.slice(-2).map((e) => [e.date, e.node.id])).toEqual([[null, `policy:${P}-000`], [null, `policy:${P}-001`]]);
    const added: string[] = [];
    const during = await walkTimeline(async (page) => {
      const rows = [
        { id: `policy:${P}-tearly${page}`, on: '2000-01-01' },
        { id: `policy:${P}-tlate${page}`, on: '2030-01-01' },
      ];
      added.push(...rows.map((r) => r.id));
      await addPolicies(rows);
      await applyToRegion(rows.map((r) => r.id));
    });
    const seen = during.map((e) => e.node.id);
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of ids) expect(seen).toContain(id);
    expect(seen.filter((id) => id.includes('-tearly'))).toEqual([]);
    expect(seen.filter((id) => id.includes('-tlate'))).toHaveLength(added.length / 2);
    await driver.executeQuery(`MATCH (p:Policy) WHERE p.id STARTS WITH 'policy:${P}-tearly' OR p.id STARTS WITH 'policy:${P}-tlate' DETACH DELETE p`);
    // A cursor of another list, or none of ours, is the user's error.
    const link = await gql<{ node: { issued: { cursor: string }[] } }>(`{ node(id: "${AGENCY}") { ... on Agency { issued(first: 1) { cursor } } } }`);
    for (const after of [link.data?.node.issued[0]?.cursor ?? '', 'garbage']) {
      const r = await gql(`query($after: String) { timeline(region: "${REGION}", after: $after) { date } }`, { after });
      expect(r.errors?.[0]?.extensions?.code, after).toBe('BAD_USER_INPUT');
    }
  });

  it('a bad nested cursor, or one of another list, is a BAD_USER_INPUT naming the field', async () => {
    const top = await gql<Page>(`{ policies(filter: { issuer: "${AGENCY}" }, first: 2) { pageInfo { endCursor } } }`);
    const parts = await gql<{ node: { parts: { cursor: string }[] } }>(`{ node(id: "${AGENCY}") { ... on Agency { parts(first: 1) { cursor } } } }`);
    const partCursor = parts.data?.node.parts[0]?.cursor as string;
    for (const [after, why] of [
      ['garbage', /issued\(after:\) is not a cursor this API gave out/],
      [(top.data as Page).policies.pageInfo.endCursor as string, /issued\(after:\) is the cursor of another list/],
      [partCursor, /issued\(after:\) is the cursor of another list/],
    ] as const) {
      const r = await gql(`query($after: String) { node(id: "${AGENCY}") { ... on Agency { issued(after: $after) { cursor } } } }`, { after });
      expect(r.status).toBe(200);
      expect(r.errors?.[0]?.extensions?.code, after).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message).toMatch(why);
    }
  });
});

describe('every list is paged and counted', () => {
  it('sources take first (default 20): a text named by 30 documents gives 20, or as many as asked', async () => {
    type Src = { node: { sources: { document: { id: string } }[]; few: { document: { id: string } }[] } };
    const r = await gql<Src>(`{ node(id: "policy:${P}-manydocs") { ... on Policy { sources { document { id } } few: sources(first: 3) { document { id } } } } }`);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const n = (r.data as Src).node;
    expect(n.sources).toHaveLength(20);
    expect(new Set(n.sources.map((s) => s.document.id)).size).toBe(20);
    expect(n.few.map((s) => s.document.id)).toEqual(n.sources.slice(0, 3).map((s) => s.document.id));
    const over = await gql(`{ node(id: "policy:${P}-manydocs") { ... on Policy { sources(first: 101) { evidence } } } }`);
    expect(over.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('an answer that could hold more objects than allowed is refused before any Cypher runs', async () => {
    // Sources → documents → mentions → sources → documents → mentions: 100 × 100 × 100 × 100 possible objects.
    const bomb = `{ node(id: "policy:${P}-manydocs") { ... on Policy { sources(first: 100) { document { mentions(first: 100) { node {
      ... on Policy { sources(first: 100) { document { mentions(first: 100) { node { id } } } } } } } } } } } }`;
    const r = await gql(bomb);
    expect(r.status).toBe(200);
    expect(r.errors?.map((e) => e.extensions?.code)).toContain('BAD_USER_INPUT');
    expect(r.data ?? null).toBeNull();
    // graphql-armor multiplies by literal `first` values only: defaults and variables are counted here, a variable
    // as the largest value it may take (100 × 100 × 100 objects, though this request asks for n = 2).
    const v = await gql(`query($n: Int) { policies(first: $n) { edges { node { issuers(first: $n) { actor { issued(first: $n) { policy { id } } } } } } } }`, { n: 2 });
    expect(v.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(v.errors?.[0]?.message).toMatch(new RegExp(`up to 2,020,300 objects, more than the ${MAX_NODES.toLocaleString('en')} allowed`));
    // Defaults count too (20 a list): regions → policies → issuers → issued → appliesTo, 20^5 at most.
    const defaults = await gql('{ regions { edges { node { policies { policy { issuers { actor { issued { policy { appliesTo { region { id } } } } } } } } } } } }');
    expect(defaults.errors?.[0]?.message).toMatch(/up to 6,736,860 objects, more than the .* allowed/);
    // The same questions with small pages are answered.
    const small = await gql(`query($n: Int) { policies(first: $n) { edges { node { issuers(first: 5) { actor { issued(first: 5) { policy { id } } } } } } } }`, { n: 2 });
    expect(small.errors).toBeUndefined();
  });
});
