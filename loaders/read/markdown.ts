// Markdown → plain text: markup stripped, one block (paragraph, heading, list item, table row) per
// blank-line-separated block; soft-wrapped lines of a paragraph are joined by the cleaner.
// (No Markdown parser is installed; the subset below is what documents use: CommonMark blocks and inlines.)

export interface MarkdownText {
  text: string;
  title?: string;
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\n/;
const FRONT_TITLE = /^title:\s*["']?(.+?)["']?\s*$/m;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const SETEXT_UNDERLINE = /^\s{0,3}(?:=+|-+)\s*$/;
const RULE = /^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/;
const QUOTE = /^\s{0,3}(?:>\s?)+/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
const INDENTED_CODE = /^(?: {4}|\t)/;

const IMAGE = /!\[([^\]]*)\]\([^)]*\)|!\[([^\]]*)\]\[[^\]]*\]/g;
const LINK = /\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)|\[([^\]]+)\]\[[^\]]*\]/g;
const AUTOLINK = /<((?:https?|mailto):[^>\s]+)>/g;
const FOOTNOTE_REF = /\[\^[^\]]+\]/g;
const HTML_TAG = /<\/?[A-Za-z][^>]*>|<!--[\s\S]*?-->/g;
const STRONG = /(\*\*|__)(?=\S)([\s\S]*?\S)\1/g;
const EMPHASIS = /(?<![\w*])([*_])(?=\S)([^*_\n]*?\S)\1(?![\w*])/g;
const STRIKE = /~~(?=\S)([\s\S]*?\S)~~/g;
const CODE_SPAN = /(`+)\s?([\s\S]*?)\s?\1/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|>~])/g;

function inline(s: string): string {
  return s
    .replace(CODE_SPAN, '$2')
    .replace(IMAGE, '')
    .replace(LINK, (_m, a: string | undefined, b: string | undefined) => a ?? b ?? '')
    .replace(AUTOLINK, '$1')
    .replace(FOOTNOTE_REF, '')
    .replace(HTML_TAG, '')
    .replace(STRONG, '$2')
    .replace(STRIKE, '$1')
    .replace(EMPHASIS, '$2')
    .replace(ESCAPE, '$1');
}

export function markdownToText(source: string): MarkdownText {
  const front = readFrontMatter(source.replace(/\r\n?/g, '\n'));
  const walk: Walk = { out: [], title: front.title, fence: undefined, inParagraph: false };
  const lines = front.body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (inFence(walk, line)) continue;
    if (line.trim() === '') {
      endBlock(walk);
      continue;
    }
    if (!walk.inParagraph && INDENTED_CODE.test(line) && !LIST_ITEM.test(line)) continue;
    if (LINK_DEFINITION.test(line) || TABLE_SEPARATOR.test(line) || RULE.test(line)) {
      endBlock(walk);
      continue;
    }
    const next = lines[i + 1];
    if (!walk.inParagraph && next !== undefined && SETEXT_UNDERLINE.test(next) && !LIST_ITEM.test(line)) {
      heading(walk, inline(line.trim()), true);
      i++; // the underline
      continue;
    }
    const atx = ATX_HEADING.exec(line);
    if (atx) heading(walk, inline(atx[2] ?? ''), atx[1] === '#');
    else proseLine(walk, line);
  }
  const text = walk.out.join('\n');
  return walk.title === undefined ? { text } : { text, title: walk.title };
}

/** A YAML front matter block's title, and the text after the block. */
function readFrontMatter(md: string): { body: string; title?: string } {
  const front = FRONT_MATTER.exec(md);
  if (!front) return { body: md };
  return { body: md.slice(front[0].length), title: FRONT_TITLE.exec(front[1] ?? '')?.[1] };
}

/** Where the walk over the lines stands: the text so far, the title, an open code fence, an open paragraph. */
interface Walk {
  out: string[];
  title: string | undefined;
  fence: string | undefined;
  inParagraph: boolean;
}

/** A blank line: the cleaner starts a new paragraph after it. */
function endBlock(walk: Walk): void {
  walk.out.push('');
  walk.inParagraph = false;
}

/** Code is not prose: a fence's lines, its opening and closing ones included, are skipped. */
function inFence(walk: Walk, line: string): boolean {
  const fenceMatch = FENCE.exec(line);
  if (walk.fence !== undefined) {
    if (fenceMatch && fenceMatch[1]!.startsWith(walk.fence)) walk.fence = undefined;
    return true;
  }
  if (!fenceMatch) return false;
  walk.fence = fenceMatch[1];
  endBlock(walk);
  return true;
}

/** A heading is a block of its own; the first top-level one is the title unless the front matter named one. */
function heading(walk: Walk, text: string, topLevel: boolean): void {
  if (topLevel) walk.title ??= text;
  walk.out.push('', text, '');
  walk.inParagraph = false;
}

/** A table row is a block of its own, a list item starts one, any other line continues the paragraph. */
function proseLine(walk: Walk, line: string): void {
  let text = line.replace(QUOTE, '');
  if (TABLE_ROW.test(text)) {
    const cells = text.trim().replace(/^\||\|$/g, '').split('|').map((c) => inline(c.trim()));
    walk.out.push('', cells.filter((c) => c !== '').join(' | '), '');
    walk.inParagraph = false;
    return;
  }
  if (LIST_ITEM.test(text)) {
    text = text.replace(LIST_ITEM, '');
    walk.out.push('');
  }
  walk.out.push(inline(text.trim()));
  walk.inParagraph = true;
}
