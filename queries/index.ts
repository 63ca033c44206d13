// The analysts' named questions: one parameterised Cypher file each in queries/, described by its header:
//   // name: some-question
//   // description: what it answers
//   // param key: int = 2023 -- what the parameter means
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { toPlain, type GraphReader, type Row } from './run.ts';
import { SAME_AS_COLUMNS, sameAsRows } from './same-as.ts';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PARAM_TYPES = ['string', 'int', 'float', 'boolean', 'date'] as const;
type ParamType = (typeof PARAM_TYPES)[number];

export interface QuestionParam {
  name: string;
  type: ParamType;
  default: string | number | boolean;
  description: string;
}

/** Rows some questions return in a stored form (JSON text) and turn into readable rows (header `// shape: …`). */
const SHAPES = { 'same-as': { rows: sameAsRows, columns: SAME_AS_COLUMNS } } as const satisfies Record<string, { rows: (rows: Row[]) => Row[]; columns: readonly string[] }>;

export interface Question {
  name: string;
  description: string;
  shape?: keyof typeof SHAPES;
  params: QuestionParam[];
  cypher: string;
  file: string;
}

export class QuestionError extends Error {}

const Header = z.object({
  name: z.string().regex(/^[a-z0-9-]+$/, 'lower-case words joined by dashes'),
  description: z.string().min(10, 'say what the question answers'),
  shape: z.enum(Object.keys(SHAPES) as [keyof typeof SHAPES]).optional(),
});

const isCalendarDate = (d: string): boolean => {
  const t = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
};

/** How each parameter type reads a value (built once: a zod schema costs more to build than to run). */
const PARAM_SCHEMAS = {
  string: z.coerce.string().min(1, 'must not be empty').max(1000, 'must be at most 1000 characters'),
  // Every count, year and limit of the questions is ≥ 0: a negative LIMIT would be Neo4j's error, not the user's.
  int: z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(0, 'must not be negative'),
  float: z.coerce.number({ error: 'must be a number' }),
  boolean: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
    .refine(isCalendarDate, 'must be a calendar date'),
} as const;

/** A value of a parameter, from its text (CLI, header default) or from JSON (GraphQL). */
function coerce(type: ParamType, value: unknown, where: string): string | number | boolean {
  const parsed = PARAM_SCHEMAS[type].safeParse(value);
  if (!parsed.success) throw new QuestionError(`${where}: ${JSON.stringify(value)} ${parsed.error.issues[0]?.message ?? 'is not valid'} (${type})`);
  return parsed.data;
}

export function parseQuestion(text: string, file: string): Question {
  const header: Record<string, string> = {};
  const params: QuestionParam[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('//')) break;
    const param = /^\/\/\s*param\s+(\w+)\s*:\s*(\w+)\s*=\s*(.*?)\s*(?:--\s*(.*))?$/.exec(line);
    if (param) {
      const [, name = '', type = '', def = '', description = ''] = param;
      if (!(PARAM_TYPES as readonly string[]).includes(type)) throw new QuestionError(`${file}: parameter ${name} has unknown type "${type}" (use ${PARAM_TYPES.join(', ')})`);
      const t = type as ParamType;
      params.push({ name, type: t, default: coerce(t, def, `${file}: default of ${name}`), description });
      continue;
    }
    const kv = /^\/\/\s*(\w+)\s*:\s*(.*)$/.exec(line);
    if (kv?.[1]) header[kv[1]] = kv[2] ?? '';
  }
  const h = Header.safeParse(header);
  if (!h.success) throw new QuestionError(`${file}: bad header: ${h.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  const cypher = text
    .split('\n')
    .filter((l) => !l.startsWith('//'))
    .join('\n')
    .trim();
  for (const m of cypher.matchAll(/\$(\w+)/g)) {
    if (!params.some((p) => p.name === m[1])) throw new QuestionError(`${file}: $${m[1]} is used but not declared in the header`);
  }
  return { ...h.data, params, cypher, file };
}

let cache: Map<string, Question> | undefined;

/** All questions, by name (read once). */
export function questions(): Map<string, Question> {
  if (cache) return cache;
  const found = new Map<string, Question>();
  for (const file of fs.readdirSync(DIR).filter((f) => f.endsWith('.cypher')).sort()) {
    const q = parseQuestion(fs.readFileSync(path.join(DIR, file), 'utf8'), `queries/${file}`);
    if (found.has(q.name)) throw new QuestionError(`queries/${file}: the name ${q.name} is used twice`);
    found.set(q.name, q);
  }
  cache = found;
  return found;
}

export function question(name: string): Question {
  const q = questions().get(name);
  if (!q) throw new QuestionError(`no question named "${name}"; the questions are: ${[...questions().keys()].join(', ')}`);
  return q;
}

/** The parameters to run with: defaults, overridden by the given values (checked against the declared types). */
export function resolveParams(q: Question, given: Record<string, unknown>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const p of q.params) out[p.name] = p.default;
  for (const [k, v] of Object.entries(given)) {
    const p = q.params.find((x) => x.name === k);
    if (!p) {
      const known = q.params.map((x) => x.name).join(', ') || 'none';
      throw new QuestionError(`${q.name} has no parameter "${k}" (its parameters: ${known})`);
    }
    out[k] = coerce(p.type, v, `${q.name} parameter ${k}`);
  }
  return out;
}

/** `key=value` pairs (the CLI's --param) as an object. */
export function parseAssignments(pairs: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const i = pair.indexOf('=');
    if (i < 1) throw new QuestionError(`--param ${JSON.stringify(pair)}: write it as key=value`);
    out[pair.slice(0, i)] = pair.slice(i + 1);
  }
  return out;
}

export interface Answer {
  name: string;
  params: Record<string, string | number | boolean>;
  columns: string[];
  rows: Row[];
}

/** A question and the parameters to run it with, checked: what `ask` needs besides a reader. */
export interface AskedQuestion {
  q: Question;
  params: Record<string, string | number | boolean>;
}

/** The question named, with its parameters checked (the API does this once per operation). */
export function askedQuestion(name: string, given: Record<string, unknown> = {}): AskedQuestion {
  const q = question(name);
  return { q, params: resolveParams(q, given) };
}

export async function ask(reader: GraphReader, name: string | AskedQuestion, given: Record<string, unknown> = {}): Promise<Answer> {
  const { q, params } = typeof name === 'string' ? askedQuestion(name, given) : name;
  const raw = await reader.read(q.cypher, params);
  const plain = raw.map((r) => toPlain(r) as Row);
  const shape = q.shape ? SHAPES[q.shape] : undefined;
  const rows = shape ? shape.rows(plain) : plain;
  const columns = rows[0] ? Object.keys(rows[0]) : shape ? [...shape.columns] : returnedColumns(q.cypher);
  return { name: q.name, params, columns, rows };
}

/** The columns of the final RETURN, for an empty answer's header. */
function returnedColumns(cypher: string): string[] {
  const ret = cypher.slice(cypher.lastIndexOf('RETURN') + 6).split(/\bORDER BY\b|\bLIMIT\b/)[0] ?? '';
  return [...ret.matchAll(/(?:\bAS\s+(\w+)|^\s*(\w+)\s*$)/gm)].map((m) => m[1] ?? m[2] ?? '').filter(Boolean);
}
