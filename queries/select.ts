// Turns a requested selection (what a GraphQL query asks for, as plain data) into ONE Cypher map projection,
// so a list and all its nested fields come back in a single statement. Every field maps to a fixed Cypher
// fragment from the whitelists below; user input only ever reaches Cypher as parameters.
import { POLICY_KINDS } from '../loaders/kinds.ts';
import { cursorValue, CursorError, keysetAfter, readCursor, type OrderKey } from './keyset.ts';

/** One requested field: `key` is the alias (the key in the result map), `field` the schema field. */
export interface FieldSelection {
  key: string;
  field: string;
  args: Record<string, unknown>;
  /** For object fields: the sub-selection for each concrete type it may return (interfaces list several). */
  sub?: Map<string, FieldSelection[]>;
}

export class SelectionError extends Error {}

/** Most items a nested list returns, and its default. */
export const MAX_NESTED = 100;
export const DEFAULT_NESTED = 20;

export { POLICY_KINDS };
export const NODE_TYPES = ['Policy', 'Agency', 'Organization', 'Person', 'Region', 'Proposal', 'License', 'Document'] as const;
export type NodeType = (typeof NODE_TYPES)[number];
export const ACTOR_TYPES = ['Agency', 'Organization', 'Person'] as const;

/** GraphQL type names that differ from their Neo4j label: the API spells licence the British way throughout. */
const GRAPHQL_NAMES: Partial<Record<NodeType, string>> = { License: 'Licence' };
export const graphqlName = (t: NodeType): string => GRAPHQL_NAMES[t] ?? t;

/** Abstract GraphQL types and the node types they cover. */
const ABSTRACT: Record<string, readonly NodeType[]> = { Node: NODE_TYPES, Actor: ACTOR_TYPES };

type Prop = { kind: 'prop'; expr: (v: string) => string };
type Rel = {
  kind: 'rel';
  /** The pattern from node `v` through relationship `r` to the other node `o`. */
  pattern: (v: string, r: string, o: string) => string;
  edge: EdgeType;
  /** The list's order key (the other node's id breaks ties): what a link's cursor holds. */
  order: (r: string, o: string) => OrderKey;
  single?: boolean;
};
type NodeSources = { kind: 'nodeSources' };
/** Merge evidence (identity/merges.ts): the stored entries and the names their documents gave (same-as.ts reads them). */
type SameAs = { kind: 'sameAs' };
type NodeField = Prop | Rel | NodeSources | SameAs;
const SAME_AS: SameAs = { kind: 'sameAs' };

const prop = (name: string): Prop => ({ kind: 'prop', expr: (v) => `${v}.${name}` });
/** A date as precise as the text gave it (datePrecision): 2024, 2024-03 or 2024-03-15, never a false first day.
 *  Always text: the answer needs no more, and the driver decodes a date value with 64-bit integer arithmetic. */
const partialDate = (date: (v: string) => string): Prop => ({
  kind: 'prop',
  expr: (v) => `CASE ${v}.datePrecision WHEN 'year' THEN toString(${date(v)}.year) WHEN 'month' THEN left(toString(${date(v)}), 7) ELSE toString(${date(v)}) END`,
});
const byName = (_r: string, o: string): OrderKey => ({ expr: `coalesce(${o}.name, ${o}.title)`, type: 'string' });
const byDateDesc = (_r: string, o: string): OrderKey => ({ expr: `${o}.issuedOn`, desc: true, type: 'date' });
const byOn = (r: string): OrderKey => ({ expr: `${r}.on`, type: 'date' });
/** How many reorganisations away (SUCCEEDED_BY steps), nearest first. */
const bySteps = (r: string): OrderKey => ({ expr: `size(${r})`, type: 'int' });
/** How far a lineage is followed: longer than any chain of reorganisations the gazetteer holds. */
export const MAX_LINEAGE = 8;

const COMMON: Record<string, NodeField> = {
  id: prop('id'),
  name: { kind: 'prop', expr: (v) => `coalesce(${v}.name, ${v}.title)` },
  nameZh: { kind: 'prop', expr: (v) => `coalesce(${v}.nameZh, ${v}.titleZh)` },
  aliases: { kind: 'prop', expr: (v) => `coalesce(${v}.aliases, [])` },
  kind: prop('kind'),
  sources: { kind: 'nodeSources' },
};

const ACTOR: Record<string, NodeField> = {
  ...COMMON,
  issued: { kind: 'rel', pattern: (v, r, o) => `(${v})-[${r}:ISSUED]->(${o}:Policy)`, edge: 'IssuedLink', order: byDateDesc },
  licencesIssued: { kind: 'rel', pattern: (v, r, o) => `(${v})-[${r}:ISSUED]->(${o}:License)`, edge: 'LicenceIssuedLink', order: byDateDesc },
  proposals: { kind: 'rel', pattern: (v, r, o) => `(${v})-[${r}:PROPOSED]->(${o}:Proposal)`, edge: 'ProposedLink', order: byOn },
  memberOf: { kind: 'rel', pattern: (v, r, o) => `(${v})-[${r}:MEMBER_OF]->(${o}:Actor)`, edge: 'MembershipLink', order: byName },
  sameAs: SAME_AS,
};

const NODE_FIELDS: Record<NodeType, Record<string, NodeField>> = {
  Policy: {
    ...COMMON,
    title: { kind: 'prop', expr: (v) => `coalesce(${v}.title, ${v}.name)` },
    titleZh: { kind: 'prop', expr: (v) => `coalesce(${v}.titleZh, ${v}.nameZh)` },
    type: { kind: 'prop', expr: (v) => `head([l IN labels(${v}) WHERE l IN [${POLICY_KINDS.map((k) => `'${k}'`).join(', ')}]])` },
    status: prop('status'),
    issuedOn: partialDate((v) => `${v}.issuedOn`),
    datePrecision: prop('datePrecision'),
    docNumber: prop('docNumber'),
    sameAs: SAME_AS,
    issuers: { kind: 'rel', pattern: (v, r, o) => `(${o}:Actor)-[${r}:ISSUED]->(${v})`, edge: 'IssuerLink', order: byName },
    appliesTo: { kind: 'rel', pattern: (v, r, o) => `(${v})-[${r}:APPLIES_TO]->(${o}:Region)`, edge: 'RegionLink', order: byName },
    supersedes: { kind: 'rel', pattern: (v, r, o) => `(${v})-[${r}:SUPERSEDES]->(${o}:Policy)`, edge: 'PolicyLink', order: byDateDesc },
    supersededBy: { kind: 'rel', pattern: (v, r, o) => `(${o}:Policy)-[${r}:SUPERSEDES]->(${v})`, edge: 'PolicyLink', order: byDateDesc },
    implements: { kind: 'rel', pattern: (v, r, o) => `(${v})-[${r}:IMPLEMENTS]->(${o}:Policy)`, edge: 'PolicyLink', order: byDateDesc },
    implementedBy: { kind: 'rel', pattern: (v, r, o) => `(${o}:Policy)-[${r}:IMPLEMENTS]->(${v})`, edge: 'PolicyLink', order: byDateDesc },
  },
  Agency: {
    ...ACTOR,
    level: prop('level'),
    partOf: { kind: 'rel', pattern: (v, r, o) => `(${v})-[${r}:PART_OF]->(${o}:Agency)`, edge: 'AgencyLink', order: byName },
    parts: { kind: 'rel', pattern: (v, r, o) => `(${o}:Agency)-[${r}:PART_OF]->(${v})`, edge: 'AgencyLink', order: byName },
    jurisdiction: { kind: 'rel', pattern: (v, r, o) => `(${v})-[${r}:JURISDICTION]->(${o}:Region)`, edge: 'RegionLink', order: byName },
    members: { kind: 'rel', pattern: (v, r, o) => `(${o}:Person)-[${r}:MEMBER_OF]->(${v})`, edge: 'MemberLink', order: byName },
    validFrom: prop('validFrom'),
    validTo: prop('validTo'),
    // The body written first, so the last relationship of the list is the one at the other body's end.
    predecessors: { kind: 'rel', pattern: (v, r, o) => `(${v})<-[${r}:SUCCEEDED_BY*1..${MAX_LINEAGE}]-(${o}:Agency)`, edge: 'LineageLink', order: bySteps },
    successors: { kind: 'rel', pattern: (v, r, o) => `(${v})-[${r}:SUCCEEDED_BY*1..${MAX_LINEAGE}]->(${o}:Agency)`, edge: 'LineageLink', order: bySteps },
  },
  Organization: {
    ...ACTOR,
    members: { kind: 'rel', pattern: (v, r, o) => `(${o}:Person)-[${r}:MEMBER_OF]->(${v})`, edge: 'MemberLink', order: byName },
    licences: { kind: 'rel', pattern: (v, r, o) => `(${o}:License)-[${r}:GRANTED_TO]->(${v})`, edge: 'LicenceLink', order: byDateDesc },
  },
  Person: { ...ACTOR },
  Region: {
    ...COMMON,
    code: prop('code'),
    partOf: { kind: 'rel', pattern: (v, r, o) => `(${v})-[${r}:PART_OF]->(${o}:Region)`, edge: 'RegionLink', order: byName },
    parts: { kind: 'rel', pattern: (v, r, o) => `(${o}:Region)-[${r}:PART_OF]->(${v})`, edge: 'RegionLink', order: byName },
    policies: { kind: 'rel', pattern: (v, r, o) => `(${o}:Policy)-[${r}:APPLIES_TO]->(${v})`, edge: 'PolicyLink', order: byDateDesc },
    proposals: { kind: 'rel', pattern: (v, r, o) => `(${o}:Proposal)-[${r}:APPLIES_TO]->(${v})`, edge: 'ProposalLink', order: byName },
    licences: { kind: 'rel', pattern: (v, r, o) => `(${o}:License)-[${r}:APPLIES_TO]->(${v})`, edge: 'LicenceLink', order: byDateDesc },
    agencies: { kind: 'rel', pattern: (v, r, o) => `(${o}:Agency)-[${r}:JURISDICTION]->(${v})`, edge: 'AgencyLink', order: byName },
  },
  Proposal: {
    ...COMMON,
    title: { kind: 'prop', expr: (v) => `coalesce(${v}.title, ${v}.name)` },
    summary: prop('summary'),
    madeOn: partialDate((v) => `coalesce(${v}.madeOn, ${v}.issuedOn)`),
    venue: prop('venue'),
    sameAs: SAME_AS,
    proposers: { kind: 'rel', pattern: (v, r, o) => `(${o}:Actor)-[${r}:PROPOSED]->(${v})`, edge: 'ProposerLink', order: byName },
    appliesTo: { kind: 'rel', pattern: (v, r, o) => `(${v})-[${r}:APPLIES_TO]->(${o}:Region)`, edge: 'RegionLink', order: byName },
  },
  License: {
    ...COMMON,
    title: { kind: 'prop', expr: (v) => `coalesce(${v}.title, ${v}.name)` },
    issuedOn: partialDate((v) => `${v}.issuedOn`),
    sameAs: SAME_AS,
    issuers: { kind: 'rel', pattern: (v, r, o) => `(${o}:Actor)-[${r}:ISSUED]->(${v})`, edge: 'IssuerLink', order: byName },
    holder: { kind: 'rel', pattern: (v, r, o) => `(${v})-[${r}:GRANTED_TO]->(${o}:Actor)`, edge: 'HolderLink', order: byName, single: true },
    appliesTo: { kind: 'rel', pattern: (v, r, o) => `(${v})-[${r}:APPLIES_TO]->(${o}:Region)`, edge: 'RegionLink', order: byName },
  },
  Document: {
    id: prop('id'),
    // Never a server's absolute path (older loads stored them): only a path relative to the folder loaded.
    path: { kind: 'prop', expr: (v) => `CASE WHEN ${v}.path STARTS WITH '/' OR ${v}.path STARTS WITH '\\\\' OR ${v}.path =~ '[A-Za-z]:.*' THEN null ELSE ${v}.path END` },
    // Never null, so `... on Policy { title } ... on Document { title }` select together (both String!).
    title: { kind: 'prop', expr: (v) => `coalesce(${v}.title, ${v}.id)` },
    publishedOn: prop('publishedOn'),
    language: prop('language'),
    sha256: prop('sha256'),
    loadedAt: prop('loadedAt'),
    mentions: { kind: 'rel', pattern: (v, r, o) => `(${v})-[${r}:MENTIONS]->(${o})`, edge: 'MentionLink', order: byName },
  },
};

/** Edge types: the field naming the other node (and its GraphQL type), plus the relationship's own fields. */
const EDGES = {
  IssuerLink: { node: 'actor', type: 'Actor', rel: ['on'] },
  IssuedLink: { node: 'policy', type: 'Policy', rel: ['on'] },
  LicenceIssuedLink: { node: 'licence', type: 'License', rel: ['on'] },
  ProposedLink: { node: 'proposal', type: 'Proposal', rel: ['on'] },
  ProposerLink: { node: 'actor', type: 'Actor', rel: ['on'] },
  RegionLink: { node: 'region', type: 'Region', rel: [] },
  PolicyLink: { node: 'policy', type: 'Policy', rel: [] },
  AgencyLink: { node: 'agency', type: 'Agency', rel: [] },
  ProposalLink: { node: 'proposal', type: 'Proposal', rel: [] },
  LicenceLink: { node: 'licence', type: 'License', rel: [] },
  MembershipLink: { node: 'body', type: 'Actor', rel: ['role'] },
  MemberLink: { node: 'person', type: 'Person', rel: ['role'] },
  HolderLink: { node: 'holder', type: 'Actor', rel: [] },
  MentionLink: { node: 'node', type: 'Node', rel: ['evidence'] },
  LineageLink: { node: 'agency', type: 'Agency', rel: ['on', 'steps'] },
} as const satisfies Record<string, { node: string; type: string; rel: readonly string[] }>;
type EdgeType = keyof typeof EDGES;

/** Edge fields that are not a property of one relationship: a lineage's `r` is the list of its SUCCEEDED_BY steps. */
const REL_EXPR: Partial<Record<EdgeType, Record<string, (r: string) => string>>> = {
  LineageLink: { on: (r) => `last(${r}).on`, steps: (r) => `size(${r})` },
};
const relExpr = (edge: EdgeType, field: string, r: string): string => REL_EXPR[edge]?.[field]?.(r) ?? `${r}.${field}`;

/** Builds Cypher text and collects parameters; variable and parameter names are generated, never taken from input. */
export class Compiler {
  readonly params: Record<string, unknown> = {};
  private n = 0;

  fresh(prefix: string): string {
    return `${prefix}${this.n++}`;
  }

  param(value: unknown): string {
    const name = `p${this.n++}`;
    this.params[name] = value;
    return `$${name}`;
  }

  /** A map projection of node variable `v` of GraphQL type `type` (concrete or abstract). */
  node(v: string, type: string, sub: Map<string, FieldSelection[]> | undefined): string {
    const concrete = ABSTRACT[type] ?? (isNodeType(type) ? [type] : undefined);
    if (!concrete) throw new SelectionError(`unknown node type ${type}`);
    const one = concrete[0] as NodeType;
    if (concrete.length === 1) return `${v} {__typename: '${graphqlName(one)}'${this.nodeBody(v, one, sub?.get(graphqlName(one)) ?? [])}}`;
    const renamed = concrete.filter((t) => graphqlName(t) !== t).map((t) => `WHEN '${t}' THEN '${graphqlName(t)}' `).join('');
    const typename = `head([l IN labels(${v}) WHERE l IN [${concrete.map((t) => `'${t}'`).join(', ')}] | ${renamed ? `CASE l ${renamed}ELSE l END` : 'l'}])`;
    // The same fields, meaning the same Cypher, for every possible type (the usual case): one projection, the type
    // read from the labels — one subquery per nested list for the planner, not one per type inside a CASE.
    if (sameForAll(concrete, sub)) return `${v} {__typename: ${typename}${this.nodeBody(v, one, sub?.get(graphqlName(one)) ?? [])}}`;
    const bodies = concrete.map((t) => this.nodeBody(v, t, sub?.get(graphqlName(t)) ?? []));
    const branches = concrete.map((t, i) => `WHEN ${v}:${t} THEN ${v} {__typename: '${graphqlName(t)}'${bodies[i]}}`);
    return `CASE ${branches.join(' ')} END`;
  }

  private nodeBody(v: string, type: NodeType, fields: FieldSelection[]): string {
    const spec = NODE_FIELDS[type];
    const parts: string[] = [];
    const keys = new Set<string>();
    for (const f of fields) {
      // The same key twice (a field asked for under two aliased parents that were merged): project it once.
      if (f.field.startsWith('__') || keys.has(f.key)) continue;
      keys.add(f.key);
      const field = spec[f.field];
      if (!field) continue; // a field of another type of the same interface: not projected for this one
      parts.push(`${f.key}: ${this.nodeField(v, field, f)}`);
    }
    return parts.map((p) => `, ${p}`).join('');
  }

  private nodeField(v: string, field: NodeField, f: FieldSelection): string {
    if (field.kind === 'prop') return field.expr(v);
    if (field.kind === 'nodeSources') {
      const d = this.fresh('d');
      const m = this.fresh('m');
      const parts = this.sourceParts(f, d, () => `${m}.evidence`);
      const first = this.param(nestedFirst(f.args.first, f.key));
      const after = this.nestedAfter(f, SOURCES, [], `${d}.id`);
      return `COLLECT { MATCH (${d}:Document)-[${m}:MENTIONS]->(${v})${after} WITH ${d}, ${m} ORDER BY ${d}.id LIMIT ${first} RETURN {${parts}} }`;
    }
    if (field.kind === 'sameAs') return this.sameAs(v, f);
    const r = this.fresh('r');
    const o = this.fresh('o');
    const edge = EDGES[field.edge];
    const key = field.order(r, o);
    // A link's cursor names its list (field and link type, from the whitelist above) and its place in it.
    const list = `${f.field}:${field.edge}`;
    const parts: string[] = [];
    for (const ef of f.sub?.get(field.edge) ?? []) {
      if (ef.field.startsWith('__')) continue;
      if (ef.field === 'cursor') parts.push(`${ef.key}: ['${list}', ${cursorValue(key)}, ${o}.id]`);
      else if (ef.field === edge.node) parts.push(`${ef.key}: ${this.node(o, edge.type, ef.sub)}`);
      else if ((edge.rel as readonly string[]).includes(ef.field)) parts.push(`${ef.key}: ${relExpr(field.edge, ef.field, r)}`);
      else if (ef.field === 'sources') parts.push(`${ef.key}: ${this.factSources(r, ef)}`);
    }
    const first = field.single ? 1 : nestedFirst(f.args.first, f.key);
    const after = field.single ? '' : this.nestedAfter(f, list, [key], `${o}.id`);
    // Order inside a COLLECT subquery so nested lists are stable; the limit is a parameter.
    return (
      `${field.single ? 'head(' : ''}COLLECT { MATCH ${field.pattern(v, r, o)}${after} ` +
      `WITH ${r}, ${o} ORDER BY ${key.expr}${key.desc ? ' DESC' : ''}, ${o}.id LIMIT ${this.param(first)} RETURN {${parts.join(', ')}} }${field.single ? ')' : ''}`
    );
  }

  /** ` WHERE …` keeping the items after a nested list's `after` cursor (keyset, as the root lists), or nothing. */
  private nestedAfter(f: FieldSelection, list: string, keys: readonly OrderKey[], id: string): string {
    const after = f.args.after;
    if (after === undefined || after === null) return '';
    if (typeof after !== 'string') throw new SelectionError(`${f.key}(after:) must be a cursor string`);
    try {
      const position = readCursor(after, list, keys, () => 'is the cursor of another list; use a cursor of this list’s items');
      return ` WHERE ${keysetAfter(this, keys, position, () => false, id)}`;
    } catch (e) {
      if (e instanceof CursorError) throw new SelectionError(`${f.key}(after:) ${e.why}`);
      throw e;
    }
  }

  /**
   * A node's merge evidence: its first stored entries, and the name each document they cite gave the node (its
   * MENTIONS), the Document projected when asked for. An entry names a document as `"doc:…#`.
   */
  private sameAs(v: string, f: FieldSelection): string {
    const d = this.fresh('d');
    const m = this.fresh('m');
    const s = this.fresh('s');
    const entries = `coalesce(${v}.sameAs, [])[..${this.param(nestedFirst(f.args.first, f.key))}]`;
    const docSel = new Map<string, FieldSelection[]>();
    for (const side of f.sub?.get('SameAsEvidence') ?? []) {
      for (const mf of side.sub?.get('SameAsMention') ?? []) {
        if (mf.field !== 'document') continue;
        for (const [t, sub] of mf.sub ?? []) docSel.set(t, [...(docSel.get(t) ?? []), ...sub]);
      }
    }
    const doc = docSel.size ? `, document: ${this.node(d, 'Document', docSel)}` : '';
    return (
      `{entries: ${entries}, mentions: COLLECT { MATCH (${d}:Document)-[${m}:MENTIONS]->(${v}) ` +
      `WHERE any(${s} IN ${entries} WHERE ${s} CONTAINS ('"' + ${d}.id + '#')) RETURN {doc: ${d}.id, name: ${m}.name${doc}} }}`
    );
  }

  /**
   * Sources of a fact: its `sources` (doc ids) and `evidence` (sentences), parallel lists kept in load order, given
   * by document id like a node's sources (so the answer does not depend on load order, and pages with `after`).
   */
  factSources(r: string, f: FieldSelection): string {
    const i = this.fresh('i');
    const d = this.fresh('d');
    const doc = `${r}.sources[${i}]`;
    const parts = this.sourceParts(f, d, () => `${r}.evidence[${i}]`, doc);
    const first = this.param(nestedFirst(f.args.first, f.key));
    const after = this.nestedAfter(f, SOURCES, [], doc);
    return (
      `COLLECT { UNWIND range(0, size(coalesce(${r}.sources, [])) - 1) AS ${i} ${after ? `WITH ${i}${after} ` : ''}` +
      `WITH ${i} ORDER BY ${doc} LIMIT ${first} RETURN {${parts}} }`
    );
  }

  /** The fields of a Source; `docId` is a fact's document id (a node's sources have the Document `d` itself). */
  private sourceParts(f: FieldSelection, d: string, evidence: () => string, docId?: string): string {
    const parts: string[] = [];
    for (const sf of f.sub?.get('Source') ?? []) {
      if (sf.field === 'evidence') parts.push(`${sf.key}: ${evidence()}`);
      if (sf.field === 'cursor') parts.push(`${sf.key}: ['${SOURCES}', ${docId ?? `${d}.id`}]`);
      if (sf.field === 'document') {
        const proj = this.node(d, 'Document', sf.sub);
        parts.push(docId ? `${sf.key}: head(COLLECT { MATCH (${d}:Document {id: ${docId}}) RETURN ${proj} })` : `${sf.key}: ${proj}`);
      }
    }
    return parts.join(', ');
  }
}

/** The list a `sources` cursor belongs to: a node's or a fact's sources, both by document id. */
const SOURCES = 'sources:Source';

/** True when every type is asked the same fields and each field compiles to the same fragment for all of them. */
function sameForAll(types: readonly NodeType[], sub: Map<string, FieldSelection[]> | undefined): boolean {
  const first = sub?.get(graphqlName(types[0] as NodeType)) ?? [];
  const shape = JSON.stringify(first, (_k, v: unknown) => (v instanceof Map ? [...v] : v));
  return types.every((t) => {
    const fields = sub?.get(graphqlName(t)) ?? [];
    if (JSON.stringify(fields, (_k, v: unknown) => (v instanceof Map ? [...v] : v)) !== shape) return false;
    return fields.every((f) => f.field.startsWith('__') || NODE_FIELDS[t][f.field] === NODE_FIELDS[types[0] as NodeType][f.field]);
  });
}

function isNodeType(t: string): t is NodeType {
  return (NODE_TYPES as readonly string[]).includes(t);
}

function nestedFirst(value: unknown, key: string): number {
  if (value === undefined || value === null) return DEFAULT_NESTED;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new SelectionError(`${key}(first:) must be a whole number ≥ 0`);
  if (value > MAX_NESTED) throw new SelectionError(`${key}(first: ${value}) is more than the maximum of ${MAX_NESTED}`);
  return value;
}

/** The Cypher label for an id, from its prefix (GRAPH-MODEL ids), so lookups by id use the unique index. */
export function labelForId(id: string): NodeType | 'Actor' | undefined {
  const prefix = id.split(':', 1)[0];
  const map: Record<string, NodeType | 'Actor'> = {
    policy: 'Policy',
    agency: 'Agency',
    org: 'Organization',
    person: 'Person',
    region: 'Region',
    proposal: 'Proposal',
    license: 'License',
    doc: 'Document',
  };
  return prefix === undefined ? undefined : map[prefix];
}
