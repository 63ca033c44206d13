// /health and /ready: whether the API runs and whether Neo4j answers it, for people, scripts and orchestrators.
import type { Plugin } from 'graphql-yoga';
import type { GraphReader } from '../../queries/run.ts';

/** Seconds a readiness probe waits for Neo4j before calling it unavailable. */
const PROBE_S = 2;

export type ProbeReader = (deadline: number) => GraphReader;

/**
 * `/health` always answers 200 while the process serves (liveness), saying whether the database answers;
 * `/ready` answers 503 while it does not (readiness), so a load balancer stops sending requests meanwhile.
 */
export function useHealth(readerUntil: ProbeReader): Plugin {
  return {
    // Not async: every other request passes straight on, without a promise for Yoga to wait on.
    onRequest({ url, request, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (url.pathname !== '/health' && url.pathname !== '/ready') return;
      return databaseAnswers(readerUntil(Date.now() + PROBE_S * 1000)).then((up) => {
        const status = url.pathname === '/ready' && !up ? 503 : 200;
        const body = { status: up ? 'ok' : 'degraded', database: up ? 'up' : 'unavailable' };
        endResponse(new fetchAPI.Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } }));
      });
    },
  };
}

async function databaseAnswers(reader: GraphReader): Promise<boolean> {
  try {
    await reader.read('RETURN 1 AS ok');
    return true;
  } catch {
    return false;
  }
}
