// The extractor as the loader uses it: in a worker thread when one can be started (see extract-worker.ts),
// in this thread otherwise. Errors keep the extractor's message (file and reason).
import { Worker } from 'node:worker_threads';
import type { DocumentFacts } from '../loaders/types.ts';

export interface Extractor {
  extract(file: string): Promise<DocumentFacts>;
  close(): Promise<void>;
}

type Reply = { id: number; facts: DocumentFacts; error?: undefined } | { id: number; error: string };

function inThread(): Extractor {
  return {
    extract: async (file) => (await import('../loaders/index.ts')).extractFile(file),
    close: async () => {},
  };
}

export function createExtractor(): Extractor {
  let worker: Worker;
  try {
    // The worker is TypeScript too: a small script registers tsx in the worker (as bin/policygraph.js does),
    // with both modules resolved from here so the working folder does not matter.
    const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
    const entry = JSON.stringify(new URL('./extract-worker.ts', import.meta.url).href);
    worker = new Worker(`import(${api}).then((tsx) => { tsx.register(); return import(${entry}); });`, { eval: true });
  } catch {
    return inThread();
  }
  const pending = new Map<number, { resolve: (f: DocumentFacts) => void; reject: (e: Error) => void; file: string }>();
  let next = 0;
  let broken: Error | null = null;
  worker.on('message', (reply: Reply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (reply.error !== undefined) p.reject(new Error(reply.error));
    else p.resolve(reply.facts);
  });
  const fail = (e: Error) => {
    broken = e;
    for (const p of pending.values()) p.reject(new Error(`extractor worker stopped: ${e.message}`));
    pending.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => code !== 0 && fail(new Error(`exit code ${code}`)));
  const fallback = inThread();
  return {
    extract: (file) => {
      if (broken) return fallback.extract(file);
      return new Promise((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve, reject, file });
        worker.postMessage({ id, file });
      });
    },
    close: async () => {
      await worker.terminate();
    },
  };
}
