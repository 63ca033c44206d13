// Reading documents: a file on disk → clean text in its original script, plus title, date and language.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { cleanText, type CleanOptions, type Cleaned } from './clean.ts';
import { parseDateAt } from './dates.ts';
import { DecodeProblem, decodeReporting } from './decode.ts';
import { detectLanguage } from './script.ts';

export class DocumentError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'DocumentError';
  }
}

export interface SourceDocument {
  /** Absolute path. */
  path: string;
  /** Base name, e.g. 002_aa38597a7d2e4e9c.txt. */
  name: string;
  /** Of the raw bytes. */
  sha256: string;
  /** Clean text in its original script; paragraphs separated by "\n\n". */
  text: string;
  language: 'en' | 'zh-Hans' | 'zh-Hant';
  /** The document's headline (first meaningful line), noise excluded. */
  title: string;
  /** ISO partial date of the post itself when the page states it. */
  publishedOn?: string;
  /** What was read but not cleanly: bytes replaced, a page cut at a depth. */
  warnings?: string[];
}

export const SUPPORTED_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown', '.html', '.htm', '.pdf'];

type Format = 'text' | 'markdown' | 'html' | 'pdf';

const FORMATS: Record<string, Format> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
};

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DocumentError(file, 'file not found');
    if (code === 'EISDIR') throw new DocumentError(file, 'is a directory, not a document');
    if (code === 'EACCES' || code === 'EPERM') throw new DocumentError(file, 'permission denied');
    throw new DocumentError(file, `cannot read: ${(e as Error).message}`);
  }
}

function decodeFile(file: string, bytes: Buffer, warnings: string[], declared?: string): string {
  let text: string;
  try {
    const decoded = decodeReporting(bytes, declared);
    text = decoded.text;
    if (decoded.replaced > 0) {
      warnings.push(`read as UTF-8 with ${decoded.replaced} invalid byte sequence${decoded.replaced > 1 ? 's' : ''} replaced by U+FFFD`);
    }
  } catch (e) {
    if (e instanceof DecodeProblem) throw new DocumentError(file, e.message);
    throw e;
  }
  if (text.trim() === '') throw new DocumentError(file, 'empty file (only whitespace)');
  return text;
}

async function toCleaned(file: string, format: Format, bytes: Buffer, warnings: string[]): Promise<Cleaned> {
  const decode = (b: Buffer, declared?: string): string => decodeFile(file, b, warnings, declared);
  switch (format) {
    case 'text':
      return cleanText(decode(bytes), { join: 'auto' });
    case 'markdown': {
      const { markdownToText } = await import('./markdown.ts');
      const md = markdownToText(decode(bytes));
      return cleanText(md.text, { join: 'always', title: md.title });
    }
    case 'html': {
      const { htmlToText, declaredCharset } = await import('./html.ts');
      const page = htmlToText(decode(bytes, declaredCharset(bytes)));
      if (page.cut !== undefined) warnings.push(page.cut);
      if (page.text.trim() === '') throw new DocumentError(file, 'HTML page has no body text');
      const options: CleanOptions = { join: 'never', title: page.title };
      const cleaned = cleanText(page.text, options);
      if (!cleaned.paragraphs.some((p) => p !== cleaned.title)) {
        throw new DocumentError(file, 'HTML page has no body text (only navigation and boilerplate)');
      }
      const stated = page.published === undefined ? undefined : parseDateAt(page.published)?.date;
      return stated === undefined ? cleaned : { ...cleaned, publishedOn: stated };
    }
    case 'pdf': {
      const { pdfToText, PdfProblem } = await import('./pdf.ts');
      try {
        const pdf = await pdfToText(bytes);
        return cleanText(pdf.text, { join: 'wrapped', title: pdf.title });
      } catch (e) {
        if (e instanceof PdfProblem) throw new DocumentError(file, e.message);
        throw e;
      }
    }
  }
}

/** Read one document; every problem with the file is a DocumentError naming it. */
export async function readDocument(filePath: string): Promise<SourceDocument> {
  const absolute = path.resolve(filePath);
  const ext = path.extname(absolute).toLowerCase();
  const format = FORMATS[ext];
  if (format === undefined) {
    const what = ext === '' ? 'no file extension' : `unsupported file type "${ext}"`;
    throw new DocumentError(filePath, `${what} (supported: ${SUPPORTED_EXTENSIONS.join(', ')})`);
  }
  const bytes = await readBytes(filePath);
  if (bytes.length === 0) throw new DocumentError(filePath, 'empty file');

  const warnings: string[] = [];
  const cleaned = await toCleaned(filePath, format, bytes, warnings);
  const text = cleaned.paragraphs.join('\n\n');
  if (text === '') throw new DocumentError(filePath, 'no text besides page boilerplate (navigation, contact lines, share bars)');
  return {
    path: absolute,
    name: path.basename(absolute),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    text,
    // A few thousand characters decide the script; converting whole long texts would cost more than reading them.
    language: detectLanguage(text.slice(0, 4000)),
    title: cleaned.title,
    ...(cleaned.publishedOn === undefined ? {} : { publishedOn: cleaned.publishedOn }),
    ...(warnings.length ? { warnings } : {}),
  };
}
