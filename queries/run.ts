// Read-only Cypher with a timeout: the only way the API and the named questions touch Neo4j.
import neo4j, { type Driver } from 'neo4j-driver';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface ReaderOptions {
  /** Seconds before Neo4j cancels the transaction (config.CYPHER_TIMEOUT_S). */
  timeoutS: number;
  database?: string;
}

export interface GraphReader {
  /** Runs one statement in one read transaction: one round trip. */
  read(cypher: string, params?: Params): Promise<Row[]>;
}

/** Raised when Neo4j cancelled a statement because it ran past the timeout. */
export class QueryTimeoutError extends Error {}

export function createReader(driver: Driver, options: ReaderOptions): GraphReader {
  const timeout = Math.round(options.timeoutS * 1000);
  return {
    async read(cypher, params = {}) {
      const session = driver.session({ defaultAccessMode: neo4j.session.READ, database: options.database });
      try {
        const records = await session.executeRead((tx) => tx.run(cypher, toNeo4j(params) as Params), { timeout });
        return records.records.map((r) => r.toObject() as Row);
      } catch (e) {
        const code = (e as { code?: string }).code ?? '';
        if (code.includes('TransactionTimedOut') || code.includes('TransactionTimedOutClientConfiguration')) {
          throw new QueryTimeoutError(`the query ran longer than ${options.timeoutS} s and was cancelled`);
        }
        throw e;
      } finally {
        await session.close();
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
