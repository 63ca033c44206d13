// HTML page → the article's text, one block element a line, with the page's chrome removed
// (scripts, navigation, headers, footers, sidebars, share bars, pagers); the cleaner handles the rest.
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

export interface PageText {
  text: string;
  title?: string;
  /** Raw date string from the page's metadata, parsed by the caller. */
  published?: string;
  /** Set when the page nested deeper than MAX_DEPTH: what was done about it. */
  cut?: string;
}

/** Elements nested deeper than this lose their tags (their text is kept): parsing and walking a tree costs
 *  time with its depth (a 5,000-deep page took 30 s and overflowed the stack), and no article nests this deep. */
export const MAX_DEPTH = 500;
/** Tags with no end tag, or whose end tag pages often leave out (they do not nest in the tree either). */
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rt', 'rp',
]);
const TAG = /<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w:-]*)\b[^>]*?(\/?)>/g;

/** Drops the tags below MAX_DEPTH, in one pass over the markup (before the parser meets them). */
function flattenDeep(html: string): { html: string; cut: boolean } {
  let depth = 0;
  let cut = false;
  const out = html.replace(TAG, (whole, _raw: string | undefined, close: string | undefined, name: string | undefined, selfClose: string | undefined) => {
    if (name === undefined || NOT_NESTING.has(name.toLowerCase()) || selfClose === '/') return whole;
    if (close === '/') {
      const drop = depth > MAX_DEPTH;
      depth = Math.max(0, depth - 1);
      return drop ? '' : whole;
    }
    depth++;
    if (depth <= MAX_DEPTH) return whole;
    cut = true;
    return ' ';
  });
  return { html: cut ? out : html, cut };
}

/** Never text. (Not <form>: ASP.NET pages wrap the whole page in one.) */
const DROP_TAGS =
  'script, style, noscript, template, iframe, object, embed, svg, canvas, video, audio, map, button, select, input, textarea, dialog';
/** Page chrome by tag, unless it holds most of the page's text (some sites put the article in a <header>). */
const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'menu']);

/** Words in class/id names that mark page chrome rather than the article. */
const CHROME_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'menus', 'footer', 'foot', 'header', 'head', 'topbar', 'sidebar', 'side', 'breadcrumb',
  'breadcrumbs', 'crumb', 'crumbs', 'share', 'sharing', 'social', 'bdsharebuttonbox', 'print', 'toolbar', 'tools', 'pager',
  'pagination', 'pagenav', 'prevnext', 'prev', 'next', 'related', 'recommend', 'comment', 'comments', 'copyright', 'ad', 'ads',
  'advert', 'advertisement', 'banner', 'login', 'search', 'qrcode', 'hot', 'links', 'friendlink', 'contact', 'cookie', 'popup',
]);
const NAME_SPLIT = /[\s_-]+/;

const BLOCK = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'html', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);
const CELL = new Set(['td', 'th']);
const WHITESPACE = /\s+/g;
const TITLE_SEPARATOR = /\s+[-_|–—]+\s+|\s*[|｜]\s*/;

function looksLikeChrome(el: Element): boolean {
  if (CHROME_TAGS.has(el.name)) return true;
  const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.toLowerCase();
  if (names.trim() === '') return false;
  for (const word of names.split(NAME_SPLIT)) if (CHROME_WORDS.has(word)) return true;
  return false;
}

const textLength = ($: cheerio.CheerioAPI, node: AnyNode): number => $(node).text().replace(WHITESPACE, '').length;

/** The charset a page declares in its first bytes (<meta charset> or http-equiv Content-Type). */
export function declaredCharset(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 4096).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
}

const clean = (s: string): string => s.replace(WHITESPACE, ' ').trim();

/** The headline: the heading the <title> repeats (sites put their logo in an <h1> too), else the article's
 *  first <h1>, else the <title> without the site's name. */
function titleOf($: cheerio.CheerioAPI): string | undefined {
  const pageTitle = clean($('title').first().text());
  const headings = $('h1, h2')
    .toArray()
    .map((el) => clean($(el).text()))
    .filter((t) => t.length >= 4);
  if (pageTitle !== '') {
    // The longest such heading: the site's name is in the <title> too.
    const repeated = headings.filter((h) => pageTitle.includes(h) || h.includes(pageTitle));
    if (repeated.length > 0) return repeated.reduce((a, b) => (b.length > a.length ? b : a));
  }
  const h1 = clean($('article h1, main h1').first().text()) || clean($('h1').first().text());
  if (h1 !== '' && pageTitle === '') return h1;
  if (pageTitle === '') return undefined;
  // "Article - Site name": the longest part is the article's.
  const parts = pageTitle.split(TITLE_SEPARATOR).filter((p) => p.trim() !== '');
  return parts.reduce((a, b) => (b.length > a.length ? b : a), '');
}

/** Publication date that the page states for machines (government sites: <meta name="PubDate">). */
const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="PubDate" i]',
  'meta[name="publishdate" i]',
  'meta[name="pubdate" i]',
  'meta[name="publish_date" i]',
  'meta[name="firstpublishedtime" i]',
  'meta[name="DC.date.issued" i]',
  'meta[itemprop="datePublished"]',
].join(', ');

function publishedOf($: cheerio.CheerioAPI): string | undefined {
  const meta = $(DATE_META).first().attr('content');
  const time = $('article time[datetime], time[pubdate]').first().attr('datetime');
  const value = (meta ?? time)?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** The article's text, one block a line: a walk with its own stack (no recursion, whatever the depth). */
function collect(root: AnyNode, out: string[], isChrome: (el: Element) => boolean): void {
  // A string on the stack is text to emit once the element before it is done (its closing break).
  const stack: (AnyNode | string)[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      out.push(node);
      continue;
    }
    if (node.type === 'text') {
      out.push(node.data.replace(WHITESPACE, ' '));
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root') continue;
    if (node.type === 'tag') {
      if (node.name === 'br') {
        out.push('\n');
        continue;
      }
      if (node.name === 'img') continue; // alt text is captions and icons, not the article
      if (isChrome(node)) continue;
    }
    const name = node.type === 'tag' ? node.name : '';
    const block = BLOCK.has(name);
    if (block) out.push('\n\n');
    if (CELL.has(name)) out.push(' ');
    if (block) stack.push('\n\n');
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

export function htmlToText(page: string): PageText {
  const { html, cut } = flattenDeep(page);
  const $ = cheerio.load(html);
  const title = titleOf($);
  const published = publishedOf($);
  $(DROP_TAGS).remove();
  const body = $('body').first()[0] ?? $.root()[0];
  if (!body) return { text: '' };
  const bodyLength = textLength($, body);
  // The <article>/<main> element when it holds the text (not a teaser card); else the whole body.
  const candidate = $('article').first()[0] ?? $('main').first()[0];
  const root = candidate && textLength($, candidate) >= bodyLength * 0.3 ? candidate : body;
  const rootLength = root === body ? bodyLength : textLength($, root);
  const isChrome = (el: Element): boolean => looksLikeChrome(el) && textLength($, el) <= rootLength * 0.5;
  const out: string[] = [];
  collect(root, out, isChrome);
  // Blank-line runs separate blocks; single newlines inside text came from <br>.
  const text = out.join('').replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n');
  return {
    text,
    ...(title === undefined ? {} : { title }),
    ...(published === undefined ? {} : { published }),
    ...(cut ? { cut: `HTML nested deeper than ${MAX_DEPTH} elements: the tags below that depth were dropped, their text kept` } : {}),
  };
}
