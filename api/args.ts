// Validation of the API's arguments (zod at the edge), with messages that name the argument and the problem.
import { GraphQLError } from 'graphql';
import { z } from 'zod';

/** The largest page a list returns. */
export const MAX_PAGE = 100;

export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Parses with a zod schema; a failure becomes one GraphQL error listing each bad argument. */
export function parseArgs<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const lines = r.error.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`);
  throw badInput(`Invalid argument${lines.length > 1 ? 's' : ''}: ${lines.join('; ')}`);
}

const text = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const year = z.number().int().min(1900, 'must be a year from 1900').max(2100, 'must be a year up to 2100');

export const first = (max = MAX_PAGE) =>
  z
    .number()
    .int('must be a whole number')
    .min(0, 'must not be negative')
    .max(max, `must be at most ${max} (the maximum page size); page with \`after\` instead`);

const dateRange = {
  from: z.string().optional(),
  to: z.string().optional(),
  year: year.optional(),
};
const rangeOk = (f: { from?: string; to?: string }): boolean => !f.from || !f.to || f.from <= f.to;
const rangeMsg = { message: '`from` must not be after `to`', path: ['from'] };

const scope = z.enum(['EXACT', 'WITHIN', 'CONTAINING', 'BOTH']);

export const PolicyFilter = z
  .object({
    kind: z.array(z.string()).optional(),
    status: z.array(z.string()).optional(),
    issuer: text.optional(),
    issuerSubBodies: z.boolean().optional(),
    includePredecessors: z.boolean().optional(),
    region: text.optional(),
    regionScope: scope.optional(),
    text: text.optional(),
    ...dateRange,
  })
  .refine(rangeOk, rangeMsg)
  .transform(({ kind, status, ...rest }) => ({ ...rest, kinds: kind, statuses: status }));

export const ActorFilter = z
  .object({
    type: z.array(z.string()).optional(),
    kind: text.optional(),
    level: text.optional(),
    partOf: text.optional(),
    region: text.optional(),
    text: text.optional(),
  })
  .transform(({ type, ...rest }) => ({ ...rest, types: type }));

export const RegionFilter = z.object({
  kind: text.optional(),
  within: text.optional(),
  containing: text.optional(),
  hasPolicies: z.boolean().optional(),
  text: text.optional(),
});

export const ProposalFilter = z
  .object({
    proposer: text.optional(),
    proposerMembers: z.boolean().optional(),
    region: text.optional(),
    regionScope: scope.optional(),
    venue: text.optional(),
    text: text.optional(),
    ...dateRange,
  })
  .refine(rangeOk, rangeMsg);

export const LicenceFilter = z
  .object({
    issuer: text.optional(),
    includePredecessors: z.boolean().optional(),
    holder: text.optional(),
    region: text.optional(),
    regionScope: scope.optional(),
    text: text.optional(),
    ...dateRange,
  })
  .refine(rangeOk, rangeMsg);

/** GraphQL gives null for absent optional inputs; zod's optional() wants undefined. */
export function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => [k, dropNulls(v)]));
  }
  return value;
}

/** `first` and `orderBy` of a list; `after` is a keyset cursor, checked by cursor.ts against the order. */
export const Paging = z.object({ first: first(), orderBy: z.string() });

export const SearchArgs = z.object({ text, first: first() });

export const TimelineArgs = z
  .object({
    region: text,
    from: z.string().optional(),
    to: z.string().optional(),
    includeSubRegions: z.boolean().default(true),
    first: first(1000),
    after: z.string().optional(),
  })
  .refine(rangeOk, rangeMsg);

export const ConnectionArgs = z
  .object({
    fromId: text,
    toId: text,
    maxHops: z.number().int().min(1, 'must be at least 1').max(6, 'must be at most 6 (longer chains connect nearly everything)'),
  })
  .refine((a) => a.fromId !== a.toId, { message: 'must differ from fromId', path: ['toId'] });

export const CountArgs = z.object({ by: z.enum(['YEAR', 'REGION', 'ISSUER', 'KIND', 'STATUS']), first: first(1000) });

/** A named question's parameter value: short text, a finite number or a boolean (size-capped before Neo4j). */
const askValue = z.union([z.string().max(1000, 'must be at most 1000 characters'), z.number().finite().min(-1e15).max(1e15), z.boolean()], {
  error: 'must be a string of at most 1000 characters, a number or a boolean',
});

export const AskArgs = z.object({
  name: text,
  params: z
    .record(z.string().max(100), askValue, 'must be an object of parameter values')
    .refine((p) => Object.keys(p).length <= 20, 'must have at most 20 parameters')
    .optional(),
});
