// Configuration from the environment, validated once at start-up.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The project's root folder (where package.json lives). */
export const ROOT = path.dirname(fileURLToPath(import.meta.url));

const PORT = 'must be a port number from 1 to 65535';
const port = z.coerce.number({ error: PORT }).int(PORT).min(1, PORT).max(65535, PORT);
/** Settings whose value is never printed, not even when it is wrong. */
const SECRETS = new Set(['NEO4J_PASSWORD']);

const EnvSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/, 'must look like bolt://host:7687 or neo4j+s://host')
    .default('bolt://127.0.0.1:7687'),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'must have at least 8 characters (Neo4j requires it)').default('policygraph'),
  NEO4J_DATABASE: z.string().min(1).optional(),
  /** HTTP port of the managed local Neo4j (Neo4j Browser). */
  NEO4J_HTTP_PORT: port.default(7474),
  /** Name of the managed local instance: its data lives in .neo4j/instances/<name>. */
  NEO4J_INSTANCE: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes only').default('local'),
  /** Where the managed Neo4j is installed. */
  NEO4J_HOME: z.string().min(1).default(path.join(ROOT, '.neo4j')),
  /** Heap of the managed Neo4j, e.g. 1g. */
  NEO4J_HEAP: z.string().regex(/^\d+[mg]$/, 'must be a size such as 512m or 2g').default('1g'),
  /** Largest document a load reads, in MB: a bigger file is reported and skipped (its text would take minutes and GBs). */
  MAX_DOCUMENT_MB: z.coerce.number({ error: 'must be a number of megabytes' }).positive('must be more than 0').max(1024, 'must be at most 1024').default(20),
  /** Seconds a Cypher transaction may run before Neo4j cancels it. */
  CYPHER_TIMEOUT_S: z.coerce.number({ error: 'must be a number of seconds' }).positive('must be more than 0 seconds').default(15),
  API_PORT: port.default(4000),
  API_HOST: z.string().min(1).default('127.0.0.1'),
  /** Comma-separated web origins (besides localhost ones) whose pages may call the API; `*` for any. None by default. */
  CORS_ORIGIN: z.string().default(''),
  /** Show internal error details (messages, stacks) in API answers: for debugging only, never in production. */
  API_DEBUG: z
    .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
});

export type Config = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {}

/** Reads and validates the environment; throws a ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => {
    const name = String(i.path[0]);
    const shown = SECRETS.has(name) ? ' (value not shown)' : `=${JSON.stringify(env[name])}`;
    return `  ${name}${shown}: ${i.message}`;
  });
  throw new ConfigError(`Bad environment variable${lines.length > 1 ? 's' : ''}:\n${lines.join('\n')}`);
}

/** True when NEO4J_URI points at this machine, so `db start` manages the server itself. */
export function isLocalUri(uri: string): boolean {
  const host = new URL(uri.replace(/^[a-z+]+:/, 'http:')).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host === '::1';
}

export function boltPort(uri: string): number {
  const p = new URL(uri.replace(/^[a-z+]+:/, 'http:')).port;
  return p ? Number(p) : 7687;
}
