import type { Server } from 'node:http';
import type { AppConfig } from '../config/env.js';

/**
 * Slow clients ("slow loris") cannot hold connections open: the headers must arrive within HTTP_HEADERS_TIMEOUT_SECONDS
 * and the whole request within HTTP_REQUEST_TIMEOUT_SECONDS, or Node answers 408 and closes the connection. Node checks
 * every 30 s by default, so a third of a second is used for the checks; set before listening, which starts them.
 */
export function applyServerTimeouts(server: Server, config: Pick<AppConfig, 'HTTP_HEADERS_TIMEOUT_SECONDS' | 'HTTP_REQUEST_TIMEOUT_SECONDS'>): void {
  server.headersTimeout = config.HTTP_HEADERS_TIMEOUT_SECONDS * 1000;
  server.requestTimeout = config.HTTP_REQUEST_TIMEOUT_SECONDS * 1000;
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = 333;
}
