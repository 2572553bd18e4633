import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { ErrorCode, type ErrorBody } from '@steerline/contracts';
import type { Request, Response } from 'express';
import { DomainError } from './domain-error.js';
import { codeForStatus, STATUS_BY_CODE } from './error-status.js';
import { isDatabaseUnavailable } from './database-errors.js';

interface BodyParserError extends Error {
  type: string;
  status: number;
}

const isBodyParserError = (error: unknown): error is BodyParserError =>
  error instanceof Error && typeof (error as BodyParserError).type === 'string' && typeof (error as BodyParserError).status === 'number';

/** The one place where errors become HTTP answers: `{ error: { code, message, details?, requestId } }`, never a stack trace. */
@Catch()
export class DomainErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const requestId = String(request.id ?? '');
    const { status, body } = this.toAnswer(exception, requestId);
    if (status >= 500 && body.error.code === ErrorCode.Internal) {
      this.logger.error({ err: exception, requestId }, 'Unhandled error');
    }
    if (response.headersSent) return;
    const retryAfter = (body.error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    if (status === 429 && retryAfter) response.setHeader('Retry-After', String(retryAfter));
    response.status(status).json(body);
  }

  private toAnswer(exception: unknown, requestId: string): { status: number; body: ErrorBody } {
    const answer = (status: number, code: ErrorCode, message: string, details?: unknown) => ({
      status,
      body: { error: { code, message, ...(details === undefined ? {} : { details }), requestId } },
    });
    if (exception instanceof DomainError) {
      return answer(STATUS_BY_CODE[exception.code], exception.code, exception.message, exception.details);
    }
    const parserError = exception instanceof HttpException ? exception.cause : exception;
    if (isBodyParserError(parserError)) {
      if (parserError.type === 'entity.parse.failed') return answer(400, ErrorCode.MalformedJson, 'The request body is not valid JSON.');
      if (parserError.type === 'entity.too.large') return answer(413, ErrorCode.PayloadTooLarge, 'The request body is too large.');
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const details = status === 503 ? exception.getResponse() : undefined;
      return answer(status, codeForStatus(status), status >= 500 && status !== 503 ? 'Something went wrong.' : exception.message, details);
    }
    // SQLSTATE 55000: the database's own guard refused a change to a signed-off review cycle.
    if ((exception as { code?: unknown } | null)?.code === '55000') {
      return answer(409, ErrorCode.CycleSignedOff, 'This review cycle is signed off, so nothing in it can change.');
    }
    if (isDatabaseUnavailable(exception)) {
      return answer(503, ErrorCode.DatabaseUnavailable, 'The database is not available just now. Try again in a minute.');
    }
    return answer(500, ErrorCode.Internal, `Something went wrong. Quote request ${requestId} if you report it.`);
  }
}
