// A shorter way in for the query texts clients repeat. Yoga answers a request through a fetch-style Request and
// Response built over Node's own (headers, URL, body stream, onRequest hooks, content negotiation): on the by-id
// question that layer cost 200–250 µs of the main thread's CPU per request over a bare node:http handler running
// the same statement, about what the statement itself costs (api/README.md, "What changed in the served path").
// A POST whose body is, byte for byte, one Yoga has already answered with data and no errors skips that layer:
// its parameters go straight to Yoga's operation handler — the same onParams hooks (the response cache), context,
// execution (graphql-jit) and plugins (masking, hints, order) on the document Yoga parsed and validated for that
// text (the limits were checked then: the parse and validate hooks are not asked again for the same text) — and a
// clean answer is written as Yoga's result processor writes it. Anything else, and any answer with errors, takes
// Yoga's whole path; an answer computed here that has errors is handed to Yoga as it is (never run twice). Whether
// Yoga's answer was clean, its parameters and its document are told by a plugin from the execution itself
// (useKnownQueries): nothing is parsed or serialised again to learn a text.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { DocumentNode, ExecutionResult } from 'graphql';
import { maskError, processRegularResult, type OnParamsEventPayload, type Plugin, type YogaServer } from 'graphql-yoga';
import type { OriginPolicy } from './plugins/origins.ts';
import type { Yoga } from './server.ts';

/** Query texts remembered (least recently used go first), and the largest body remembered. */
const KNOWN_ENTRIES = 1_000;
const KNOWN_MAX_BYTES = 16_384;

type Params = { query: string; variables?: Record<string, unknown>; operationName?: string; extensions?: Record<string, unknown> };

/** Where an answer computed on the short way, but with errors, waits for Yoga to process it. */
const COMPUTED = Symbol('computed answer');
/** What Yoga's whole path ran for a request (each operation's parameters, the document) and whether every answer was clean. */
interface Outcome {
  params: Params[];
  document?: DocumentNode;
  clean: boolean;
}
const OUTCOME = Symbol('outcome');
/** Where a known text's document, parsed and validated before, comes with its request. */
const KNOWN = Symbol('known document');
/** Yoga's server context in this API: that answer, where to tell the outcome, or the known document; nothing else. */
export type ServerContext = { [COMPUTED]?: ExecutionResult; [OUTCOME]?: Outcome; [KNOWN]?: DocumentNode };
/** A text answered cleanly before: its parameters, and the document it ran (none when the answer came from the cache). */
type Known = { params: Params; document?: DocumentNode };

const isPlain = (r: unknown): r is ExecutionResult => typeof r === 'object' && r !== null && !Array.isArray(r) && !(Symbol.asyncIterator in r);

/** Yoga plugin: a request that carries an answer already computed (errors and all) is answered with it; one that
 *  asks for its outcome is told its parameters and whether its answer has data and no errors. */
export function useKnownQueries(): Plugin {
  let yoga: YogaServer<ServerContext, object> | undefined;
  return {
    onYogaInit: ({ yoga: y }) => void (yoga = y as unknown as YogaServer<ServerContext, object>),
    onParams({ params, context, setResult, setParamsHandler }) {
      const ctx = context as ServerContext;
      ctx[OUTCOME]?.params.push(params as Params);
      const computed = ctx[COMPUTED];
      if (computed) setResult(computed);
      const document = ctx[KNOWN];
      if (document && yoga) setParamsHandler(knownHandler(yoga, document));
    },
    onExecute({ args }) {
      const outcome = (args.contextValue as ServerContext)[OUTCOME];
      if (outcome) outcome.document = args.document;
    },
    onExecutionResult({ result, context }) {
      const outcome = (context as ServerContext)[OUTCOME];
      if (outcome) outcome.clean = isPlain(result) && result.data != null && !result.errors?.length;
    },
  };
}

/** Yoga's handler of one operation's parameters (the type its onParams hooks may swap). */
type ParamsHandler = OnParamsEventPayload<ServerContext>['paramsHandler'];

/**
 * Yoga's handling of one operation's parameters (its handleParams) for a document it parsed and validated before:
 * the context and the execution, with every onContextBuilding and onExecute hook. A failure outside the answer is
 * masked as Yoga masks it; the short way then hands that answer to Yoga's whole path.
 */
function knownHandler(yoga: YogaServer<ServerContext, object>, document: DocumentNode): ParamsHandler {
  return async ({ request, params, context }) => {
    try {
      Object.assign(context, { request, params });
      const enveloped = yoga.getEnveloped(context);
      const contextValue = await enveloped.contextFactory();
      const { variables: variableValues, operationName } = params;
      return await enveloped.execute({ schema: enveloped.schema, document, contextValue, variableValues, operationName });
    } catch (e) {
      return { errors: [maskError(e, 'Unexpected error.')] };
    }
  };
}

/** Headers only: what a request must be to take the short way (no page's Origin, a served Host, a plain JSON POST). */
function eligible(req: IncomingMessage, endpoint: string, serves: (host: string) => boolean): boolean {
  const h = req.headers;
  const length = h['content-length'];
  return (
    req.method === 'POST' &&
    req.url === endpoint &&
    h.origin === undefined &&
    serves(h.host ?? '') &&
    (h['content-type'] === 'application/json' || h['content-type'] === 'application/json; charset=utf-8') &&
    (h.accept === undefined || h.accept === '*/*' || h.accept === 'application/json') &&
    h['transfer-encoding'] === undefined &&
    h.expect === undefined &&
    h['if-none-match'] === undefined &&
    length !== undefined &&
    /^\d+$/.test(length) &&
    Number(length) <= KNOWN_MAX_BYTES
  );
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks).toString('utf8'))).on('error', reject);
  });
}

/** Writes a fetch-style Response to Node's response. */
async function send(response: Response, res: ServerResponse): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string> = {};
  response.headers.forEach((v, k) => void (headers[k] = v));
  res.writeHead(response.status, { ...headers, 'content-length': String(body.length) }).end(body);
}

/** What the response cache puts in an answer for the HTTP layer (its ETag and Last-Modified), never shown in the body. */
type HttpExtension = { status?: number; headers?: Record<string, string> };
type Answer = ExecutionResult & { stringify?: (result: ExecutionResult) => string };

/**
 * Writes a clean answer (data, no errors) as Yoga's result processor would — its status and headers from
 * `extensions.http`, the body through the operation's serializer with `http` left out — but straight into Node's
 * response: no fetch Response, no copy of its body and headers.
 */
function sendClean(result: Answer, res: ServerResponse): void {
  const { http, ...extensions } = (result.extensions ?? {}) as { http?: HttpExtension } & Record<string, unknown>;
  const body = bodyOf(result, http ? { ...result, extensions: Object.keys(extensions).length ? extensions : undefined } : result);
  const headers = { ...http?.headers, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) };
  res.writeHead(http?.status ?? 200, headers).end(body);
}

/** How the response cache marks an answer it serves: a copy of the stored one, whose `data` is that same object. */
const FROM_CACHE = Symbol.for('servedFromResponseCache');
/** A cached answer's body, by its data: serialised once, served until the graph changes. */
const cachedBodies = new WeakMap<object, string>();

function bodyOf(result: Answer, shown: ExecutionResult): string {
  const stored = (result as Record<symbol, unknown>)[FROM_CACHE] === true && typeof result.data === 'object' ? result.data : null;
  const known = stored && cachedBodies.get(stored);
  if (known) return known;
  const body = (result.stringify ?? JSON.stringify)(shown);
  if (stored) cachedBodies.set(stored, body);
  return body;
}

/** The policy's answer for each Host seen (a client sends the same one every time): no URL parsed per request. */
function servedHosts(policy: OriginPolicy): (host: string) => boolean {
  const seen = new Map<string, boolean>();
  return (host) => {
    let ok = seen.get(host);
    if (ok === undefined) {
      if (seen.size >= 64) seen.clear();
      seen.set(host, (ok = policy.serves(host)));
    }
    return ok;
  };
}

/** Node's request listener: the short way for known query texts, Yoga's whole path for the rest. */
export function knownQueries(yoga: Yoga, policy: OriginPolicy): RequestListener {
  const serves = servedHosts(policy);
  const known = new Map<string, Known>();
  const remember = (body: string, entry: Known): void => {
    known.delete(body);
    known.set(body, entry);
    if (known.size > KNOWN_ENTRIES) known.delete(known.keys().next().value as string);
  };
  // A copy of Node's header object, read only when asked (Node joins repeated headers; only `set-cookie` stays a
  // list, which Yoga's Headers takes as one).
  const requestOf = (req: IncomingMessage, body?: string): Request =>
    new yoga.fetchAPI.Request(`http://${req.headers.host}${req.url}`, { method: 'POST', headers: { ...req.headers } as Record<string, string>, body });

  /** Yoga's whole path for a body already read; a clean answer makes its text known. */
  const viaYoga = async (req: IncomingMessage, res: ServerResponse, body: string, computed?: ExecutionResult): Promise<void> => {
    const outcome: Outcome = { params: [], clean: false };
    const response = await yoga.fetch(requestOf(req, body), computed ? { [COMPUTED]: computed } : { [OUTCOME]: outcome });
    const [params] = outcome.params;
    // One operation (a batch is never learnt), answered with data and no errors, sent as 200.
    if (params && outcome.params.length === 1 && outcome.clean && response.status === 200) remember(body, { params, document: outcome.document });
    await send(response, res);
  };

  const shortWay = async (req: IncomingMessage, res: ServerResponse, { params, document }: Known, body: string): Promise<void> => {
    // A fresh server context each time: Yoga builds the GraphQL context on it.
    const result: unknown = await yoga.getResultForParams({ params, request: requestOf(req) }, document ? { [KNOWN]: document } : {});
    if (!isPlain(result)) return send(processRegularResult(result as Parameters<typeof processRegularResult>[0], yoga.fetchAPI, 'application/json'), res);
    if (result.errors?.length) return viaYoga(req, res, body, result);
    sendClean(result, res);
  };

  return (req, res) => {
    if (!eligible(req, yoga.graphqlEndpoint, serves)) return void yoga(req, res);
    readBody(req)
      .then((body) => {
        const entry = known.get(body);
        return entry ? shortWay(req, res, entry, body) : viaYoga(req, res, body);
      })
      .catch(() => {
        // The client went away, or Yoga failed outside any answer (it masks its own): no details to anyone.
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' }).end('{"errors":[{"message":"Unexpected error."}]}');
        else res.destroy();
      });
  };
}
