// PDF → the text layer of all pages (unpdf / pdf.js); lines stay as laid out, the cleaner rejoins wrapped ones.
import { extractText, getDocumentProxy, getMeta } from 'unpdf';

/** A problem with the PDF itself; readDocument turns it into a DocumentError. */
export class PdfProblem extends Error {}

export interface PdfText {
  text: string;
  title?: string;
}

const LETTER = /[\p{L}\p{N}]/u;

export async function pdfToText(bytes: Buffer): Promise<PdfText> {
  if (bytes.subarray(0, 1024).indexOf('%PDF-') < 0) throw new PdfProblem('not a PDF file (no %PDF- header)');
  let doc: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    doc = await getDocumentProxy(new Uint8Array(bytes));
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new PdfProblem(/password/i.test(reason) ? 'PDF is password-protected' : `unreadable PDF: ${reason}`);
  }
  try {
    const { text } = await extractText(doc, { mergePages: false });
    const joined = text.join('\n\n');
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
