// A driver that reports every statement run through it: how bench:api learns the Cypher a server runs per request.
import type { Driver, ManagedTransaction, Session, SessionConfig } from 'neo4j-driver';
import type { Params } from '../queries/run.ts';

/** The driver, with every statement run in a session (managed or explicit transaction) reported to `onRun`. */
export function recordingDriver(driver: Driver, onRun: (cypher: string, params: Params) => void): Driver {
  const bind = <T extends object>(target: T, prop: string | symbol): unknown => {
    const v: unknown = Reflect.get(target, prop);
    return typeof v === 'function' ? v.bind(target) : v;
  };
  const recordRuns = <T extends { run: ManagedTransaction['run'] }>(tx: T): T => {
    const run = tx.run.bind(tx);
    tx.run = ((cypher: string, params: Params) => {
      onRun(cypher, params);
      return run(cypher, params);
    }) as T['run'];
    return tx;
  };
  const wrapSession = (session: Session): Session =>
    new Proxy(session, {
      get: (s, prop) => {
        if (prop === 'executeRead') {
          return <T>(work: (tx: ManagedTransaction) => Promise<T>, cfg?: Parameters<Session['executeRead']>[1]) => s.executeRead((tx) => work(recordRuns(tx)), cfg);
        }
        // Awaiting the driver's transaction promise gives another object: patch that one (the reader awaits it).
        if (prop === 'beginTransaction') return async (cfg?: Parameters<Session['beginTransaction']>[0]) => recordRuns(await s.beginTransaction(cfg));
        return bind(s, prop);
      },
    });
  return new Proxy(driver, {
    get: (d, prop) => (prop === 'session' ? (cfg?: SessionConfig) => wrapSession(d.session(cfg)) : bind(d, prop)),
  });
}
