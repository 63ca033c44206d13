// Where Neo4j's CPU goes, statement by statement: a driver whose sessions' transactions report, for every statement,
// the server's CPU seconds (read from /proc: a managed instance on this machine) from its run to its last record,
// grouped by the statement's text; what a transaction's commit (and the server's work between statements) costs is
// the rest of its CPU. For the scale bench (`--statements`): which statement keeps the load from raw's pace.
import type { Driver, ManagedTransaction, Result, Session } from 'neo4j-driver';

export interface Cost {
  cpu: number;
  runs: number;
  /** Its parameters' size as JSON (UTF-8 bytes): about what the driver sends for them. */
  bytes: number;
}

const COMMIT = '(commit, and the server between statements)';

/** Parameters' JSON size in UTF-8 bytes (Neo4j's temporal values and integers as the driver's objects: near enough). */
const sizeOf = (params: Record<string, unknown> | undefined): number => (params ? Buffer.byteLength(JSON.stringify(params)) : 0);

/** A statement's group: its text without parameters' values (the values are parameters), first 90 characters. */
const groupOf = (query: string): string => query.replace(/\s+/g, ' ').trim().slice(0, 90);

export class StatementCosts {
  readonly costs = new Map<string, Cost>();
  constructor(private readonly cpu: () => number | null) {}

  private add(group: string, cpu: number, bytes = 0): void {
    const c = this.costs.get(group) ?? { cpu: 0, runs: 0, bytes: 0 };
    c.cpu += cpu;
    c.runs++;
    c.bytes += bytes;
    this.costs.set(group, c);
  }

  private statementsCpu(): number {
    let n = 0;
    for (const [g, c] of this.costs) if (g !== COMMIT) n += c.cpu;
    return n;
  }

  /** The driver to load or retract with: the same one, its transactions' statements costed. */
  wrap(driver: Driver): Driver {
    return new Proxy(driver, {
      get: (d, p) => (p === 'session' ? (...a: Parameters<Driver['session']>) => this.session(d.session(...a)) : Reflect.get(d, p, d)),
    });
  }

  private session(s: Session): Session {
    const costed =
      (work: 'executeWrite' | 'executeRead') =>
      async <T>(fn: (tx: ManagedTransaction) => Promise<T>): Promise<T> => {
        const [c0, s0] = [this.cpu() ?? 0, this.statementsCpu()];
        const out = await s[work]((tx) => fn(this.tx(tx)));
        this.add(COMMIT, (this.cpu() ?? 0) - c0 - (this.statementsCpu() - s0));
        return out;
      };
    return new Proxy(s, {
      get: (t, p) => (p === 'executeWrite' || p === 'executeRead' ? costed(p) : Reflect.get(t, p, t)),
    });
  }

  private tx(tx: ManagedTransaction): ManagedTransaction {
    return new Proxy(tx, {
      get: (t, p) => (p === 'run' ? (q: string, params?: Record<string, unknown>) => this.result(t.run(q, params), groupOf(q), sizeOf(params)) : Reflect.get(t, p, t)),
    });
  }

  /** The result as it was (awaited or streamed), its statement's CPU taken when its last record has come. */
  private result(res: Result, group: string, bytes: number): Result {
    const c0 = this.cpu() ?? 0;
    let done = false;
    const finish = () => {
      if (!done) this.add(group, (this.cpu() ?? 0) - c0, bytes);
      done = true;
    };
    return new Proxy(res, {
      get: (r, p) => {
        if (p === 'then') return (ok?: (v: Awaited<Result>) => unknown, ko?: (e: unknown) => unknown) => r.then((v) => (finish(), v)).then(ok, ko);
        if (p === Symbol.asyncIterator) {
          return () => {
            const it = r[Symbol.asyncIterator]();
            const next = async () => {
              const n = await it.next();
              if (n.done) finish();
              return n;
            };
            return { ...it, next };
          };
        }
        const v = Reflect.get(r, p, r);
        return typeof v === 'function' ? v.bind(r) : v;
      },
    });
  }

  /** The costliest groups, one line each. */
  report(top = 8): string[] {
    return [...this.costs]
      .sort((a, b) => b[1].cpu - a[1].cpu)
      .slice(0, top)
      .map(([g, c]) => `    ${c.cpu.toFixed(1)} s in ${c.runs} runs, ${(c.bytes / 2 ** 20).toFixed(1)} MB of parameters: ${g}`);
  }
}
