// The loaders' public face: read a document and extract its facts; resolve a batch across documents.
import { readDocument } from './read/index.ts';
import type { DocumentFacts } from './types.ts';
import { extractText } from './extract/index.ts';

export { DocumentError } from './read/index.ts';
export type { SourceDocument } from './read/index.ts';
export { extractText } from './extract/index.ts';
export { resolveAcross } from './extract/resolve.ts';

/** Reads one document and extracts its facts; throws DocumentError for a file that cannot be read. */
export async function extractFile(filePath: string): Promise<DocumentFacts> {
  const doc = await readDocument(filePath);
  const facts = extractText(doc);
  return doc.warnings ? { ...facts, warnings: doc.warnings } : facts;
}
