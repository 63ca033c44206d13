// One driver per process, with a clear message when Neo4j cannot be reached.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';

export class GraphUnavailableError extends Error {}

export function createDriver(config: Config): Driver {
  return neo4j.driver(config.NEO4J_URI, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), {
    disableLosslessIntegers: true,
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
      : `it did not answer (${(e as Error).message.split('\n')[0]}); start it with \`npm run db:start\` or set NEO4J_URI`;
    throw new GraphUnavailableError(`Cannot use Neo4j at ${config.NEO4J_URI}: ${why}.`);
  }
}
