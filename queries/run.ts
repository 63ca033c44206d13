// Read-only Cypher with a timeout: the only way the API and the named questions touch Neo4j.
import neo4j, { type Driver } from 'neo4j-driver';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface ReaderOptions {
  /** Seconds a statement may run (config.CYPHER_TIMEOUT_S); also the whole read's budget when no deadline is given. */
  timeoutS: number;
  database?: string;
  /** Epoch ms by which every read through this reader must end: one deadline per request, across retries. */
  deadline?: number;
}

export interface GraphReader {
  /** Runs one statement in one read transaction: one round trip. */
  read(cypher: string, params?: Params): Promise<Row[]>;
}

/** Raised when Neo4j cancelled a statement because it ran past the timeout. */
export class QueryTimeoutError extends Error {}
/** Raised when Neo4j cannot be reached (stopped, restarting, refusing connections). */
export class DatabaseUnavailableError extends Error {}
/** Raised when a statement needed more memory than one transaction may take (db.memory.transaction.max). */
export class QueryMemoryError extends Error {}

const codeOf = (e: unknown): string => (e as { code?: string }).code ?? '';
const isUnavailable = (code: string): boolean => code === neo4j.error.SERVICE_UNAVAILABLE || code === neo4j.error.SESSION_EXPIRED;
const isMemory = (code: string): boolean => /Memory/.test(code);
const isTimeout = (code: string): boolean => code.includes('TransactionTimedOut');

/** How long a statement may go without its columns before a trivial read is sent alongside to ask whether the
 *  database is there at all (only when nothing has been taken for a while). */
const PING_AFTER_MS = 500;
/** How long after the statement was sent neither it nor that trivial read may have answered before Neo4j counts
 *  as unavailable: a silent server gives 503 within 3 s (as when the ping went out at 1.5 s and had 0.8 s), while a
 *  slow but alive one (a box at load average 28) gets 1.8 s for the ping to come back. */
const OUTAGE_MS = 2_300;
/** Neo4j checks transaction timeouts every couple of seconds: the client stops waiting this much after one. */
const GRACE_MS = 3_000;

/** The reader's error for a driver error, or undefined when the error is worth another attempt. */
function classify(e: unknown, attempt: number, elapsedMs: number, options: ReaderOptions): Error | undefined {
  if (e instanceof DatabaseUnavailableError || e instanceof QueryTimeoutError) return e;
  const code = codeOf(e);
  // Memory errors are "transient" to the driver, but the same statement would need the same memory again.
  if (isMemory(code)) return new QueryMemoryError('the query needs more memory than one request may use');
  if (isTimeout(code)) return new QueryTimeoutError(`the query ran longer than ${options.timeoutS} s and was cancelled`);
  // A quick second attempt covers a pooled connection left over from before a restart; more would only delay.
  if (isUnavailable(code)) return attempt >= 2 || elapsedMs > 1000 ? new DatabaseUnavailableError('the database does not answer') : undefined;
  if (neo4j.isRetryableError(e as Parameters<typeof neo4j.isRetryableError>[0])) return undefined;
  return e instanceof Error ? e : new Error(String(e));
}

/** `p`, or `late()` thrown once `ms` have passed without it. */
async function within<T>(ms: number, p: PromiseLike<T>, late: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(late()), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** When each driver last had a statement taken: a database that answered this recently is there. */
const lastTaken = new WeakMap<Driver, number>();
const RECENT_MS = 10_000;

/**
 * A statement's columns come back once Neo4j has planned it. When they are slow and nothing has been taken for a
 * while, a trivial read goes out too: whichever of the two answers first says the database is there (a long plan
 * is not an outage); when neither has by OUTAGE_MS, the server is silent or unreachable. While statements keep
 * being taken, a slow plan costs no extra round trip.
 */
async function taken(driver: Driver, database: string | undefined, keys: Promise<string[]>, budgetMs: number): Promise<void> {
  const sent = Date.now();
  // An error is an answer too (the caller reads it from the result), but only columns say the database is there.
  const outcome = keys.then(() => 'taken' as const, () => 'failed' as const);
  const got = await within(Math.min(budgetMs, PING_AFTER_MS), outcome, () => new Error('late')).catch(() => 'late' as const);
  if (got === 'taken') lastTaken.set(driver, Date.now());
  if (got !== 'late' || Date.now() - (lastTaken.get(driver) ?? 0) <= RECENT_MS) return;
  const ping = driver.executeQuery('RETURN 1', {}, { database, routing: neo4j.routing.READ, bookmarkManager: null });
  ping.catch(() => undefined);
  // Whichever answers first says the database is there: on a busy box the plan may beat the ping. (The request's
  // own deadline is kept by the caller: a late statement near it is a timeout, not an outage.)
  const first = await within(OUTAGE_MS - (Date.now() - sent), Promise.race([ping, outcome]), () => new DatabaseUnavailableError('the database did not answer in time'));
  if (first !== 'failed') lastTaken.set(driver, Date.now());
}

/** A stack formatter that formats nothing (see stackless). */
const noStack = (): string => '';

/**
 * `fn()` with no stack trace taken. The driver records the caller's stack with every result, for its own error
 * messages; under tsx each one is source-mapped, ~0.1 ms a statement (a tenth of a served request's CPU), and even
 * an empty stack still goes through the source-map formatter, so that is swapped out too for the call. Nothing
 * shows those stacks here: our errors carry Neo4j's code and message, and the API masks everything else.
 */
export function stackless<T>(fn: () => T): T {
  const limit = Error.stackTraceLimit;
  const format = Error.prepareStackTrace;
  Error.stackTraceLimit = 0;
  Error.prepareStackTrace = noStack;
  try {
    return fn();
  } finally {
    Error.stackTraceLimit = limit;
    Error.prepareStackTrace = format;
  }
}

export function createReader(driver: Driver, options: ReaderOptions): GraphReader {
  const budget = Math.round(options.timeoutS * 1000);
  const tooLong = () => new QueryTimeoutError(`the request ran longer than ${options.timeoutS} s`);
  return {
    async read(cypher, params = {}) {
      const deadline = options.deadline ?? Date.now() + budget;
      // Our own retry loop (not executeRead's): it keeps to the deadline and never retries a memory error.
      for (let attempt = 1; ; attempt++) {
        const left = deadline - Date.now();
        if (left <= 0) throw tooLong();
        const started = Date.now();
        const session = driver.session({ defaultAccessMode: neo4j.session.READ, database: options.database });
        let abandoned = false;
        try {
          // One auto-commit read: RUN and PULL in one round trip, no BEGIN or COMMIT of its own.
          const result = stackless(() => session.run(cypher, toNeo4j(params) as Params, { timeout: Math.min(left, budget) }));
          result.catch(() => undefined); // awaited below, once the database has taken the statement
          // While statements keep being answered, a slow plan is no sign of an outage: no check, no timer for it.
          if (Date.now() - (lastTaken.get(driver) ?? 0) > RECENT_MS) await taken(driver, options.database, result.keys(), left);
          const { records } = await within(left + GRACE_MS, result, tooLong);
          lastTaken.set(driver, Date.now());
          return records.map((r) => r.toObject() as Row);
        } catch (e) {
          const failure = classify(e, attempt, Date.now() - started, options);
          abandoned = failure instanceof DatabaseUnavailableError || failure instanceof QueryTimeoutError;
          if (failure) throw failure;
          await new Promise((r) => setTimeout(r, Math.min(100 * attempt, Math.max(0, deadline - Date.now()))));
        } finally {
          // A session given up on may wait for a silent server: close it without waiting.
          const closing = session.close();
          if (abandoned) closing.catch(() => undefined);
          else await closing;
        }
      }
    },
  };
}

/** JS numbers are floats to Neo4j; whole numbers go as integers so `LIMIT`, `date({year})`, ranges accept them. */
function toNeo4j(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4j);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNeo4j(v)]));
  }
  return value;
}

/** Neo4j values → JSON-friendly values (dates as ISO strings, nodes as their properties). */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value; // most values: strings and numbers, nothing to test them for
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isInt(value)) return value.toNumber();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return String(value);
  }
  if (neo4j.isNode(value)) return toPlain(value.properties);
  if (neo4j.isRelationship(value)) return { type: value.type, ...(toPlain(value.properties) as Row) };
  if (neo4j.isPath(value)) return value.segments.map((s) => ({ start: toPlain(s.start), rel: toPlain(s.relationship), end: toPlain(s.end) }));
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  return value;
}
