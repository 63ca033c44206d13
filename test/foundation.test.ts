import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, isLocalUri, loadConfig } from '../config.ts';
import { connect } from '../graph/driver.ts';
import { loadPaths } from '../graph/load.ts';
import { ensureSchema, schemaState } from '../graph/schema.ts';
import { testConfig, testDriver } from './neo4j.ts';

describe('configuration', () => {
  const messageOf = (env: Record<string, string>): string => {
    try {
      loadConfig(env);
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      return (e as Error).message;
    }
    throw new Error(`no error for ${JSON.stringify(env)}`);
  };

  it('names each bad variable and says in words what is wrong', () => {
    const m = messageOf({ NEO4J_URI: 'http://example.org', API_PORT: 'abc', CYPHER_TIMEOUT_S: '-3' });
    expect(m).toMatch(/NEO4J_URI="http:\/\/example.org": must look like bolt:/);
    expect(m).toContain('API_PORT="abc": must be a port number from 1 to 65535');
    expect(m).toContain('CYPHER_TIMEOUT_S="-3": must be more than 0 seconds');
    expect(m).not.toMatch(/Invalid input|expected number|NaN/);
    expect(messageOf({ NEO4J_HTTP_PORT: '99999' })).toContain('NEO4J_HTTP_PORT="99999": must be a port number from 1 to 65535');
  });

  it('never prints the password, not even a wrong one', () => {
    const m = messageOf({ NEO4J_PASSWORD: 'short' });
    expect(m).toContain('NEO4J_PASSWORD (value not shown): must have at least 8 characters');
    expect(m).not.toContain('short');
  });

  it('has working local defaults', () => {
    const c = loadConfig({});
    expect(c.NEO4J_URI).toBe('bolt://127.0.0.1:7687');
    expect(c.API_PORT).toBe(4000);
  });

  it('manages only a Neo4j on this machine', () => {
    expect(isLocalUri('bolt://localhost:7687')).toBe(true);
    expect(isLocalUri('neo4j+s://abcd.databases.neo4j.io')).toBe(false);
  });
});

describe('a real Neo4j', () => {
  const driver = testDriver();
  afterAll(async () => {
    await driver.executeQuery('MATCH (n:FoundationTest) DETACH DELETE n');
    await driver.close();
  });

  it('creates, queries and deletes data', async () => {
    await driver.executeQuery(
      'UNWIND $rows AS row CREATE (a:FoundationTest {id: row.id})-[:LINKS]->(:FoundationTest {id: row.id + "-b"})',
      { rows: [{ id: 'x1' }, { id: 'x2' }] },
    );
    const r = await driver.executeQuery('MATCH (a:FoundationTest)-[:LINKS]->(b) RETURN a.id AS a, b.id AS b ORDER BY a');
    expect(r.records.map((x) => [x.get('a'), x.get('b')])).toEqual([
      ['x1', 'x1-b'],
      ['x2', 'x2-b'],
    ]);
    await driver.executeQuery('MATCH (n:FoundationTest) DETACH DELETE n');
    const left = await driver.executeQuery('MATCH (n:FoundationTest) RETURN count(n) AS n');
    expect(left.records[0]?.get('n')).toBe(0);
  });

  it('creates the schema idempotently', async () => {
    await ensureSchema(driver);
    await ensureSchema(driver);
    const s = await schemaState(driver);
    expect(s.missing).toEqual([]);
    expect(s.constraints).toContain('policy_id');
    expect(s.indexes.find((i) => i.name === 'nameSearch')?.type).toBe('FULLTEXT');
  });

  it('gives one clear error when Neo4j cannot be reached', async () => {
    const bad = { ...testConfig(), NEO4J_URI: 'bolt://127.0.0.1:1' };
    await expect(connect(bad)).rejects.toThrow(/^Cannot use Neo4j at bolt:\/\/127.0.0.1:1: (nothing is listening there|it did not answer)/);
  });

  it('names a file that cannot be loaded once, with the reason in words', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'policygraph-messages-'));
    try {
      const empty = path.join(dir, 'empty.txt');
      const missing = path.join(dir, 'missing.txt');
      await fs.writeFile(empty, '');
      const s = await loadPaths(driver, [empty, missing], { skipSetup: true });
      expect(s.failed).toEqual([
        { file: missing, problem: 'cannot read it (no such file or folder)' },
        { file: empty, problem: 'empty file' },
      ]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('says when the password is wrong', async () => {
    const bad = { ...testConfig(), NEO4J_PASSWORD: 'not-the-password' };
    const error = await connect(bad).then(() => undefined, (e: unknown) => e as Error);
    expect(error?.message).toMatch(/refused user "neo4j"/);
    expect(error?.message).not.toContain('not-the-password');
  });
});
