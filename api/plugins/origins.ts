// Which web pages may call the API. By default only the API's own pages (GraphiQL) and pages served from this
// machine (localhost): a page on another site that an analyst happens to open must not read the local graph.
// More origins come from CORS_ORIGIN (comma-separated, `*` for any).
import type { CORSOptions, Plugin } from 'graphql-yoga';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface OriginPolicy {
  /** True when a page from `origin` may call the API (`host` is the Host the request was sent to). */
  allows(origin: string, host: string | null): boolean;
  /** Yoga's CORS option: the headers that let an allowed page read the answer; none for the rest. */
  cors(request: Request): CORSOptions | false;
}

export function originPolicy(configured: string): OriginPolicy {
  const listed = configured.split(',').map((o) => o.trim().replace(/\/$/, '')).filter(Boolean);
  const any = listed.includes('*');
  const allows = (origin: string, host: string | null): boolean => {
    if (any || listed.includes(origin)) return true;
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      return false;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
    return LOCAL_HOSTS.has(url.hostname) || (host !== null && url.host === host);
  };
  return {
    allows,
    cors(request) {
      const origin = request.headers.get('origin');
      if (!origin || !allows(origin, request.headers.get('host'))) return false;
      return { origin: [origin], methods: ['GET', 'POST'], credentials: false, maxAge: 600 };
    },
  };
}

/** Refuses a request from a page whose origin is not allowed, before it runs (403, in words). */
export function useOrigins(policy: OriginPolicy): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const origin = request.headers.get('origin');
      if (!origin || policy.allows(origin, request.headers.get('host'))) return;
      const message = `Requests from pages at ${origin} are not allowed; the server's CORS_ORIGIN setting lists the origins that are.`;
      endResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code: 'ORIGIN_NOT_ALLOWED' } }] }), {
          status: 403,
          headers: { 'content-type': 'application/json' },
        }),
      );
    },
  };
}
