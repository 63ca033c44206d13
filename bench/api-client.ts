// The load generator of bench:api: keep-alive HTTP/1.1 connections over plain sockets, each sending the same POST
// again as soon as the last answer is in, run in a worker thread. On this 2-core box the load generator takes its
// CPU from the cores the server and Neo4j need, and the raw loop has none: autocannon took ~170–190 µs of CPU per
// request on the by-id question (its histograms, timers and full HTTP parser; 330–450 with V8's helpers), more
// than half the raw statement's cost; this one writes prepared bytes and reads only the status line and
// Content-Length (~40–160 µs a request on the busy box, most of it the kernel's side of the socket calls).
import fs from 'node:fs';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';

export interface ClientRun {
  url: string;
  body: string;
  connections: number;
  seconds: number;
}

export interface ClientResult {
  /** Answers read in full (status 200 each). */
  requests: number;
  /** From the first request sent to the last answer read: connections finish the request they have in flight. */
  seconds: number;
  p50: number;
  p99: number;
  /** CPU µs this thread took per request. */
  cpuUs: number;
}

/** utime + stime of a /proc stat file, µs (Linux; NaN elsewhere). bench:api reads its threads' CPU with it too. */
export function cpuOf(statFile: string): number {
  try {
    const fields = fs.readFileSync(statFile, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1e6) / 100; // clock ticks of 1/100 s
  } catch {
    return NaN;
  }
}

/** CPU µs this thread has used (process.cpuUsage() counts every thread). */
const threadCpuUs = (): number => cpuOf('/proc/thread-self/stat');

/** The bytes of one request: the same for every send. */
function requestBytes(url: URL, body: string): Buffer {
  const head = `POST ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), Buffer.from(body, 'utf8')]);
}

/** The length of the first whole answer at the start of `buf` (head and body), or 0 while it is incomplete. */
function answerLength(buf: Buffer): number {
  const headEnd = buf.indexOf('\r\n\r\n');
  if (headEnd < 0) return 0;
  const head = buf.toString('latin1', 0, headEnd);
  if (!head.startsWith('HTTP/1.1 200 ')) throw new Error(`answer ${head.split('\r\n')[0]}`);
  const length = /\r\ncontent-length: *(\d+)/i.exec(head)?.[1];
  if (length === undefined) throw new Error('answer without Content-Length');
  const total = headEnd + 4 + Number(length);
  return buf.length >= total ? total : 0;
}

/** One connection's loop until `end`; pushes each request's latency (ms). */
function connection(url: URL, request: Buffer, end: number, latencies: number[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(url.port), url.hostname);
    socket.setNoDelay(true);
    let buf: Buffer = Buffer.alloc(0);
    let sent = 0;
    const send = (): void => {
      if (performance.now() >= end) {
        socket.end();
        return resolve();
      }
      sent = performance.now();
      socket.write(request);
    };
    socket.on('connect', send).on('error', reject);
    socket.on('data', (chunk: Buffer) => {
      buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
      try {
        const n = answerLength(buf);
        if (n === 0) return;
        buf = buf.subarray(n);
        latencies.push(performance.now() - sent);
        send();
      } catch (e) {
        socket.destroy();
        reject(e);
      }
    });
  });
}

async function drive(run: ClientRun): Promise<ClientResult> {
  const url = new URL(run.url);
  const request = requestBytes(url, run.body);
  const latencies: number[] = [];
  const cpu = threadCpuUs();
  const started = performance.now();
  await Promise.all(Array.from({ length: run.connections }, () => connection(url, request, started + run.seconds * 1000, latencies)));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number): number => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { requests: latencies.length, seconds, p50: at(0.5), p99: at(0.99), cpuUs: (threadCpuUs() - cpu) / latencies.length };
}

/** The worker the runs go to, started (and its modules loaded) once: its start-up is no run's CPU. */
let worker: Promise<Worker> | undefined;

function startWorker(): Promise<Worker> {
  // A worker does not inherit tsx's loader: it registers it before loading this file.
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); })`;
  const w = new Worker(boot, { eval: true });
  w.unref(); // the bench exits when its work is done, whatever the worker waits for
  return new Promise((resolve, reject) => w.once('message', () => resolve(w)).once('error', reject));
}

/** Runs the load generator in a worker thread (its CPU off the main thread, where the servers run). */
export async function driveHttp(run: ClientRun): Promise<ClientResult> {
  const w = await (worker ??= startWorker());
  return new Promise((resolve, reject) => {
    const done = (r: ClientResult): void => void (w.off('error', failed), resolve(r));
    const failed = (e: Error): void => void (w.off('message', done), reject(e));
    w.once('message', done).once('error', failed);
    w.postMessage(run);
  });
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  port.on('message', (run: ClientRun) => void drive(run).then((r) => port.postMessage(r)));
  port.postMessage('ready');
}
