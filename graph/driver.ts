// One driver per process, with a clear message when Neo4j cannot be reached.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';

export class GraphUnavailableError extends Error {}

export function createDriver(config: Config): Driver {
  return neo4j.driver(config.NEO4J_URI, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), {
    disableLosslessIntegers: true,
    // Fail fast when Neo4j is gone: a refused or silent server is reported in seconds, not after a minute.
    connectionTimeout: 1_500,
    connectionAcquisitionTimeout: 20_000,
  });
}

/** Opens a driver and checks that Neo4j answers; throws GraphUnavailableError with one clear sentence. */
export async function connect(config: Config): Promise<Driver> {
  const driver = createDriver(config);
  try {
    await driver.verifyConnectivity();
    return driver;
  } catch (e) {
    await driver.close();
    const code = (e as { code?: string }).code ?? '';
    const why = code.includes('Unauthorized')
      ? `it refused user "${config.NEO4J_USER}" (check NEO4J_USER / NEO4J_PASSWORD)`
      : `${unreachable((e as Error).message)}; start it with \`npm run db:start\` or set NEO4J_URI`;
    throw new GraphUnavailableError(`Cannot use Neo4j at ${config.NEO4J_URI}: ${why}.`);
  }
}

/** The driver's connection failure in plain words. */
function unreachable(message: string): string {
  if (/ECONNREFUSED/.test(message)) return 'nothing is listening there';
  if (/ENOTFOUND|EAI_AGAIN/.test(message)) return 'that host name is unknown';
  if (/timed? ?out|ETIMEDOUT/i.test(message)) return 'it did not answer in time';
  return 'it did not answer';
}
