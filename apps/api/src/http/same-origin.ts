import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '@steerline/contracts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence: a state-changing request that says where it comes from (Origin, else Referer) must come from
 * this site (the request's own Host) or from one of `allowedOrigins`. Requests that say nothing (curl,
 * scripts) pass: browsers always send Origin on cross-site POSTs, and the session cookie is SameSite=Lax.
 */
export function refuseCrossSiteRequests(allowedOrigins: string[]) {
  const allowedHosts = new Set(allowedOrigins.map(hostOf).filter((host): host is string => host !== undefined));
  return (request: Request, response: Response, next: NextFunction): void => {
    if (SAFE_METHODS.has(request.method)) return next();
    const source = request.headers.origin ?? request.headers.referer;
    if (source === undefined) return next();
    const host = hostOf(source);
    // Express's `host` is the Host header, or X-Forwarded-Host from a trusted proxy (TRUST_PROXY).
    if (host !== undefined && (host === request.host?.toLowerCase() || allowedHosts.has(host))) return next();
    response.status(403).json({
      error: { code: ErrorCode.Forbidden, message: 'This request came from another site and was refused.', requestId: String(request.id ?? '') },
    });
  };
}

/** `host[:port]` of a URL in lower case; undefined for `null` or anything unparsable. */
function hostOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.host.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}
