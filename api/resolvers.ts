// Resolvers by type. Each root field runs ONE Cypher statement that already carries every nested field the
// query asked for (queries/select.ts); the nested resolvers only read from their parent.
import { GraphQLError, type GraphQLFieldResolver, type GraphQLResolveInfo } from 'graphql';
import type { IExecutableSchemaDefinition } from '@graphql-tools/schema';
import { FULLTEXT_INDEX } from '../graph/schema.ts';
import { ask, askedQuestion, questions, QuestionError } from '../queries/index.ts';
import {
  connectionStatement,
  countStatement,
  listStatement,
  nodeStatement,
  ORDERS,
  searchStatement,
  TIMELINE_ORDER,
  timelineStatement,
  type CountBy,
  type ListFilter,
  type ListName,
  type OrderKey,
} from '../queries/lists.ts';
import { DatabaseUnavailableError, QueryMemoryError, QueryTimeoutError, type GraphReader, type Row } from '../queries/run.ts';
import { readSameAs, type StoredSameAs } from '../queries/same-as.ts';
import { SelectionError } from '../queries/select.ts';
import * as A from './args.ts';
import { hintUnknownNames, type Hint, type NamedArgument } from './plugins/hints.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { DateScalar, DateTimeScalar, JSONScalar, PartialDateScalar } from './scalars.ts';
import { descend, perOperation, selectionOf } from './selection.ts';

export interface ApiContext {
  reader: GraphReader;
  /** Hints for the answer's extensions (plugins/hints.ts): names a filter gave that the graph does not hold. */
  hints: Hint[];
}

type Args = Record<string, unknown>;
type RootResolver = (args: Args, ctx: ApiContext, info: GraphQLResolveInfo) => Promise<unknown>;

/** Known failures become errors the client may read; anything else stays masked by Yoga. */
function root(fn: RootResolver): GraphQLFieldResolver<unknown, ApiContext, Args> {
  return async (_parent, args, ctx, info) => {
    try {
      return await fn(args, ctx, info);
    } catch (e) {
      if (e instanceof GraphQLError) throw e;
      if (e instanceof SelectionError || e instanceof QuestionError) throw A.badInput(e.message);
      if (e instanceof QueryTimeoutError) {
        throw new GraphQLError(`The query took too long: ${e.message}. Narrow the filter or ask for fewer nested fields.`, {
          extensions: { code: 'TIMEOUT' },
        });
      }
      if (e instanceof QueryMemoryError) {
        throw new GraphQLError(`The query is too large: ${e.message}. Ask for fewer nested lists or smaller pages (first:).`, {
          extensions: { code: 'QUERY_TOO_LARGE' },
        });
      }
      if (e instanceof DatabaseUnavailableError) {
        throw new GraphQLError('The database is not available right now; try again in a moment.', {
          extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503, headers: { 'retry-after': '5' } } },
        });
      }
      throw e;
    }
  };
}

/** The filter arguments of each list that name an actor or a region: hinted at when the page comes back empty. */
const NAMED: Record<ListName | 'timeline', [string, NamedArgument['label']][]> = {
  policies: [['issuer', 'Actor'], ['region', 'Region']],
  actors: [['partOf', 'Actor'], ['region', 'Region']],
  regions: [['within', 'Region'], ['containing', 'Region']],
  proposals: [['proposer', 'Actor'], ['region', 'Region']],
  licences: [['issuer', 'Actor'], ['holder', 'Actor'], ['region', 'Region']],
  timeline: [['region', 'Region']],
};

/** The order a timeline cursor belongs to. */
const TIMELINE = 'TIMELINE';

/** Parameters of the named questions that name an actor or a region (queries/*.cypher headers). */
const QUESTION_NAMES: Record<string, NamedArgument['label']> = { agency: 'Actor', body: 'Actor', region: 'Region', parent: 'Region' };

function hintNames(ctx: ApiContext, field: string, list: keyof typeof NAMED, values: Record<string, unknown>, prefix = 'filter.'): Promise<void> {
  const named = NAMED[list].map(([arg, label]) => ({ argument: `${prefix}${arg}`, label, value: values[arg] as string | undefined }));
  return hintUnknownNames(ctx, field, named);
}

const FILTERS = {
  policies: A.PolicyFilter,
  actors: A.ActorFilter,
  regions: A.RegionFilter,
  proposals: A.ProposalFilter,
  licences: A.LicenceFilter,
} as const;

/** An edge of a page; its cursor is encoded only when the query asks for it. */
class Edge {
  constructor(
    readonly node: unknown,
    private readonly order: string,
    private readonly key: unknown[],
  ) {}
  get cursor(): string {
    return encodeCursor(this.order, this.key);
  }
}

class PageInfo {
  constructor(
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
    private readonly first: Edge | undefined,
    private readonly last: Edge | undefined,
  ) {}
  get startCursor(): string | null {
    return this.first?.cursor ?? null;
  }
  get endCursor(): string | null {
    return this.last?.cursor ?? null;
  }
}

function list(name: ListName): GraphQLFieldResolver<unknown, ApiContext, Args> {
  return root(async (args, ctx, info) => {
    // Checking the arguments and compiling the Cypher depend only on the operation: done once for each.
    const { page, after, filter, withTotal, st } = perOperation(info, () => {
      const clean = A.dropNulls(args) as Args;
      const page = A.parseArgs(A.Paging, { first: clean.first, orderBy: clean.orderBy });
      const keys = (ORDERS[name] as Record<string, readonly OrderKey[]>)[page.orderBy] ?? [];
      const after = typeof clean.after === 'string' ? decodeCursor(clean.after, page.orderBy, keys) : undefined;
      const filter = A.parseArgs(FILTERS[name], clean.filter ?? {}) as ListFilter;
      const sel = selectionOf(info);
      const withTotal = [...sel.values()].some((fields) => fields.some((f) => f.field === 'totalCount'));
      const st = listStatement(name, filter, page.orderBy, { first: page.first, after, withTotal }, descend(sel, ['edges', 'node']));
      return { page, after, filter, withTotal, st };
    });
    const result = await ctx.reader.read(st.cypher, st.params);
    const rows = (withTotal ? (result[0]?.rows ?? []) : result.map((r) => r.row)) as { node: unknown; key: unknown[] }[];
    const edges = rows.slice(0, page.first).map((r) => new Edge(r.node, page.orderBy, r.key));
    const totalCount = withTotal ? ((result[0]?.totalCount as number | undefined) ?? 0) : undefined;
    if (after === undefined && rows.length === 0 && !totalCount) await hintNames(ctx, String(info.path.key), name, filter as Record<string, unknown>);
    return { totalCount, edges, pageInfo: new PageInfo(rows.length > page.first, after !== undefined, edges[0], edges.at(-1)) };
  });
}

/** Reads the value under the response key (an alias) first: the projections are keyed by alias. */
export const readByAlias: GraphQLFieldResolver<unknown, unknown> = (parent, _args, _ctx, info) => {
  if (parent === null || typeof parent !== 'object') return undefined;
  const obj = parent as Record<string, unknown>;
  const key = String(info.path.key);
  return Object.hasOwn(obj, key) ? obj[key] : obj[info.fieldName];
};

/** Evidence is one sentence; tolerate a list from older loads. */
const evidence: GraphQLFieldResolver<unknown, unknown> = (parent, args, ctx, info) => {
  const v = readByAlias(parent, args, ctx, info);
  return Array.isArray(v) ? v.filter((x) => typeof x === 'string').join(' … ') : v;
};

/** Merge evidence: the stored entries and their documents' names, read into typed evidence (queries/same-as.ts). */
const sameAs: GraphQLFieldResolver<unknown, unknown> = (parent, args, ctx, info) => readSameAs(readByAlias(parent, args, ctx, info) as StoredSameAs | undefined);
const withSameAs = { sameAs };

/** A link's cursor: the Cypher gives its list, order-key value and id ([list, key, id]); the client gets it opaque. */
const cursor: GraphQLFieldResolver<unknown, unknown> = (parent, args, ctx, info) => {
  const v = readByAlias(parent, args, ctx, info) as unknown[];
  return encodeCursor(String(v[0]), v.slice(1));
};
/** The link types of nested lists (queries/select.ts EDGES, HolderLink being a single link). */
const LINKS = [
  'IssuerLink', 'IssuedLink', 'LicenceIssuedLink', 'ProposedLink', 'ProposerLink', 'RegionLink', 'PolicyLink',
  'AgencyLink', 'ProposalLink', 'LicenceLink', 'MembershipLink', 'MemberLink', 'MentionLink', 'LineageLink',
] as const;

const typename = (obj: unknown): string | undefined => (obj as { __typename?: string } | null)?.__typename;

export const resolvers: NonNullable<IExecutableSchemaDefinition<ApiContext>['resolvers']> = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  PartialDate: PartialDateScalar,
  JSON: JSONScalar,
  Node: { __resolveType: typename },
  Actor: { __resolveType: typename },
  Source: { evidence, cursor },
  MentionLink: { evidence },
  Agency: withSameAs,
  Organization: withSameAs,
  Person: withSameAs,
  Policy: withSameAs,
  Proposal: withSameAs,
  Licence: withSameAs,
  ...Object.fromEntries(LINKS.map((l) => [l, { cursor }])),
  Query: {
    policies: list('policies'),
    actors: list('actors'),
    regions: list('regions'),
    proposals: list('proposals'),
    licences: list('licences'),

    node: root(async (args, ctx, info) => {
      const st = perOperation(info, () => nodeStatement(A.parseArgs(A.SearchArgs.shape.text, args.id), selectionOf(info)));
      if (!st) return null;
      const rows = await ctx.reader.read(st.cypher, st.params);
      return rows[0]?.node ?? null;
    }),

    search: root(async (args, ctx, info) => {
      const a = A.parseArgs(A.SearchArgs, A.dropNulls(args));
      const st = searchStatement(FULLTEXT_INDEX, a.text, a.first, descend(selectionOf(info), ['node']));
      return ctx.reader.read(st.cypher, st.params);
    }),

    timeline: root(async (args, ctx, info) => {
      const { after, ...a } = A.parseArgs(A.TimelineArgs, A.dropNulls(args));
      const position = after === undefined ? undefined : decodeCursor(after, TIMELINE, TIMELINE_ORDER);
      const st = timelineStatement({ ...a, after: position }, descend(selectionOf(info), ['node']));
      const rows = await ctx.reader.read(st.cypher, st.params);
      if (rows.length === 0 && !position) await hintNames(ctx, String(info.path.key), 'timeline', a, '');
      return rows.map((r) => ({ ...r, cursor: encodeCursor(TIMELINE, r.key as unknown[]) }));
    }),

    connections: root(async (args, ctx, info) => {
      const a = A.parseArgs(A.ConnectionArgs, A.dropNulls(args));
      const sel = selectionOf(info);
      const st = connectionStatement(a.fromId, a.toId, a.maxHops, descend(sel, ['nodes']), descend(sel, ['steps']));
      const row: Row | undefined = (await ctx.reader.read(st.cypher, st.params))[0];
      if (!row?.hasFrom) throw A.badInput(`connections: no node with id ${JSON.stringify(a.fromId)}`);
      if (!row.hasTo) throw A.badInput(`connections: no node with id ${JSON.stringify(a.toId)}`);
      if (row.length === null || row.length === undefined) return null;
      return row;
    }),

    policyCounts: root(async (args, ctx, info) => {
      const clean = A.dropNulls(args) as Args;
      const a = A.parseArgs(A.CountArgs, { by: clean.by, first: clean.first });
      const filter = A.parseArgs(A.PolicyFilter, clean.filter ?? {});
      const st = countStatement(a.by as CountBy, filter, a.first);
      const rows = await ctx.reader.read(st.cypher, st.params);
      if (rows.length === 0) await hintNames(ctx, String(info.path.key), 'policies', filter);
      return rows;
    }),

    questions: () =>
      [...questions().values()].map((q) => ({
        name: q.name,
        description: q.description,
        params: q.params.map((p) => ({ name: p.name, type: p.type, default: p.default, description: p.description })),
      })),

    ask: root(async (args, ctx, info) => {
      const asked = perOperation(info, () => {
        const a = A.parseArgs(A.AskArgs, A.dropNulls(args));
        return askedQuestion(a.name, a.params ?? {});
      });
      const answer = await ask(ctx.reader, asked);
      if (answer.rows.length === 0) {
        const named = Object.entries(answer.params).flatMap(([k, v]) => {
          const label = QUESTION_NAMES[k];
          return label && typeof v === 'string' ? [{ argument: `params.${k}`, label, value: v }] : [];
        });
        await hintUnknownNames(ctx, String(info.path.key), named);
      }
      return answer;
    }),
  },
};
