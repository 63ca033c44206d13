// One writer at a time: a lease held in Neo4j itself, (:Meta {id: 'writer'}), that every load and retract takes
// before reading what the graph holds and keeps until it ends. Two loads at once then end in the graph one serial
// run makes (the second waits, then finds the documents unchanged). The lease expires when its holder stops
// renewing it, so a killed load never blocks the next one for longer than LEASE_TTL_MS.
import { randomUUID } from 'node:crypto';
import { isInt, type Driver, type Integer, type ManagedTransaction } from 'neo4j-driver';

/** How long a lease lives without renewal; the holder renews it every third of that (and in each write). */
export const LEASE_TTL_MS = 20_000;
const WAIT_STEP_MS = 500;

export class LeaseLostError extends Error {}

export interface Holder {
  task: string;
  since: number;
  expiresAt: number;
}

export interface Lease {
  readonly token: string;
  /** Throws LeaseLostError, inside a write transaction, if another writer holds the lease now: a writer that lost
   *  it (frozen longer than the lease lives) never writes again. A read, not a lock: a long write must not hold
   *  the lease node locked, or the renewals and the writers waiting would queue behind it. */
  check(tx: ManagedTransaction): Promise<void>;
  release(): Promise<void>;
}

// SET first: it write-locks the node, so the WHERE reads the holder as the last committed writer left it.
const ACQUIRE = `MERGE (l:Meta {id: 'writer'})
SET l.claimedAt = timestamp()
WITH l, l.holder IS NULL OR l.expiresAt < timestamp() OR l.holder = $token AS free
SET l.holder = CASE WHEN free THEN $token ELSE l.holder END,
    l.task = CASE WHEN free THEN $task ELSE l.task END,
    l.since = CASE WHEN free THEN timestamp() ELSE l.since END,
    l.expiresAt = CASE WHEN free THEN timestamp() + $ttl ELSE l.expiresAt END
RETURN free, l.task AS task, l.since AS since, l.expiresAt AS expiresAt, timestamp() AS now`;

const RENEW = `MATCH (l:Meta {id: 'writer'}) WHERE l.holder = $token
SET l.expiresAt = timestamp() + $ttl
RETURN count(l) AS held`;

const HELD = `MATCH (l:Meta {id: 'writer'}) WHERE l.holder = $token RETURN count(l) AS held`;

/** Who holds the lease, read without taking a lock (waiting on a lock could outlast the transaction timeout). */
const PEEK = `OPTIONAL MATCH (l:Meta {id: 'writer'})
RETURN l IS NULL OR l.holder IS NULL OR l.expiresAt < timestamp() AS free, l.task AS task, l.since AS since,
       l.expiresAt AS expiresAt, timestamp() AS now`;

const RELEASE = `MATCH (l:Meta {id: 'writer'}) WHERE l.holder = $token
SET l.holder = null, l.expiresAt = 0`;

/** Errors after which looking at the lease again is right: the database asked for a retry, or ended a claim that
 *  waited too long for the lock. */
function retryable(e: unknown): boolean {
  const code = (e as { code?: string }).code ?? '';
  return code.startsWith('Neo.TransientError') || code === 'Neo.ClientError.Transaction.LockClientStopped' || code.includes('Terminated');
}

/** A count or timestamp as a number, whether the caller's driver gives plain numbers or Integers (a script's own
 *  driver may not set disableLosslessIntegers: its lease must hold all the same). */
const num = (v: unknown): number => (isInt(v) ? (v as Integer).toNumber() : (v as number));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until the graph has no other writer, then holds the lease (renewed in the background) until release().
 *  `onWait` is called once, with who holds it, if this has to wait. */
export async function acquireLease(
  driver: Driver,
  task: string,
  opts: { database?: string; onWait?: (holder: Holder) => void; ttlMs?: number } = {},
): Promise<Lease> {
  const params: LeaseParams = { token: randomUUID(), task, ttl: opts.ttlMs ?? LEASE_TTL_MS };
  await waitForLease(driver, params, opts);
  return holdLease(driver, params, opts.database);
}

interface LeaseParams {
  token: string;
  task: string;
  ttl: number;
}

/** One look at the lease: claimed, or who holds it (none known when the look has to be repeated). */
type Claim = { claimed: true } | { claimed: false; holder?: Holder };

async function waitForLease(
  driver: Driver,
  params: LeaseParams,
  opts: { database?: string; onWait?: (holder: Holder) => void },
): Promise<void> {
  let told = false;
  for (;;) {
    const claim = await claimOnce(driver, params, opts.database);
    if (claim.claimed) return;
    if (!told && claim.holder) {
      told = true;
      opts.onWait?.(claim.holder);
    }
    await sleep(WAIT_STEP_MS);
  }
}

async function claimOnce(driver: Driver, params: LeaseParams, database: string | undefined): Promise<Claim> {
  const session = driver.session({ database });
  try {
    const peek = (await session.executeRead((tx) => tx.run(PEEK))).records[0]!;
    // Only a lease that looks free is claimed (the claim locks the node for a moment).
    const row = peek.get('free') === true ? (await session.executeWrite((tx) => tx.run(ACQUIRE, params))).records[0]! : peek;
    if (row.get('free') === true && peek.get('free') === true) return { claimed: true };
    const now = num(row.get('now'));
    return {
      claimed: false,
      holder: { task: row.get('task') as string, since: now - num(row.get('since')), expiresAt: num(row.get('expiresAt')) - now },
    };
  } catch (e) {
    // A claim that waited too long on the lock (transaction timeout) or lost a race: look again.
    if (!retryable(e)) throw e;
    return { claimed: false };
  } finally {
    await session.close();
  }
}

/** The claimed lease: renewed every third of its life until released or lost. */
function holdLease(driver: Driver, params: LeaseParams, database: string | undefined): Lease {
  let lost = false;
  const held = (query: string) => async (tx: ManagedTransaction): Promise<void> => {
    const r = await tx.run(query, params);
    if (num(r.records[0]?.get('held')) !== 1) {
      lost = true;
      throw new LeaseLostError('another writer took over the graph (this one stopped renewing its lease for too long)');
    }
  };
  const renew = held(RENEW);
  const timer = setInterval(() => {
    if (lost) return;
    const session = driver.session({ database });
    session
      .executeWrite(renew)
      .catch(() => undefined)
      .finally(() => session.close());
  }, Math.max(1000, Math.floor(params.ttl / 3)));
  timer.unref();
  return {
    token: params.token,
    check: held(HELD),
    release: async () => {
      clearInterval(timer);
      await releaseLease(driver, params, database);
    },
  };
}

async function releaseLease(driver: Driver, params: LeaseParams, database: string | undefined): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.executeWrite((tx) => tx.run(RELEASE, params));
  } catch {
    // Unreachable database: the lease expires by itself.
  } finally {
    await session.close();
  }
}

/** Runs `work` holding the lease. */
export async function withLease<T>(
  driver: Driver,
  task: string,
  opts: { database?: string; onWait?: (holder: Holder) => void },
  work: (lease: Lease) => Promise<T>,
): Promise<T> {
  const lease = await acquireLease(driver, task, opts);
  try {
    return await work(lease);
  } finally {
    await lease.release();
  }
}
