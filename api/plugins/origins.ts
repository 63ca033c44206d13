// Which web pages may call the API. By default only pages served from this machine (localhost, GraphiQL among
// them) and from the address the API listens on: a page on another site that an analyst happens to open must not
// read the local graph. The Host header is not trusted for this: a site whose name is made to resolve to
// 127.0.0.1 (DNS rebinding) would look "same-origin". More origins come from CORS_ORIGIN (`*` for any).
import type { CORSOptions, Plugin } from 'graphql-yoga';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const PROBES = new Set(['/health', '/ready', '/live']);

export interface OriginPolicy {
  /** True when a page from `origin` may call the API. */
  allows(origin: string): boolean;
  /** True when the API answers requests sent to this Host (a rebound name sends its own, even without Origin). */
  serves(host: string): boolean;
  /** Yoga's CORS option: the headers that let an allowed page read the answer; none for the rest. */
  cors(request: Request): CORSOptions | false;
}

/** `configured`: CORS_ORIGIN; `apiHost`: API_HOST (its pages are the API's own unless it listens everywhere). */
export function originPolicy(configured: string, apiHost: string): OriginPolicy {
  const listed = configured.split(',').map((o) => o.trim().replace(/\/$/, '')).filter(Boolean);
  const any = listed.includes('*');
  const own = new Set(LOCAL_HOSTS);
  if (!['0.0.0.0', '::', '[::]'].includes(apiHost)) own.add(apiHost.includes(':') ? `[${apiHost}]` : apiHost);
  const allows = (origin: string): boolean =>
    any || listed.includes(origin) || (/^https?:\/\//.test(origin) && own.has(hostnameOf(origin) ?? ''));
  const listedHosts = new Set(listed.flatMap((o) => hostnameOf(o) ?? []));
  const serves = (host: string): boolean => {
    const name = hostnameOf(`http://${host}`);
    return any || (name !== undefined && (own.has(name) || listedHosts.has(name)));
  };
  return {
    allows,
    serves,
    cors(request) {
      const origin = request.headers.get('origin');
      if (!origin || !allows(origin)) return false;
      return { origin: [origin], methods: ['GET', 'POST'], credentials: false, maxAge: 600 };
    },
  };
}

function hostnameOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/** Refuses, before it runs (403, in words), a request from a page whose origin is not allowed or for a foreign Host. */
export function useOrigins(policy: OriginPolicy): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      const origin = request.headers.get('origin');
      // Probes (an orchestrator calls by whatever address it has) say only whether the API and Neo4j are up.
      const host = PROBES.has(url.pathname) ? null : request.headers.get('host');
      let refusal: { message: string; code: string } | undefined;
      if (origin && !policy.allows(origin)) {
        refusal = { message: `Requests from pages at ${origin} are not allowed; the server's CORS_ORIGIN setting lists the origins that are.`, code: 'ORIGIN_NOT_ALLOWED' };
      } else if (host && !policy.serves(host)) {
        refusal = { message: `This server does not answer for ${host}; add its origin to CORS_ORIGIN to serve it under that name.`, code: 'HOST_NOT_ALLOWED' };
      }
      if (!refusal) return;
      const body = JSON.stringify({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });
      endResponse(new fetchAPI.Response(body, { status: 403, headers: { 'content-type': 'application/json' } }));
    },
  };
}
