// A driver that reports every statement run through it: how bench:api learns the Cypher a server runs per request,
// and how the API tests count a request's round trips (one definition for both).
import type { Driver, Session, SessionConfig } from 'neo4j-driver';
import type { Params } from '../queries/run.ts';

type OnRun = (cypher: string, params: Params) => void;

/** `target[prop]`, a method bound to `target`. */
function bound<T extends object>(target: T, prop: string | symbol): unknown {
  const v: unknown = Reflect.get(target, prop);
  return typeof v === 'function' ? v.bind(target) : v;
}

/** A transaction (or session) whose `run` reports first; everything else, `then` included, is the original's. */
function recordRuns<T extends object>(tx: T, onRun: OnRun): T {
  return new Proxy(tx, {
    get: (t, prop) => {
      const v = bound(t, prop);
      if (prop !== 'run' || typeof v !== 'function') return v;
      return (cypher: string, params: Params, ...rest: unknown[]) => {
        onRun(cypher, params);
        return (v as (...a: unknown[]) => unknown)(cypher, params, ...rest);
      };
    },
  });
}

function wrapSession(session: Session, onRun: OnRun): Session {
  return new Proxy(recordRuns(session, onRun), {
    get: (s, prop) => {
      if (prop === 'executeRead' || prop === 'executeWrite') {
        return <T>(work: (tx: never) => Promise<T>, cfg?: Parameters<Session['executeRead']>[1]) =>
          session[prop]((tx) => work(recordRuns(tx, onRun) as never), cfg);
      }
      // Not awaited here: the transaction promise stays one (a reader may run on it before BEGIN is answered).
      if (prop === 'beginTransaction') return (cfg?: Parameters<Session['beginTransaction']>[0]) => recordRuns(session.beginTransaction(cfg), onRun);
      return bound(s, prop);
    },
  });
}

/** The driver, with every statement run in a session (auto-commit, managed or explicit transaction) or through
 *  `executeQuery` reported to `onRun`. */
export function recordingDriver(driver: Driver, onRun: OnRun): Driver {
  return new Proxy(driver, {
    get: (d, prop) => {
      if (prop === 'session') return (cfg?: SessionConfig) => wrapSession(d.session(cfg), onRun);
      if (prop === 'executeQuery') {
        return (cypher: string, params?: Params, ...rest: unknown[]) => {
          onRun(cypher, params ?? {});
          return (d.executeQuery as (...a: unknown[]) => unknown)(cypher, params, ...rest);
        };
      }
      return bound(d, prop);
    },
  });
}
