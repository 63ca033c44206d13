// `policygraph ask [NAME] --param key=value --json`: run a named question (queries/*.cypher) and print rows.
import type { Config } from '../config.ts';
import { connect } from '../graph/driver.ts';
import { ask as runQuestion, parseAssignments, question, questions } from '../queries/index.ts';
import { createReader, type Row } from '../queries/run.ts';

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(cell).join('; ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Display width: CJK characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

function clip(s: string, max: number): string {
  if (width(s) <= max) return s;
  let out = '';
  for (const ch of s) {
    if (width(out + ch) > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}

export function formatTable(columns: string[], rows: Row[], maxCell = 70): string {
  const cells = rows.map((r) => columns.map((c) => clip(cell(r[c]), maxCell)));
  const widths = columns.map((c, i) => Math.max(width(c), ...cells.map((r) => width(r[i] ?? ''))));
  const pad = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - width(s)));
  const line = (vals: string[]): string => vals.map((v, i) => pad(v, widths[i] ?? 0)).join('  ').trimEnd();
  return [line(columns), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
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
    console.log(`\n${answer.rows.length} row${answer.rows.length === 1 ? '' : 's'}`);
  } finally {
    await driver.close();
  }
}
