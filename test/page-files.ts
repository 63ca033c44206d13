// Texts written as page files in a temporary folder and extracted as any page is (the reader runs first), for
// tests of extraction classes. One folder per test file, removed after it.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { extractFile } from '../loaders/index.ts';
import type { DocumentFacts } from '../loaders/types.ts';

/** `page(text)` writes `text` to a new file of this test file's folder and extracts it. */
export function pageFiles(prefix: string): (text: string) => Promise<DocumentFacts> {
  let dir = '';
  let n = 0;
  beforeAll(async () => { dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix)); });
  afterAll(async () => { await fs.rm(dir, { recursive: true, force: true }); });
  return async (text) => {
    const file = path.join(dir, `p${++n}.txt`);
    await fs.writeFile(file, text);
    return extractFile(file);
  };
}
