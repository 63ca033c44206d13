// The Cypher of the API's list, search, timeline, path and count queries: one statement each, built from
// fixed fragments; filter values are parameters. Inputs arrive validated (api/args.ts).
import { toSimplified, toTraditional } from '../loaders/read/script.ts';
import { FULLTEXT_INDEX } from '../graph/schema.ts';
import { cursorValue, keysetAfter, type OrderKey, type Position } from './keyset.ts';
import { Compiler, labelForId, MAX_LINEAGE, POLICY_KINDS, type FieldSelection } from './select.ts';

export type RegionScope = 'EXACT' | 'WITHIN' | 'CONTAINING' | 'BOTH';

export interface DateRange {
  from?: string;
  to?: string;
  year?: number;
}

export interface PolicyFilter extends DateRange {
  kinds?: string[];
  statuses?: string[];
  issuer?: string;
  /** Also policies issued by the issuer's sub-bodies (PART_OF*). */
  issuerSubBodies?: boolean;
  /** Also policies issued by the bodies the issuer was reorganised from (SUCCEEDED_BY*). */
  includePredecessors?: boolean;
  region?: string;
  regionScope?: RegionScope;
  text?: string;
}

export interface ActorFilter {
  types?: string[];
  kind?: string;
  level?: string;
  /** Agencies that are (transitively) part of this body. */
  partOf?: string;
  /** Agencies whose jurisdiction is this region. */
  region?: string;
  text?: string;
}

export interface RegionFilter {
  kind?: string;
  /** Regions inside this one (PART_OF*). */
  within?: string;
  /** Regions that contain this one (PART_OF*). */
  containing?: string;
  hasPolicies?: boolean;
  text?: string;
}

export interface ProposalFilter extends DateRange {
  proposer?: string;
  /** Also proposals made by the members of the proposer (a body) and of its sub-bodies. */
  proposerMembers?: boolean;
  region?: string;
  regionScope?: RegionScope;
  venue?: string;
  text?: string;
}

export interface LicenceFilter extends DateRange {
  issuer?: string;
  includePredecessors?: boolean;
  holder?: string;
  region?: string;
  regionScope?: RegionScope;
  text?: string;
}

/** Where a page starts: after the item with these order-key values and id (a keyset cursor), or at the top. */
export interface Page {
  first: number;
  after?: { keys: (string | number | null)[]; id: string };
  withTotal: boolean;
}

/** How deep PART_OF chains go (district → city → province → country, agency organs likewise). */
const MAX_PART_DEPTH = 8;

export type { OrderKey } from './keyset.ts';

// Nulls sit where Cypher (and a range index walked in order) puts them: last ascending, first descending. An
// `IS NULL` sort key would stop Neo4j from reading the date index in order and stopping at the page's end.
const issuedOn = (desc?: boolean): OrderKey[] => [{ expr: 'n.issuedOn', desc, type: 'date' }];
const byTitle: OrderKey[] = [{ expr: 'n.title', type: 'string' }];
const byName: OrderKey[] = [{ expr: 'n.name', type: 'string' }];

export const ORDERS = {
  policies: { ISSUED_ON_DESC: issuedOn(true), ISSUED_ON_ASC: issuedOn(), TITLE: byTitle },
  actors: { NAME: byName, POLICIES_DESC: [{ expr: 'COUNT { (n)-[:ISSUED]->(:Policy) }', desc: true, type: 'int' }, ...byName] },
  regions: { NAME: byName, POLICIES_DESC: [{ expr: 'COUNT { (n)<-[:APPLIES_TO]-(:Policy) }', desc: true, type: 'int' }, ...byName] },
  proposals: { MADE_ON_DESC: [{ expr: 'coalesce(n.madeOn, n.issuedOn)', desc: true, type: 'date' }], TITLE: byTitle },
  licences: { ISSUED_ON_ASC: issuedOn(), ISSUED_ON_DESC: issuedOn(true), TITLE: byTitle },
} as const satisfies Record<string, Record<string, readonly OrderKey[]>>;
export type ListName = keyof typeof ORDERS;

/** True when the user gave an id (`agency:cn/nhc`) rather than a name. */
const looksLikeId = (s: string): boolean => /^[a-z]+:\S+$/.test(s) && labelForId(s) !== undefined;

/** `x` is the thing named by `value`: its id, or its name / Chinese name / an alias (case-insensitive). */
export function named(c: Compiler, x: string, value: string): string {
  if (looksLikeId(value)) return `${x}.id = ${c.param(value)}`;
  return namedBy(x, c.param(value));
}

const namedBy = (x: string, p: string): string =>
  `(toLower(${x}.name) = toLower(${p}) OR ${x}.nameZh = ${p} OR any(al IN coalesce(${x}.aliases, []) WHERE toLower(al) = toLower(${p})))`;

/** A Lucene phrase query for the exact words of `value` (inside quotes only `"` and `\` are special). */
const phraseQuery = (value: string): string => `"${value.replace(/["\\]/g, (ch) => `\\${ch}`)}"`;

/**
 * Binds `x` to the `label` nodes named by `value`, starting from an index rather than a scan: the unique id index
 * for an id; else the full-text index (names, Chinese names, aliases — the exact, case-insensitive match is checked
 * on its few hits) together with the name index (a name the analyzer reduces to nothing, such as a stop word).
 */
export function resolveNamed(c: Compiler, x: string, label: string, value: string): string {
  if (looksLikeId(value)) return `MATCH (${x}:${label} {id: ${c.param(value)}})`;
  const p = c.param(value);
  const q = c.param(phraseQuery(value));
  const hit = c.fresh('hit');
  return (
    `CALL () { CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', ${q}) YIELD node AS ${hit} RETURN ${hit} ` +
    `UNION MATCH (${hit}:${label}) WHERE ${hit}.name = ${p} RETURN ${hit} } ` +
    `WITH ${hit} AS ${x} WHERE ${x}:${label} AND ${namedBy(x, p)}`
  );
}

/**
 * Whether anything of `label` is named `value`, and if not the closest names (Lucene fuzzy match on each word of
 * the full-text index), for a hint when a filter names something the graph does not hold ("Shenzen").
 */
export function closestNamesStatement(label: string, value: string, first = 5): Statement {
  const c = new Compiler();
  const fuzzy = c.param(
    luceneEscape(value)
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => `${w}~`)
      .join(' '),
  );
  return {
    cypher:
      `CALL () { ${resolveNamed(c, 'x', label, value)} RETURN count(x) AS known } ` +
      `RETURN known, CASE WHEN known > 0 THEN [] ELSE COLLECT { CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', ${fuzzy}) YIELD node, score ` +
      `WITH node, score WHERE node:${label} ORDER BY score DESC, node.id LIMIT ${c.param(first)} ` +
      `RETURN {id: node.id, name: coalesce(node.name, node.title)} } END AS closest`,
    params: c.params,
  };
}

function dateRange(c: Compiler, expr: string, f: DateRange): string[] {
  const w: string[] = [];
  if (f.from) w.push(`${expr} >= date(${c.param(f.from)})`);
  if (f.to) w.push(`${expr} <= date(${c.param(f.to)})`);
  if (f.year !== undefined) {
    const y = c.param(f.year);
    w.push(`${expr} >= date({year: ${y}, month: 1, day: 1}) AND ${expr} < date({year: ${y} + 1, month: 1, day: 1})`);
  }
  return w;
}

/** The text in both Chinese scripts: 幹細胞 also finds 干细胞 titles, and the other way round. */
const bothScripts = (text: string): string[] => [...new Set([text, toSimplified(text), toTraditional(text)])];

function textMatch(c: Compiler, f: { text?: string }): string[] {
  if (!f.text) return [];
  const p = c.param(bothScripts(f.text));
  return [
    `any(q IN ${p} WHERE toLower(coalesce(n.title, n.name, '')) CONTAINS toLower(q) OR coalesce(n.titleZh, n.nameZh, '') CONTAINS q ` +
      `OR toLower(coalesce(n.aliasText, '')) CONTAINS toLower(q))`,
  ];
}

/** Regions `r` related to the region named `value` under `scope`. */
function regionScoped(c: Compiler, r: string, value: string, scope: RegionScope = 'EXACT'): string {
  const t = c.fresh('t');
  const cond = named(c, t, value);
  const d = MAX_PART_DEPTH;
  switch (scope) {
    case 'EXACT':
      return `EXISTS { MATCH (${t}:Region) WHERE ${t} = ${r} AND ${cond} }`;
    case 'WITHIN':
      return `EXISTS { MATCH (${r})-[:PART_OF*0..${d}]->(${t}:Region) WHERE ${cond} }`;
    case 'CONTAINING':
      return `EXISTS { MATCH (${t}:Region)-[:PART_OF*0..${d}]->(${r}) WHERE ${cond} }`;
    case 'BOTH':
      return `(EXISTS { MATCH (${r})-[:PART_OF*0..${d}]->(${t}:Region) WHERE ${cond} } OR EXISTS { MATCH (${t}:Region)-[:PART_OF*0..${d}]->(${r}) WHERE ${cond} })`;
  }
}

function appliesTo(c: Compiler, f: { region?: string; regionScope?: RegionScope }): string[] {
  if (!f.region) return [];
  const r = c.fresh('reg');
  return [`EXISTS { MATCH (n)-[:APPLIES_TO]->(${r}:Region) WHERE ${regionScoped(c, r, f.region, f.regionScope)} }`];
}

/** Where the statement starts: from the named actor when there is one (index seek), else all nodes of the label. */
interface Start {
  match: string;
  where: string[];
}

/** The regions a region filter reaches: `r` bound to every region named by `value` under `scope`. */
function regionsReached(c: Compiler, value: string, scope: RegionScope = 'EXACT'): string {
  const d = MAX_PART_DEPTH;
  const find = (t: string): string => resolveNamed(c, t, 'Region', value);
  switch (scope) {
    case 'EXACT':
      return `${find('r')}`;
    case 'WITHIN':
      return `${find('t')} MATCH (r:Region)-[:PART_OF*0..${d}]->(t) WITH DISTINCT r`;
    case 'CONTAINING':
      return `${find('t')} MATCH (t)-[:PART_OF*0..${d}]->(r:Region) WITH DISTINCT r`;
    case 'BOTH':
      return `CALL { ${find('t')} MATCH (r:Region)-[:PART_OF*0..${d}]->(t) RETURN r UNION ${find('t')} MATCH (t)-[:PART_OF*0..${d}]->(r:Region) RETURN r }`;
  }
}

/**
 * Start from the most selective thing the filter names: the issuer (an index seek), else the region (its few
 * hundred texts), else every node of the label with the predicates (and the issuedOn index) applied.
 */
function appliesStart(c: Compiler, label: string, f: { region?: string; regionScope?: RegionScope }, where: string[]): Start {
  if (f.region) return { match: `${regionsReached(c, f.region, f.regionScope)} MATCH (n:${label})-[:APPLIES_TO]->(r) WITH DISTINCT n`, where };
  return { match: `MATCH (n:${label})`, where };
}

/** Kinds are labels (Guideline…): a label test, which the planner can serve from the label index. */
function kindLabels(kinds: string[]): string {
  const known = kinds.filter((k): k is (typeof POLICY_KINDS)[number] => (POLICY_KINDS as readonly string[]).includes(k));
  return known.length ? `(${known.map((k) => `n:${k}`).join(' OR ')})` : 'false';
}

/**
 * Binds `i` to the issuers an issuer filter means: the actor named (through an index), with the bodies it was
 * reorganised from (SUCCEEDED_BY*, bounded) when asked, and the sub-bodies of each (PART_OF*) when asked.
 */
function issuersNamed(c: Compiler, f: { issuer: string; issuerSubBodies?: boolean; includePredecessors?: boolean }): string {
  const lineage = f.includePredecessors ? `MATCH (l:Actor)-[:SUCCEEDED_BY*0..${MAX_LINEAGE}]->(a) WITH DISTINCT l AS a ` : '';
  const sub = f.issuerSubBodies ? `MATCH (i:Actor)-[:PART_OF*0..${MAX_PART_DEPTH}]->(a) ` : 'WITH a AS i ';
  return `${resolveNamed(c, 'a', 'Actor', f.issuer)} ${lineage}${sub}`;
}

function policyStart(c: Compiler, f: PolicyFilter): Start {
  const where: string[] = [];
  if (f.kinds?.length) where.push(kindLabels(f.kinds));
  if (f.statuses?.length) where.push(`n.status IN ${c.param(f.statuses)}`);
  where.push(...dateRange(c, 'n.issuedOn', f), ...textMatch(c, f));
  if (f.issuer) {
    where.push(...appliesTo(c, f));
    return { match: `${issuersNamed(c, { ...f, issuer: f.issuer })}MATCH (i)-[:ISSUED]->(n:Policy) WITH DISTINCT n`, where };
  }
  return appliesStart(c, 'Policy', f, where);
}

function actorStart(c: Compiler, f: ActorFilter): Start {
  const where: string[] = [];
  if (f.types?.length) where.push(`any(l IN labels(n) WHERE l IN ${c.param(f.types)})`);
  if (f.kind) where.push(`n.kind = ${c.param(f.kind)}`);
  if (f.level) where.push(`n.level = ${c.param(f.level)}`);
  if (f.region) {
    const r = c.fresh('reg');
    where.push(`EXISTS { MATCH (n)-[:JURISDICTION]->(${r}:Region) WHERE ${named(c, r, f.region)} }`);
  }
  where.push(...textMatch(c, f));
  if (f.partOf) {
    return {
      match: `${resolveNamed(c, 'b', 'Actor', f.partOf)} MATCH (n:Actor)-[:PART_OF*1..${MAX_PART_DEPTH}]->(b) WITH DISTINCT n`,
      where,
    };
  }
  return { match: 'MATCH (n:Actor)', where };
}

function regionStart(c: Compiler, f: RegionFilter): Start {
  const where: string[] = [];
  if (f.kind) where.push(`n.kind = ${c.param(f.kind)}`);
  if (f.hasPolicies !== undefined) where.push(`${f.hasPolicies ? '' : 'NOT '}EXISTS { (n)<-[:APPLIES_TO]-(:Policy) }`);
  if (f.containing) where.push(`EXISTS { MATCH (n)<-[:PART_OF*1..${MAX_PART_DEPTH}]-(x:Region) WHERE ${named(c, 'x', f.containing)} }`);
  where.push(...textMatch(c, f));
  if (f.within) {
    return {
      match: `${resolveNamed(c, 'w', 'Region', f.within)} MATCH (n:Region)-[:PART_OF*1..${MAX_PART_DEPTH}]->(w) WITH DISTINCT n`,
      where,
    };
  }
  return { match: 'MATCH (n:Region)', where };
}

function proposalStart(c: Compiler, f: ProposalFilter): Start {
  const where: string[] = [...dateRange(c, 'coalesce(n.madeOn, n.issuedOn)', f), ...textMatch(c, f)];
  if (f.proposer) where.push(...appliesTo(c, f));
  if (f.venue) where.push(`toLower(coalesce(n.venue, '')) CONTAINS toLower(${c.param(f.venue)})`);
  if (f.proposer) {
    if (f.proposerMembers) {
      return {
        match:
          `${resolveNamed(c, 'a', 'Actor', f.proposer)} CALL (a) { WITH a AS i RETURN i UNION ` +
          `MATCH (b:Actor)-[:PART_OF*0..${MAX_PART_DEPTH}]->(a) MATCH (i:Actor)-[:MEMBER_OF]->(b) RETURN i } ` +
          `MATCH (i)-[:PROPOSED]->(n:Proposal) WITH DISTINCT n`,
        where,
      };
    }
    return { match: `${resolveNamed(c, 'a', 'Actor', f.proposer)} MATCH (a)-[:PROPOSED]->(n:Proposal) WITH DISTINCT n`, where };
  }
  return appliesStart(c, 'Proposal', f, where);
}

function licenceStart(c: Compiler, f: LicenceFilter): Start {
  const where: string[] = [...dateRange(c, 'n.issuedOn', f), ...textMatch(c, f)];
  if (f.issuer) where.push(...appliesTo(c, f));
  if (f.holder) where.push(`EXISTS { MATCH (n)-[:GRANTED_TO]->(h) WHERE ${named(c, 'h', f.holder)} }`);
  if (f.issuer) return { match: `${issuersNamed(c, { ...f, issuer: f.issuer })}MATCH (i)-[:ISSUED]->(n:License) WITH DISTINCT n`, where };
  return appliesStart(c, 'License', f, where);
}

const NODE_TYPE_OF: Record<ListName, string> = {
  policies: 'Policy',
  actors: 'Actor',
  regions: 'Region',
  proposals: 'Proposal',
  licences: 'License',
};

export type ListFilter = PolicyFilter | ActorFilter | RegionFilter | ProposalFilter | LicenceFilter;

function start(c: Compiler, list: ListName, filter: ListFilter): Start {
  switch (list) {
    case 'policies':
      return policyStart(c, filter as PolicyFilter);
    case 'actors':
      return actorStart(c, filter as ActorFilter);
    case 'regions':
      return regionStart(c, filter as RegionFilter);
    case 'proposals':
      return proposalStart(c, filter as ProposalFilter);
    case 'licences':
      return licenceStart(c, filter as LicenceFilter);
  }
}

function matched(s: Start): string {
  if (!s.where.length) return s.match;
  // A plain label MATCH takes its WHERE directly (index use); after a WITH DISTINCT, filter with WITH … WHERE.
  return /^MATCH \(n:[\w:]+\)$/.test(s.match) ? `${s.match} WHERE ${s.where.join(' AND ')}` : `${s.match} WITH n WHERE ${s.where.join(' AND ')}`;
}

const orderBy = (keys: readonly OrderKey[]): string => [...keys.map((k) => `${k.expr}${k.desc ? ' DESC' : ''}`), 'n.id'].join(', ');


export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * One page of a list with its nested fields in one statement: rows `{node, key}` (first + 1 of them, to tell
 * whether there is a next page; `key` is the order-key values and id a cursor needs). When the total is wanted,
 * one row `{totalCount, rows}` instead, the count taken in its own subquery so the page still stops at its end.
 */
export function listStatement(
  list: ListName,
  filter: ListFilter,
  order: string,
  page: Page,
  node: Map<string, FieldSelection[]> | undefined,
): Statement {
  const c = new Compiler();
  const orders: Record<string, readonly OrderKey[]> = ORDERS[list];
  const keys = orders[order];
  if (!keys) throw new Error(`unknown order ${order} for ${list}`);
  const count = page.withTotal ? `CALL () { ${matched(start(c, list, filter))} RETURN count(n) AS totalCount } ` : '';
  const s = start(c, list, filter);
  const compared = (e: string): boolean => s.where.some((w) => w.startsWith(`${e} >=`) || w.startsWith(`${e} <=`));
  if (page.after) s.where.push(keysetAfter(c, keys, page.after, compared));
  const pageOf = `${matched(s)} WITH n ORDER BY ${orderBy(keys)} LIMIT ${c.param(page.first + 1)}`;
  const row = `{node: ${c.node('n', NODE_TYPE_OF[list], node)}, key: [${keys.map(cursorValue).join(', ')}, n.id]}`;
  if (!page.withTotal) return { cypher: `${pageOf} RETURN ${row} AS row`, params: c.params };
  return { cypher: `${count}CALL () { ${pageOf} RETURN collect(${row}) AS rows } RETURN totalCount, rows`, params: c.params };
}

/** One node by id; the label comes from the id's prefix so the unique index is used. */
export function nodeStatement(id: string, node: Map<string, FieldSelection[]> | undefined): Statement | undefined {
  const label = labelForId(id);
  if (!label) return undefined;
  const c = new Compiler();
  const p = c.param(id);
  return { cypher: `MATCH (n:${label} {id: ${p}}) RETURN ${c.node('n', 'Node', node)} AS node`, params: c.params };
}

/** Lucene's query syntax characters, escaped so any text is searched as words. */
export function luceneEscape(text: string): string {
  return text
    .replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (ch) => `\\${ch}`)
    .replace(/\b(AND|OR|NOT)\b/g, (w) => w.toLowerCase());
}

export function searchStatement(index: string, text: string, first: number, node: Map<string, FieldSelection[]> | undefined): Statement {
  const c = new Compiler();
  const q = c.param(luceneEscape(text));
  const limit = c.param(first);
  const idx = c.param(index);
  return {
    cypher: `CALL db.index.fulltext.queryNodes(${idx}, ${q}, {limit: ${limit}}) YIELD node AS n, score RETURN score, ${c.node('n', 'Node', node)} AS node ORDER BY score DESC, n.id`,
    params: c.params,
  };
}

export interface TimelineArgs extends DateRange {
  region: string;
  includeSubRegions: boolean;
  first: number;
  /** A keyset position: the events after it in TIMELINE_ORDER. */
  after?: Position;
}

/** A timeline's order: by date (undated last, where Cypher puts nulls ascending), then id. */
export const TIMELINE_ORDER: readonly OrderKey[] = [{ expr: 'date', type: 'date' }];

/** Policies, proposals and licences that apply to a region (and, optionally, the regions inside it), by date. */
export function timelineStatement(a: TimelineArgs, node: Map<string, FieldSelection[]> | undefined): Statement {
  const c = new Compiler();
  const depth = a.includeSubRegions ? MAX_PART_DEPTH : 0;
  const where = dateRange(c, 'date', a);
  if (a.after) where.push(keysetAfter(c, TIMELINE_ORDER, a.after, () => false));
  const limit = c.param(a.first);
  return {
    cypher:
      `${resolveNamed(c, 't', 'Region', a.region)} ` +
      `MATCH (r:Region)-[:PART_OF*0..${depth}]->(t) WITH DISTINCT r ` +
      `MATCH (n)-[:APPLIES_TO]->(r) WHERE n:Policy OR n:Proposal OR n:License ` +
      `WITH DISTINCT n, coalesce(n.issuedOn, n.madeOn) AS date ` +
      `${where.length ? `WHERE ${where.join(' AND ')} ` : ''}` +
      `WITH n, date ORDER BY date, n.id LIMIT ${limit} ` +
      // The date as precise as the text gave it (2024, 2024-03), as on the nodes themselves.
      `RETURN CASE n.datePrecision WHEN 'year' THEN toString(date.year) WHEN 'month' THEN left(toString(date), 7) ELSE toString(date) END AS date, ` +
      `CASE WHEN n:Policy THEN 'Policy' WHEN n:Proposal THEN 'Proposal' ELSE 'Licence' END AS type, ${c.node('n', 'Node', node)} AS node, ` +
      `[toString(date), n.id] AS key`,
    params: c.params,
  };
}

/** The relationship types a connection may follow: the facts, not the documents' mentions. */
const FACT_TYPES = 'ISSUED|PROPOSED|APPLIES_TO|SUPERSEDES|IMPLEMENTS|MEMBER_OF|PART_OF|JURISDICTION|GRANTED_TO';

export function connectionStatement(
  fromId: string,
  toId: string,
  maxHops: number,
  nodes: Map<string, FieldSelection[]> | undefined,
  steps: Map<string, FieldSelection[]> | undefined,
): Statement {
  const c = new Compiler();
  const fromLabel = labelForId(fromId) ?? 'Actor';
  const toLabel = labelForId(toId) ?? 'Actor';
  const from = c.param(fromId);
  const to = c.param(toId);
  // maxHops is a validated integer from a small range; a variable-length bound cannot be a parameter.
  const hops = Math.trunc(maxHops);
  const stepParts: string[] = [];
  for (const f of steps?.get('PathStep') ?? []) {
    if (f.field === 'type') stepParts.push(`${f.key}: type(rel)`);
    if (f.field === 'from') stepParts.push(`${f.key}: startNode(rel).id`);
    if (f.field === 'to') stepParts.push(`${f.key}: endNode(rel).id`);
    if (f.field === 'sources') stepParts.push(`${f.key}: ${c.factSources('rel', f)}`);
  }
  return {
    cypher:
      `OPTIONAL MATCH (a:${fromLabel} {id: ${from}}) OPTIONAL MATCH (b:${toLabel} {id: ${to}}) ` +
      `OPTIONAL MATCH p = shortestPath((a)-[:${FACT_TYPES}*..${hops}]-(b)) ` +
      `RETURN a IS NOT NULL AS hasFrom, b IS NOT NULL AS hasTo, length(p) AS length, ` +
      `[x IN nodes(p) | ${c.node('x', 'Node', nodes)}] AS nodes, [rel IN relationships(p) | {${stepParts.join(', ')}}] AS steps`,
    params: c.params,
  };
}

export type CountBy = 'YEAR' | 'REGION' | 'ISSUER' | 'KIND' | 'STATUS';

/** Policy counts grouped by year, region, issuer, kind or status, over the same filter as `policies`. */
export function countStatement(by: CountBy, filter: PolicyFilter, first: number): Statement {
  const c = new Compiler();
  const s = policyStart(c, filter);
  const limit = c.param(first);
  const group: Record<CountBy, string> = {
    YEAR: 'WITH toString(n.issuedOn.year) AS key, toString(n.issuedOn.year) AS label, count(*) AS count ORDER BY key',
    KIND: "WITH head([l IN labels(n) WHERE l <> 'Policy']) AS key, count(*) AS count WITH key, key AS label, count ORDER BY count DESC, key",
    STATUS: 'WITH n.status AS key, count(*) AS count WITH key, key AS label, count ORDER BY count DESC, key',
    REGION:
      'MATCH (n)-[:APPLIES_TO]->(g:Region) WITH g.id AS key, g.name AS label, count(DISTINCT n) AS count ORDER BY count DESC, key',
    ISSUER: 'MATCH (g:Actor)-[:ISSUED]->(n) WITH g.id AS key, g.name AS label, count(DISTINCT n) AS count ORDER BY count DESC, key',
  };
  return { cypher: `${matched(s)} ${group[by]} LIMIT ${limit} RETURN key, label, count`, params: c.params };
}
