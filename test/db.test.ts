// The managed local Neo4j's guard rails: what a user sees when something is in the way.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, loadConfig } from '../config.ts';
import { start, status } from '../db/neo4j.ts';
import { testConfig } from './neo4j.ts';

const cli = path.join(ROOT, 'bin', 'policygraph.js');

describe('managed local Neo4j', () => {
  it('starts nothing when NEO4J_URI points at another machine', async () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://example.databases.neo4j.io' });
    expect(await start(config)).toBe('external');
  });

  it('refuses a port another program holds, naming the port', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as net.AddressInfo).port;
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-neo4j-'));
    try {
      const config = loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_HOME: home, NEO4J_INSTANCE: 'blocked' });
      await expect(start(config)).rejects.toThrow(new RegExp(`Port ${port} is taken by another program`));
    } finally {
      blocker.close();
      fs.rmSync(home, { recursive: true, force: true });
    }
  });

  it('says Java is required when it is missing', () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-neo4j-'));
    const r = spawnSync(process.execPath, [cli, 'db', 'install'], {
      encoding: 'utf8',
      env: { PATH: '/nonexistent', NEO4J_HOME: home, HOME: os.tmpdir() },
    });
    fs.rmSync(home, { recursive: true, force: true });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Java 17 or newer is required .* `java` was not found/);
  });

  it('names the bad variable when the environment is wrong', () => {
    const r = spawnSync(process.execPath, [cli, 'db', 'status'], { encoding: 'utf8', env: { ...process.env, API_PORT: 'eighty' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('API_PORT="eighty"');
  });

  it('reports a server that answers', async () => {
    const s = await status(testConfig());
    expect(s.answers).toBe(true);
  });
});
