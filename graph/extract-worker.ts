// Runs the extractor in a worker thread, so the main thread stays free to drive Neo4j transactions while
// the next batch is parsed (the extractor is synchronous CPU work that would otherwise stall them).
import { parentPort } from 'node:worker_threads';
import { extractFile } from '../loaders/index.ts';

parentPort?.on('message', async ({ id, file }: { id: number; file: string }) => {
  try {
    parentPort?.postMessage({ id, facts: await extractFile(file) });
  } catch (e) {
    parentPort?.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
