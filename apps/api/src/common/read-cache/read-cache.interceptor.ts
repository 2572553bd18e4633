import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { LRUCache } from 'lru-cache';
import { type Observable, map, of } from 'rxjs';
import { APP_CONFIG, type AppConfig } from '../../config/env.js';
import { loadedDataVersion } from '../auth/session-user.js';

const CACHED_READ = 'steerline:cached-read';

/** A GET whose JSON answer may be kept and served again while the plan's data is unchanged (ReadCacheInterceptor). */
export const CachedRead = () => SetMetadata(CACHED_READ, true);

interface KeptAnswer {
  dataVersion: string;
  json: string;
}

/** Room for the kept answers: about 1,000 action-list pages. */
const MAX_KEPT_BYTES = 16 * 1024 * 1024;

/**
 * Serves a @CachedRead() route's answer again, to the same user for the same address, while the data version read
 * with the session (DATA_VERSION) is the one the answer was made at: no committed change anywhere since, on any
 * replica. An answer is made from a state at least as new as the version it is kept under, and any later change
 * moves the version, so a kept answer is never older than what the database would give. Answers also expire after
 * READ_CACHE_SECONDS, because some depend on the clock too ("overdue", "no update for 30 days"). Each replica keeps
 * its own; nothing in it is needed by another replica.
 */
@Injectable()
export class ReadCacheInterceptor implements NestInterceptor {
  private readonly kept: LRUCache<string, KeptAnswer> | null;

  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.kept = config.READ_CACHE_SECONDS > 0
      ? new LRUCache({ maxSize: MAX_KEPT_BYTES, sizeCalculation: (answer, key) => 2 * (answer.json.length + key.length), ttl: config.READ_CACHE_SECONDS * 1000 })
      : null;
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const kept = this.kept;
    if (!kept || !this.reflector.get<boolean>(CACHED_READ, context.getHandler())) return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    const dataVersion = loadedDataVersion(request);
    if (!dataVersion || !request.currentUser) return next.handle();
    const response = context.switchToHttp().getResponse<Response>();
    const key = `${request.currentUser.id} ${request.originalUrl}`;
    const answer = kept.get(key);
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    if (answer?.dataVersion === dataVersion) return of(answer.json);
    return next.handle().pipe(
      map((body: unknown) => {
        const json = JSON.stringify(body);
        kept.set(key, { dataVersion, json });
        return json;
      }),
    );
  }
}
