// What a newcomer sees, in a real Chromium (Debian's, driven by playwright-core): GraphiQL with every request
// off this machine refused runs the headline tab, and Neo4j Browser, on connect, applies PolicyGraph's style and
// opens the guide, whose first query draws issuers, policies and regions. Screenshots: out/screenshots/.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { ROOT, type Config } from '../config.ts';
import { startServer, type ApiServer } from '../api/server.ts';
import { loadPaths, retractDocuments } from '../graph/load.ts';
import { ensureSchema } from '../graph/schema.ts';
import { testConfig, testDriver } from './neo4j.ts';

const SEEDS = path.join(ROOT, '..', 'shared', 'corpus', 'seeds');
export const SCREENSHOTS = path.join(ROOT, 'out', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LOCAL = new Set(['localhost', '127.0.0.1', '[::1]']);

let driver: Driver;
let config: Config;
let api: ApiServer;
let context: BrowserContext;
let profile: string;
/** Every request the pages tried to send off this machine (all refused). */
const refused: string[] = [];

/** The server's own Browser settings: where Browser is served and what it runs on connect. */
async function browserSettings(): Promise<{ http: string; postConnect: string }> {
  const r = await driver.executeQuery(
    "CALL dbms.listConfig() YIELD name, value WHERE name IN ['server.http.advertised_address', 'browser.post_connect_cmd'] RETURN name, value",
  );
  const get = (name: string): string => String(r.records.find((x) => x.get('name') === name)?.get('value') ?? '');
  return { http: get('server.http.advertised_address'), postConnect: get('browser.post_connect_cmd') };
}

beforeAll(async () => {
  config = testConfig();
  driver = testDriver();
  await ensureSchema(driver);
  expect((await loadPaths(driver, [SEEDS])).failed).toEqual([]);
  const { postConnect } = await browserSettings();
  // The API must answer where the managed Neo4j tells Browser to fetch the guide (db/neo4j.ts).
  const guidePort = Number(/play https?:\/\/[^/]+:(\d+)\/guide\//.exec(postConnect)?.[1]);
  expect(guidePort, `browser.post_connect_cmd should play the guide: "${postConnect}"`).toBeGreaterThan(0);
  api = await startServer(driver, { ...config, API_PORT: guidePort }, guidePort, '127.0.0.1');
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  profile = fs.mkdtempSync(path.join(ROOT, 'out', 'chromium-profile-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // The network is cut: only this machine answers.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (LOCAL.has(url.hostname)) return route.continue();
    refused.push(url.href);
    return route.abort();
  });
}, 300_000);

afterAll(async () => {
  await context?.close();
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
  await api?.stop();
  await retractDocuments(driver, fs.readdirSync(SEEDS).filter((f) => !f.startsWith('.')));
  await driver?.close();
});

interface Headline {
  policies: { totalCount: number; edges: { node: { title: string; issuers: { actor: { id: string } }[] } }[] };
  ask: { rows: { agency: string; guidelines: number }[] };
}

/** Waits (up to 90 s: a busy machine, a cold Browser) until the value matches. */
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 90_000, interval: 250 });
/** Visible text with the editors' non-breaking spaces as spaces. */
const textOf = async (l: Locator): Promise<string> => (await l.innerText()).replace(/\u00a0/g, ' ');

async function newPage(): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(90_000);
  return page;
}

describe('GraphiQL with the network cut', () => {
  it('opens on the headline question, runs it as it is and shows the issuers of CDE guidelines', async () => {
    const page = await newPage();
    refused.length = 0;
    await page.goto(api.url ?? '');
    await page.waitForSelector('.graphiql-tab');
    expect(await page.locator('.graphiql-tab').allInnerTexts()).toEqual(['CdeGuidelines2023', 'Nested', 'Explore', 'Identity']);
    await poll(() => textOf(page.locator('.graphiql-query-editor'))).toContain("# Which agencies issued CDE's guidelines in 2023?");
    const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST' && (r.request().postData() ?? '').includes('CdeGuidelines2023'));
    await page.click('.graphiql-execute-button');
    // The rows as the page received them, and the answer as it is shown.
    const body = (await (await answered).json()) as { data?: Headline; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.policies.totalCount).toBe(5);
    const titles = body.data?.policies.edges.map((e) => e.node.title) ?? [];
    expect(titles).toContain('Technical Guidelines for Clinical Trials of Mesenchymal Stem Cells for Prevention and Treatment of graft-versus-host disease (Draft for comment)');
    for (const e of body.data?.policies.edges ?? []) expect(e.node.issuers.map((i) => i.actor.id)).toContain('agency:cn/nmpa/cde');
    expect(body.data?.ask.rows.find((r) => r.agency === 'agency:cn/nmpa/cde')?.guidelines).toBe(5);
    await poll(() => textOf(page.locator('.graphiql-response'))).toContain('"totalCount": 5');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'graphiql-headline.png') });
    expect(refused, 'GraphiQL needs nothing from the internet').toEqual([]);
    await page.close();
  }, 240_000);
});

describe('Neo4j Browser', () => {
  it('on connect applies the style and opens the guide; the first guide query draws issuers, policies and regions', async () => {
    const { http } = await browserSettings();
    const bolt = new URL(config.NEO4J_URI.replace(/^[a-z+]+:/, 'http:'));
    const page = await newPage();
    await page.goto(`http://${http}/browser/?dbms=neo4j://localhost:${bolt.port || 7687}`);
    await page.fill('[data-testid="username"]', config.NEO4J_USER);
    await page.fill('[data-testid="password"]', config.NEO4J_PASSWORD);
    await page.click('[data-testid="connect"]');
    // The two post-connect commands each leave a frame: the style sheet and the guide's first slide.
    const frames = page.locator('[data-testid="frame"]');
    await poll(() => frames.filter({ hasText: ':style http' }).count()).toBe(1);
    const guide = frames.filter({ hasText: ':play http' });
    await poll(() => textOf(guide)).toContain('PolicyGraph');
    expect(await frames.filter({ hasText: ':style http' }).innerText()).not.toMatch(/error|could not/i);
    await guide.locator('h3', { hasText: 'PolicyGraph' }).waitFor({ state: 'visible' });
    await page.waitForTimeout(1000); // the slide fades in
    await page.screenshot({ path: path.join(SCREENSHOTS, 'browser-guide.png') });

    await guide.locator('[data-testid="nextSlide"]').click();
    const first = guide.locator('pre.runnable:visible');
    await poll(() => textOf(first)).toContain('MATCH (a:Actor)-[i:ISSUED]->(p:Policy)');
    await first.locator('i.fa-play-circle-o').click(); // the play icon Browser adds runs the query
    const graph = frames.filter({ hasText: 'MATCH (a:Actor)-[i:ISSUED]' }).first().locator('svg g.node');
    await poll(() => graph.count()).toBeGreaterThan(10);
    // Colours from style.grass: agencies red, policies blue, regions green (Browser's own palette has none of these).
    const fills = await graph.locator('circle.b-outline').evaluateAll((cs) => cs.map((c) => (c.getAttribute('fill') ?? '').toUpperCase()));
    expect(fills).toContain('#D9534F');
    expect(fills).toContain('#57C7A0');
    expect(fills.some((f) => ['#2F4B7C', '#3E6AA8', '#22365E', '#1B2A4A', '#4F7CB8', '#2A4373', '#5B6FA8', '#6A7FA8'].includes(f))).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'browser-first-query.png') });
    await page.close();
  }, 240_000);
});
