// Where Neo4j's CPU goes, statement by statement: a driver whose sessions' transactions report, for every statement,
// the server's CPU seconds (read from /proc: a managed instance on this machine) from its run to its last record,
// grouped by the statement's text; what a transaction's commit (and the server's work between statements) costs is
// the rest of its CPU. For the scale bench (`--statements`): which statement keeps the load from raw's pace.
import { performance } from 'node:perf_hooks';
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

/** The result as it was (awaited or streamed), `done` called once when its last record has come (and, with
 *  `onFailure`, when it fails). */
function onceDone(res: Result, done: () => void, onFailure: boolean): Result {
  let called = false;
  const finish = () => {
    if (!called) done();
    called = true;
  };
  return new Proxy(res, {
    get: (r, p) => {
      if (p === 'then') {
        return (ok?: (v: Awaited<Result>) => unknown, ko?: (e: unknown) => unknown) =>
          r.then((v) => (finish(), v), onFailure ? (e: unknown) => (finish(), Promise.reject(e)) : undefined).then(ok, ko);
      }
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
    return onceDone(res, () => this.add(group, (this.cpu() ?? 0) - c0, bytes), false);
  }

  /** The costliest groups, one line each. */
  report(top = 8): string[] {
    return [...this.costs]
      .sort((a, b) => b[1].cpu - a[1].cpu)
      .slice(0, top)
      .map(([g, c]) => `    ${c.cpu.toFixed(1)} s in ${c.runs} runs, ${(c.bytes / 2 ** 20).toFixed(1)} MB of parameters: ${g}`);
  }
}

/** One kind of interval of a load's wall time: how long, how much of it the main thread was busy, Neo4j's CPU. */
export interface Span {
  wall: number;
  main: number;
  neo4j: number;
  count: number;
}

/**
 * The load's critical path: its wall time cut where Neo4j has work outstanding (a statement from its run to its last
 * record, a commit, another transaction's statement) and where it has none. In each, the main thread's busy time
 * (event-loop utilisation) and Neo4j's CPU: main busy while nothing is outstanding is the process holding Neo4j up
 * (judging, building statements); Neo4j working while the main thread idles is the reverse. Gaps are named by the
 * statement that ends them (what the main thread was building), or "between transactions" (extraction, hashing,
 * the loop).
 */
export class CriticalPath {
  readonly spans = new Map<string, Span>();
  private outstanding = 0;
  private inTx = 0;
  /** With `timeline`, every transition: ms since the tracer began, what happened, main thread's busy ms so far. */
  readonly events: [number, string, number][] | null;
  private readonly t0 = performance.now();
  private readonly elu0 = performance.eventLoopUtilization();
  private mark = { t: performance.now(), elu: performance.eventLoopUtilization(), cpu: 0 };
  constructor(
    private readonly cpu: () => number | null,
    timeline = false,
  ) {
    this.mark.cpu = cpu() ?? 0;
    this.events = timeline ? [] : null;
  }

  /** Notes an event on the timeline (when kept). */
  note(what: string): void {
    this.events?.push([performance.now() - this.t0, what, performance.eventLoopUtilization(this.elu0).active]);
  }

  /** Closes the interval running since the last mark under `key`. */
  private close(key: string): void {
    const [t, elu, cpu] = [performance.now(), performance.eventLoopUtilization(), this.cpu() ?? 0];
    const d = performance.eventLoopUtilization(elu, this.mark.elu);
    const s = this.spans.get(key) ?? { wall: 0, main: 0, neo4j: 0, count: 0 };
    s.wall += (t - this.mark.t) / 1000;
    s.main += d.active / 1000;
    s.neo4j += cpu - this.mark.cpu;
    s.count++;
    this.spans.set(key, s);
    this.mark = { t, elu, cpu };
  }

  private start(group: string): void {
    this.note(`run ${group}`);
    if (this.outstanding++ === 0) this.close(this.inTx ? `gap before ${group}` : 'gap between transactions');
  }

  private end(): void {
    this.note('done');
    if (--this.outstanding === 0) this.close('Neo4j working');
  }

  wrap(driver: Driver): Driver {
    return new Proxy(driver, {
      get: (d, p) => (p === 'session' ? (...a: Parameters<Driver['session']>) => this.session(d.session(...a)) : Reflect.get(d, p, d)),
    });
  }

  private session(s: Session): Session {
    const traced =
      (work: 'executeWrite' | 'executeRead') =>
      async <T>(fn: (tx: ManagedTransaction) => Promise<T>): Promise<T> => {
        let committing = false;
        this.inTx++;
        this.note(`${work} begins`);
        try {
          return await s[work](async (tx) => {
            const out = await fn(this.tx(tx));
            // From here to executeWrite's end: the commit.
            this.start('(commit)');
            committing = true;
            return out;
          });
        } finally {
          this.inTx--;
          if (committing) this.end();
          this.note(`${work} ends`);
        }
      };
    return new Proxy(s, {
      get: (t, p) => (p === 'executeWrite' || p === 'executeRead' ? traced(p) : Reflect.get(t, p, t)),
    });
  }

  private tx(tx: ManagedTransaction): ManagedTransaction {
    return new Proxy(tx, {
      get: (t, p) =>
        p === 'run'
          ? (q: string, params?: Record<string, unknown>) => {
              this.start(groupOf(q).slice(0, 60));
              return this.result(t.run(q, params));
            }
          : Reflect.get(t, p, t),
    });
  }

  private result(res: Result): Result {
    return onceDone(res, () => this.end(), true);
  }

  /** The split since the tracer was made: Neo4j working (main busy meanwhile = overlap) and the gaps by name. */
  report(top = 10): string[] {
    if (this.outstanding === 0) this.close('gap between transactions');
    const all = [...this.spans.values()].reduce((a, s) => ({ wall: a.wall + s.wall, main: a.main + s.main, neo4j: a.neo4j + s.neo4j, count: 0 }), { wall: 0, main: 0, neo4j: 0, count: 0 });
    const line = (k: string, s: Span) => `    ${s.wall.toFixed(1)} s wall, main busy ${s.main.toFixed(1)} s, Neo4j CPU ${s.neo4j.toFixed(1)} s (${s.count}×): ${k}`;
    return [
      line('all', all),
      ...[...this.spans]
        .sort((a, b) => b[1].wall - a[1].wall)
        .slice(0, top)
        .map(([k, s]) => line(k, s)),
    ];
  }
}
