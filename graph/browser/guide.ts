// The Neo4j Browser guide (`:play URL`): slides made from the tour in queries.cypher, one per numbered block,
// each query in a `pre.runnable` that Browser puts into its editor on click (and runs from its play icon).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = path.dirname(fileURLToPath(import.meta.url));
export const TOUR_FILE = path.join(DIR, 'queries.cypher');
export const STYLE_FILE = path.join(DIR, 'style.grass');

export interface TourStep {
  title: string;
  text: string;
  cypher: string;
}

/** The numbered blocks of the tour: `// N. Title`, comment lines of text, then the query (ending in `;`). */
export function parseTour(source: string): TourStep[] {
  const steps: TourStep[] = [];
  for (const block of source.split(/\n\s*\n/)) {
    const lines = block.trim().split('\n');
    const head = /^\/\/\s*\d+\.\s*(.+)$/.exec(lines[0] ?? '');
    if (!head?.[1]) continue;
    const text = lines.slice(1).filter((l) => l.startsWith('//')).map((l) => l.replace(/^\/\/\s?/, ''));
    const cypher = lines.filter((l) => !l.startsWith('//')).join('\n').trim().replace(/;$/, '');
    if (!cypher) throw new Error(`graph/browser/queries.cypher: step "${head[1]}" has no query`);
    steps.push({ title: head[1].trim(), text: text.join(' '), cypher });
  }
  return steps;
}

const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function slide(step: TourStep, n: number, of: number): string {
  return `<slide class="row-fluid">
<div class="col-sm-12">
<h3>${n}/${of} · ${esc(step.title)}</h3>
<p>${esc(step.text)}</p>
<pre class="pre-scrollable code runnable">${esc(step.cypher)}</pre>
<p class="text-muted small">Click the query to put it in the editor, or its ▶ icon to run it.</p>
</div>
</slide>`;
}

/** The guide page; `graphql` is where the API answers, named on the first slide. */
export function renderGuide(steps: TourStep[], graphql: string): string {
  const intro = `<slide class="row-fluid">
<div class="col-sm-12">
<h3>PolicyGraph</h3>
<p class="lead">Who makes stem-cell and cell/gene-therapy policy in China, what they issued, and where it applies.</p>
<p>Actors (agencies, CPPCC/NPC members, companies) issue or propose policies (guidelines, regulations, plans,
proposals, licences) that apply to regions; every fact lists the documents and sentences that state it.
The style (colours by kind, captions by name or title) was applied when Browser connected.</p>
<p>${steps.length} steps follow: use the arrows below. The same questions and more, as GraphQL:
<a href="${esc(graphql)}" target="_blank" rel="noopener">${esc(graphql)}</a>.</p>
</div>
</slide>`;
  const slides = steps.map((s, i) => slide(s, i + 1, steps.length));
  return `<article class="guide">
<carousel class="deck container-fluid">
${[intro, ...slides].join('\n')}
</carousel>
</article>
`;
}

/** The guide built from the tour file on disk. */
export function guideHtml(graphql: string): string {
  return renderGuide(parseTour(fs.readFileSync(TOUR_FILE, 'utf8')), graphql);
}

export function styleSheet(): string {
  return fs.readFileSync(STYLE_FILE, 'utf8');
}
