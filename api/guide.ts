// Neo4j Browser's guide and style, served by the API so that the managed Neo4j's post-connect commands
// (db/neo4j.ts) can fetch them: GET /guide/ (the slides for `:play`) and /guide/style.grass (for `:style`).
import type { Plugin } from 'graphql-yoga';
import { guideHtml, styleSheet } from '../graph/browser/guide.ts';

export const GUIDE_PATH = '/guide/';

/** Serves the guide and the style; both are public, static text, readable by Browser from any origin. */
export function useGuide(graphqlEndpoint: string): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' || !(url.pathname === '/guide' || url.pathname.startsWith(GUIDE_PATH))) return;
      const file = url.pathname.slice(GUIDE_PATH.length);
      const body =
        file === '' || file === 'index.html'
          ? { text: guideHtml(new URL(graphqlEndpoint, url).href), type: 'text/html; charset=utf-8' }
          : file === 'style.grass'
            ? { text: styleSheet(), type: 'text/plain; charset=utf-8' }
            : undefined;
      const headers = { 'content-type': body?.type ?? 'text/plain; charset=utf-8', 'access-control-allow-origin': '*' };
      endResponse(new fetchAPI.Response(body?.text ?? 'Not found', { status: body ? 200 : 404, headers }));
    },
  };
}
