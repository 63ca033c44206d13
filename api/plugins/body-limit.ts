// Request bodies are capped (413 REQUEST_ENTITY_TOO_LARGE). Yoga's own cap streams every body through a counting
// TransformStream and a new Request; a body with a valid Content-Length needs no counting (Node's HTTP parser reads
// exactly that many bytes), so only a body without one (chunked) is read here, counted as it arrives.
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** The largest request body taken: a query is limited to 2 000 tokens, and a parameter over its own cap (1 000
 *  characters for a question's) is refused in words, so only bodies far beyond any real question are cut off here. */
export const MAX_BODY_BYTES = 4_000_000;

const tooLarge = (): GraphQLError =>
  new GraphQLError(`The request body is larger than ${MAX_BODY_BYTES.toLocaleString('en')} bytes.`, {
    extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', http: { status: 413 } },
  });

/** The whole body, read with a count: 413 as soon as more than `limit` bytes have come. The rest is left unread,
 *  not cancelled, so the connection stays up for the answer (Node then discards it and closes the connection). */
async function readCapped(body: ReadableStream<Uint8Array>, limit: number): Promise<string> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  try {
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      bytes += r.value.byteLength;
      if (bytes > limit) throw tooLarge();
      chunks.push(r.value);
    }
  } finally {
    reader.releaseLock();
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function useBodyLimit(limit = MAX_BODY_BYTES): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const length = request.headers.get('content-length');
      if (length !== null) {
        // One non-negative integer only: anything else (a list, as in request smuggling) is refused.
        if (!/^\d+$/.test(length)) {
          throw new GraphQLError('The Content-Length header is not valid.', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
        }
        if (Number(length) > limit) throw tooLarge();
        return;
      }
      const body = request.body;
      if (!requestParser || !body) return;
      setRequestParser(async (req) => {
        const { url, method, headers } = req;
        return requestParser(new fetchAPI.Request(url, { method, headers, body: await readCapped(body as ReadableStream<Uint8Array>, limit) }));
      });
    },
  };
}
