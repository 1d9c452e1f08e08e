import type pg from 'pg';
import { UnavailableError } from '../../domain/errors.js';

// SQLSTATEs that say the connection failed, not the statement: class 08 (connection
// exception), 57P01–57P03 (terminated by an administrator, crash shutdown, cannot connect
// now) and 53300 (too many connections).
const LOST_STATE = /^(08|57P0[123]$|53300$)/;
// Socket errors on the way to the server.
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// What pg, pg-pool and Kysely say when a connection has gone (they set no code).
const LOST_MESSAGES = /^(Connection terminated|Client has encountered a connection error|Client was closed and is not queryable|timeout exceeded when trying to connect|Postgres connection has been discarded)/;

/** True when `error` says the connection to PostgreSQL failed (lost, refused, timed out), not that a statement was wrong. */
export function isConnectionLoss(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (LOST_STATE.test(code) || NETWORK_CODES.has(code))) return true;
  return LOST_MESSAGES.test(error.message);
}

const reasonOf = (error: Error) => error.message.replace(/\.$/, '');

/**
 * Answers the web with 503 and the CLI with one line, instead of a driver error. A loss
 * during COMMIT says so: the server may or may not have committed.
 */
function unavailable(error: Error, connecting: boolean, committing: boolean): UnavailableError {
  const reason = reasonOf(error);
  const message = connecting
    ? `The database cannot be reached (${reason}).`
    : committing
      ? `The database connection was lost while committing (${reason}); the changes may or may not have been saved.`
      : `The database connection was lost (${reason}).`;
  return new UnavailableError(message, 5, { cause: error, outcomeUnknown: committing });
}

type Query = (...args: unknown[]) => unknown;

/**
 * Keeps a lost PostgreSQL connection from ending the process, and from being used again.
 * pg-pool listens for errors only on idle clients; a client Kysely holds (in a request or a
 * transaction) that loses its connection between statements emits 'error' with nobody
 * listening, which Node turns into a crash. Each client gets a listener of its own for its
 * whole life; a client whose connection failed is released as broken so the pool closes it
 * (with it go its prepared statements, which were that server session's) and opens a fresh
 * one for the next request. Connection failures become UnavailableError.
 */
export function guardPool(pool: pg.Pool): void {
  const lost = new WeakSet<pg.PoolClient>();
  // An idle client that loses its connection: pg-pool has already dropped it.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => {
    client.on('error', () => lost.add(client));
    const query = client.query.bind(client) as Query;
    client.query = ((...args: unknown[]) => {
      const result = query(...args);
      if (!(result instanceof Promise)) return result;
      return result.catch((error: unknown) => {
        if (!isConnectionLoss(error)) throw error;
        lost.add(client);
        const text = typeof args[0] === 'string' ? args[0] : '';
        throw unavailable(error as Error, false, /^\s*commit\b/i.test(text));
      });
    }) as typeof client.query;
  });
  const connect = pool.connect.bind(pool) as (callback?: unknown) => Promise<pg.PoolClient>;
  const connectGuarded = async () => {
    let client: pg.PoolClient;
    try {
      client = await connect();
    } catch (error) {
      throw isConnectionLoss(error) ? unavailable(error as Error, true, false) : error;
    }
    const release = client.release.bind(client);
    client.release = (error?: Error | boolean) => release(error || lost.has(client));
    return client;
  };
  // pool.query() connects with a callback: left as it is (we do not use it).
  pool.connect = ((callback?: unknown) => (callback ? connect(callback) : connectGuarded())) as typeof pool.connect;
}
