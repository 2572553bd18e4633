/** Node socket errors and PostgreSQL's SQLSTATEs for a server that is shutting down, starting or unreachable. */
const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN',
  '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006',
]);
const CONNECTION_MESSAGES =
  /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable|Cannot use a pool after calling end|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery mode)/i;

interface ErrorLike {
  message?: unknown;
  code?: unknown;
  driverError?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/**
 * True when the error means PostgreSQL cannot be reached, not that the query was wrong. Duck-typed rather than
 * `instanceof Error`: socket errors may come from another realm (a VM context), and AggregateError wraps several.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const { message, code, driverError, cause, errors } = error as ErrorLike;
  if (typeof code === 'string' && CONNECTION_ERROR_CODES.has(code)) return true;
  if (typeof message === 'string' && CONNECTION_MESSAGES.test(message)) return true;
  const inner = [driverError, cause, ...(Array.isArray(errors) ? errors : [])].filter((item) => item !== undefined && item !== error);
  return inner.some((item) => isDatabaseUnavailable(item, depth + 1));
}

/** True when PostgreSQL refused a row because a unique constraint already holds that value. */
export const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === '23505';
