// What a test needs to talk to the run's Neo4j (see global-setup.ts).
import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { loadConfig, type Config } from '../config.ts';
import { createDriver } from '../graph/driver.ts';

export function testConfig(): Config {
  const db = inject('neo4j');
  return loadConfig({ ...process.env, NEO4J_URI: db.uri, NEO4J_USER: db.user, NEO4J_PASSWORD: db.password });
}

export function testDriver(): Driver {
  return createDriver(testConfig());
}
