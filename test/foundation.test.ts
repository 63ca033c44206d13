import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, isLocalUri, loadConfig } from '../config.ts';
import { connect } from '../graph/driver.ts';
import { ensureSchema, schemaState } from '../graph/schema.ts';
import { testConfig, testDriver } from './neo4j.ts';

describe('configuration', () => {
  it('names the bad variable and says what is wrong', () => {
    expect(() => loadConfig({ NEO4J_URI: 'http://example.org', API_PORT: 'abc' })).toThrow(ConfigError);
    try {
      loadConfig({ NEO4J_URI: 'http://example.org', NEO4J_PASSWORD: 'short' });
    } catch (e) {
      expect((e as Error).message).toMatch(/NEO4J_URI="http:\/\/example.org": must look like bolt:/);
      expect((e as Error).message).toMatch(/NEO4J_PASSWORD="short": must have at least 8 characters/);
    }
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
    await expect(connect(bad)).rejects.toThrow(/Cannot use Neo4j at bolt:\/\/127.0.0.1:1: it did not answer/);
  });

  it('says when the password is wrong', async () => {
    const bad = { ...testConfig(), NEO4J_PASSWORD: 'not-the-password' };
    await expect(connect(bad)).rejects.toThrow(/refused user "neo4j"/);
  });
});
