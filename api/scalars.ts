// Date, DateTime and JSON scalars: Neo4j temporals go out as ISO strings; dates come in as YYYY-MM-DD.
import neo4j from 'neo4j-driver';
import { GraphQLError, GraphQLScalarType, Kind, valueFromASTUntyped } from 'graphql';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDate(value: unknown): string {
  const m = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  const d = m ? new Date(`${value as string}T00:00:00Z`) : undefined;
  if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new GraphQLError(`Date must be a calendar date written YYYY-MM-DD (got ${JSON.stringify(value)})`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value as string;
}

function temporalToString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return value.toString();
  if (value instanceof Date) return value.toISOString();
  throw new GraphQLError('not a date');
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, ISO 8601 (2023-04-25).',
  serialize: (v) => temporalToString(v).slice(0, 10),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** Output only: a year, month or day string (the projection already cut it to its precision) or a full date. */
export const PartialDateScalar = new GraphQLScalarType({
  name: 'PartialDate',
  description: 'A date as precise as its source: a year (2024), a month (2024-03) or a day (2024-03-15).',
  serialize: (v) => (typeof v === 'string' && /^\d{4}(-\d{2})?$/.test(v) ? v : temporalToString(v).slice(0, 10)),
});

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'A date and time, ISO 8601.',
  serialize: temporalToString,
});

export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (v) => v,
  parseValue: (v) => v,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});
