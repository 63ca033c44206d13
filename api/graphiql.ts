// GraphiQL from the bundle npm ships (@graphql-yoga/render-graphiql), never from a CDN, so it works with the
// network cut. The page itself is small; the ~9 MB of script, style and editor workers are separate files under
// /graphiql/ that the browser caches, read from the package on first request.
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';

export const ASSET_PATH = '/graphiql/';

interface Asset {
  type: string;
  body: string | Uint8Array<ArrayBuffer>;
}

let assets: Promise<Map<string, Asset>> | undefined;

function loadAssets(): Promise<Map<string, Asset>> {
  assets ??= import('@graphql-yoga/render-graphiql/graphiql').then((b) => {
    const js = 'text/javascript; charset=utf-8';
    const icon = Buffer.from(b.favicon.slice(b.favicon.indexOf(',') + 1), 'base64');
    return new Map<string, Asset>([
      ['graphiql.js', { type: js, body: b.js }],
      ['graphiql.css', { type: 'text/css; charset=utf-8', body: b.css }],
      ['favicon.ico', { type: 'image/x-icon', body: new Uint8Array(icon) }],
      // Monaco asks for a worker by label; these are the labels GraphiQL's editors use.
      ['worker-editorWorkerService.js', { type: js, body: b.editorWorkerService }],
      ['worker-json.js', { type: js, body: b.jsonWorker }],
      ['worker-graphql.js', { type: js, body: b.graphqlWorker }],
    ]);
  });
  return assets;
}

const escapeHtml = (s: string): string => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
/** JSON inside <script>: no `</script>` or `<!--` can end it early. */
const scriptJson = (v: unknown): string => JSON.stringify(v).replace(/</g, '\\u003c');

/** The GraphiQL page: options inline, everything else from ASSET_PATH. */
export function renderGraphiQL(opts: GraphiQLOptions): string {
  const title = escapeHtml(opts.title ?? 'GraphiQL');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<link rel="icon" href="${ASSET_PATH}favicon.ico">
<link rel="stylesheet" href="${ASSET_PATH}graphiql.css">
</head>
<body id="body" class="no-focus-outline">
<noscript>GraphiQL needs JavaScript.</noscript>
<div id="root">Loading ${title}…</div>
<script>
self.MonacoEnvironment = {
  globalAPI: false,
  getWorkerUrl: (_id, label) =>
    '${ASSET_PATH}worker-' + (label === 'json' || label === 'graphql' ? label : 'editorWorkerService') + '.js',
};
</script>
<script src="${ASSET_PATH}graphiql.js"></script>
<script>
YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), ${scriptJson(opts)});
</script>
</body>
</html>
`;
}

/** Serves GET ASSET_PATH* from the bundle; everything else goes on to GraphQL. */
export function useGraphiQLAssets(): Plugin {
  return {
    // Not async: every other request passes straight on, without a promise for Yoga to wait on.
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' || !url.pathname.startsWith(ASSET_PATH)) return;
      return loadAssets().then((assets) => {
        const asset = assets.get(url.pathname.slice(ASSET_PATH.length));
        if (!asset) {
          endResponse(new fetchAPI.Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } }));
          return;
        }
        endResponse(
          new fetchAPI.Response(asset.body, {
            headers: { 'content-type': asset.type, 'cache-control': 'public, max-age=86400' },
          }),
        );
      });
    },
  };
}
