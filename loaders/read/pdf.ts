// PDF → the text layer of all pages (unpdf / pdf.js); lines stay as laid out, the cleaner rejoins wrapped ones.
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { PAGE_NUMBER } from './clean.ts';

/** A problem with the PDF itself; readDocument turns it into a DocumentError. */
export class PdfProblem extends Error {}

export interface PdfText {
  text: string;
  title?: string;
}

const LETTER = /[\p{L}\p{N}]/u;
/** At a page's top or bottom a bare number is the page's too. */
const BARE_NUMBER = /^[-—–\s]*\d{1,4}[-—–\s]*$/;
const DIGITS = /\d+/g;
/** Lines this close to a page's top or bottom may be running heads, feet and page numbers. */
const EDGE = 2;

/** Drop page numbers and the running head/foot that repeats on most pages; the rest is the document. */
function dropPageFurniture(pages: string[]): string[] {
  const split = pages.map((p) => p.split('\n').map((l) => l.trim()));
  const edges = (lines: string[]): Set<number> => {
    const idx = lines.map((l, i) => (l === '' ? -1 : i)).filter((i) => i >= 0);
    return new Set([...idx.slice(0, EDGE), ...idx.slice(-EDGE)]);
  };
  const key = (line: string): string => line.replace(DIGITS, '#');
  const seen = new Map<string, number>();
  for (const lines of split) {
    const onPage = new Set([...edges(lines)].map((i) => key(lines[i]!)));
    for (const k of onPage) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const repeatsFrom = Math.max(2, Math.ceil(split.length * 0.6));
  return split.map((lines) => {
    const edge = edges(lines);
    return lines
      .filter((line, i) => !(edge.has(i) && (PAGE_NUMBER.test(line) || BARE_NUMBER.test(line) || (seen.get(key(line)) ?? 0) >= repeatsFrom)))
      .join('\n');
  });
}

export async function pdfToText(bytes: Buffer): Promise<PdfText> {
  if (bytes.subarray(0, 1024).indexOf('%PDF-') < 0) throw new PdfProblem('not a PDF file (no %PDF- header)');
  let doc: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    // verbosity 0: pdf.js font warnings ("cannot substitute the font") are not the user's concern.
    doc = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new PdfProblem(/password/i.test(reason) ? 'PDF is password-protected' : `unreadable PDF: ${reason}`);
  }
  try {
    const { text } = await extractText(doc, { mergePages: false });
    // Pages join with a plain line break: a paragraph running over a page break is one paragraph.
    const joined = dropPageFurniture(text).join('\n');
    if (!LETTER.test(joined)) throw new PdfProblem('no extractable text — scanned PDF?');
    let title: string | undefined;
    try {
      const meta = await getMeta(doc);
      const info = meta.info as Record<string, unknown>;
      const t = typeof info.Title === 'string' ? info.Title.trim() : '';
      // Producers often put the file name or "untitled" here; only a real headline counts.
      if (t.length >= 4 && !/\.(?:docx?|pdf|wps)$|^untitled|^microsoft word/i.test(t)) title = t;
    } catch {
      // Metadata is optional.
    }
    return title === undefined ? { text: joined } : { text: joined, title };
  } finally {
    await doc.destroy();
  }
}
