// `policygraph ask [NAME] --param key=value --json`: run a named question (queries/*.cypher) and print rows.
import type { Config } from '../config.ts';
import { connect } from '../graph/driver.ts';
import { ask as runQuestion, parseAssignments, question, questions } from '../queries/index.ts';
import { createReader, type Row } from '../queries/run.ts';

/** A value as the lines of a cell: one line per list item, objects as JSON. */
function cellLines(v: unknown): string[] {
  if (v === null || v === undefined) return [''];
  if (Array.isArray(v)) return v.length ? v.flatMap(cellLines) : [''];
  if (typeof v === 'object') return [JSON.stringify(v)];
  return [String(v)];
}

/** Display width: CJK characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

/** Wraps one line to `max` columns, at spaces where there are any (Chinese wraps between characters). */
function wrap(line: string, max: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const token of line.split(/(?<= )/)) {
    if (width(cur + token.trimEnd()) <= max) {
      cur += token;
      continue;
    }
    if (cur.trim()) out.push(cur.trimEnd());
    cur = '';
    for (const ch of token) {
      if (width(cur + ch) > max) {
        out.push(cur);
        cur = '';
      }
      cur += ch;
    }
  }
  out.push(cur.trimEnd());
  return out;
}

/** A cell's lines: each item of a list marked with a bullet and wrapped under it. */
function cell(v: unknown, max: number): string[] {
  const items = cellLines(v);
  if (items.length < 2) return wrap(items[0] ?? '', max);
  return items.flatMap((item) => wrap(item, max - 2).map((l, k) => (k ? '  ' : '• ') + l));
}

/** Every row in full: long values wrap inside their column, list items each start a line. */
export function formatTable(columns: string[], rows: Row[], maxCell = 60): string {
  const cells = rows.map((r) => columns.map((c) => cell(r[c], maxCell)));
  const widths = columns.map((c, i) => Math.max(width(c), ...cells.flatMap((r) => (r[i] ?? []).map(width))));
  const pad = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - width(s)));
  const line = (vals: string[]): string => vals.map((v, i) => pad(v, widths[i] ?? 0)).join('  ').trimEnd();
  const body = cells.map((r) => {
    const height = Math.max(...r.map((c) => c.length));
    return Array.from({ length: height }, (_, k) => line(r.map((c) => c[k] ?? ''))).join('\n');
  });
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  // Rows of several lines are set apart by a blank line so each row reads as one.
  const tall = cells.some((r) => r.some((c) => c.length > 1));
  return [line(columns), rule, body.join(tall ? '\n\n' : '\n')].join('\n');
}

export function listQuestions(): string {
  const lines: string[] = ['Questions (policygraph ask NAME --param key=value):', ''];
  for (const q of questions().values()) {
    lines.push(`  ${q.name}`, `      ${q.description}`);
    for (const p of q.params) lines.push(`      --param ${p.name}=${String(p.default)}   (${p.type}) ${p.description}`);
    lines.push('');
  }
  return lines.join('\n');
}

export async function ask(config: Config, name: string | undefined, opts: { param: string[]; json?: boolean }): Promise<void> {
  if (!name) {
    console.log(listQuestions());
    return;
  }
  question(name); // an unknown name fails here, before connecting
  const given = parseAssignments(opts.param ?? []);
  const driver = await connect(config);
  try {
    const answer = await runQuestion(createReader(driver, { timeoutS: config.CYPHER_TIMEOUT_S, database: config.NEO4J_DATABASE }), name, given);
    if (opts.json) {
      console.log(JSON.stringify(answer, null, 2));
      return;
    }
    const shown = Object.entries(answer.params).map(([k, v]) => `${k}=${String(v)}`).join(' ');
    console.log(`${name} (${shown})\n`);
    console.log(answer.rows.length ? formatTable(answer.columns, answer.rows) : '(no rows)');
    console.log(`\n${answer.rows.length} row${answer.rows.length === 1 ? '' : 's'} in all`);
  } finally {
    await driver.close();
  }
}
