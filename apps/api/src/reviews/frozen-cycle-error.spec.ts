import type { ArgumentsHost } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { DomainErrorFilter } from '../common/errors/domain-error.filter.js';

/** Runs the global filter on an error and returns what the client would get. */
function answer(exception: unknown): { status: number; body: { error: { code: string; message: string } } } {
  const sent = { status: 0, body: undefined as unknown };
  const response = {
    headersSent: false,
    setHeader: () => undefined,
    status(code: number) {
      sent.status = code;
      return this;
    },
    json(body: unknown) {
      sent.body = body;
    },
  };
  const host = { switchToHttp: () => ({ getRequest: () => ({ id: 'req-1' }), getResponse: () => response }) } as unknown as ArgumentsHost;
  new DomainErrorFilter().catch(exception, host);
  return sent as { status: number; body: { error: { code: string; message: string } } };
}

describe('a change the database refuses because the cycle is signed off', () => {
  it('is answered 409 cycle_signed_off, like the same refusal from the service', () => {
    const refused = new QueryFailedError('UPDATE review_return SET narrative = $1', ['x'], Object.assign(new Error('review cycle 1 is signed off'), { code: '55000' }));
    expect(answer(refused)).toEqual({
      status: 409,
      body: { error: { code: 'cycle_signed_off', message: 'This review cycle is signed off, so nothing in it can change.', requestId: 'req-1' } },
    });
  });

  it('leaves other database errors as unexplained 500s', () => {
    const other = new QueryFailedError('SELECT', [], Object.assign(new Error('division by zero'), { code: '22012' }));
    expect(answer(other).status).toBe(500);
  });
});
