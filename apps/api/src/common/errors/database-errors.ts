const CONNECTION_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08003', '08006']);

/** True when the error means PostgreSQL cannot be reached, not that the query was wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const { code, driverError } = error as Error & { code?: string; driverError?: unknown };
  if (code && CONNECTION_ERROR_CODES.has(code)) return true;
  if (/Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(error.message)) return true;
  return driverError !== undefined && driverError !== error && isDatabaseUnavailable(driverError);
}

/** True when PostgreSQL refused a row because a unique constraint already holds that value. */
export const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === '23505';
