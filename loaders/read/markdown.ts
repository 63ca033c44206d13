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
  let md = source.replace(/\r\n?/g, '\n');
  let title: string | undefined;
  const front = FRONT_MATTER.exec(md);
  if (front) {
    title = FRONT_TITLE.exec(front[1] ?? '')?.[1];
    md = md.slice(front[0].length);
  }
  const out: string[] = [];
  const lines = md.split('\n');
  let fence: string | undefined;
  let inParagraph = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fenceMatch = FENCE.exec(line);
    if (fence !== undefined) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = undefined;
      continue; // code is not prose
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      out.push('');
      inParagraph = false;
      continue;
    }
    if (line.trim() === '') {
      out.push('');
      inParagraph = false;
      continue;
    }
    if (!inParagraph && INDENTED_CODE.test(line) && !LIST_ITEM.test(line)) continue;
    if (LINK_DEFINITION.test(line) || TABLE_SEPARATOR.test(line) || RULE.test(line)) {
      out.push('');
      inParagraph = false;
      continue;
    }
    const next = lines[i + 1];
    if (inParagraph === false && next !== undefined && SETEXT_UNDERLINE.test(next) && !LIST_ITEM.test(line)) {
      const text = inline(line.trim());
      title ??= text;
      out.push('', text, '');
      i++;
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      const text = inline(heading[2] ?? '');
      if (heading[1] === '#') title ??= text;
      out.push('', text, '');
      inParagraph = false;
      continue;
    }
    let text = line.replace(QUOTE, '');
    if (TABLE_ROW.test(text)) {
      const cells = text.trim().replace(/^\||\|$/g, '').split('|').map((c) => inline(c.trim()));
      out.push('', cells.filter((c) => c !== '').join(' | '), '');
      inParagraph = false;
      continue;
    }
    if (LIST_ITEM.test(text)) {
      text = text.replace(LIST_ITEM, '');
      out.push('');
    }
    out.push(inline(text.trim()));
    inParagraph = true;
  }
  return title === undefined ? { text: out.join('\n') } : { text: out.join('\n'), title };
}
