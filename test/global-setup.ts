// Gives the tests a real Neo4j: NEO4J_URI if set; else a Testcontainers Neo4j when a Docker engine
// answers; else the managed local Neo4j, as a separate "test" instance so a developer's data is never touched.
import type { TestProject } from 'vitest/node';
import { loadConfig, type Config } from '../config.ts';
import * as neo from '../db/neo4j.ts';

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  via: 'NEO4J_URI' | 'testcontainers' | 'managed';
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

async function dockerAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.NEO4J_URI) {
    const c = loadConfig();
    project.provide('neo4j', { uri: c.NEO4J_URI, user: c.NEO4J_USER, password: c.NEO4J_PASSWORD, via: 'NEO4J_URI' });
    return async () => {};
  }
  if (await dockerAnswers()) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer('neo4j:5.26-community')
      .withPassword('policygraph-test')
      .withEnvironment({ NEO4J_db_memory_transaction_max: '256m' }) // as db start and docker-compose set it
      .start();
    project.provide('neo4j', { uri: container.getBoltUri(), user: 'neo4j', password: 'policygraph-test', via: 'testcontainers' });
    return async () => {
      await container.stop();
    };
  }
  const config: Config = loadConfig({
    ...process.env,
    NEO4J_INSTANCE: 'test',
    NEO4J_URI: 'bolt://127.0.0.1:7697',
    NEO4J_HTTP_PORT: '7484',
    NEO4J_PASSWORD: 'policygraph-test',
  });
  const result = await neo.start(config, (m) => console.error(`[neo4j] ${m}`));
  project.provide('neo4j', { uri: config.NEO4J_URI, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD, via: 'managed' });
  return async () => {
    // Leave a server the developer already had running; stop the one this run started.
    if (result === 'started' && !process.env.KEEP_NEO4J) await neo.stop(config);
  };
}
