import { ErrorCode, type ErrorBody, type FieldError } from '@steerline/contracts';

/** An answer from the API other than 2xx, carrying the uniform error body's code and details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The per-field problems of a validation_failed answer; empty for any other error. */
  get fieldErrors(): FieldError[] {
    if (this.code !== ErrorCode.ValidationFailed || !Array.isArray(this.details)) return [];
    return this.details.filter(isFieldError);
  }
}

function isFieldError(value: unknown): value is FieldError {
  const candidate = value as Partial<FieldError> | null;
  return typeof candidate?.field === 'string' && Array.isArray(candidate.messages) && candidate.messages.every((m) => typeof m === 'string');
}

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

function isErrorBody(value: unknown): value is ErrorBody {
  const error = (value as Partial<ErrorBody> | null)?.error;
  return typeof error?.code === 'string' && KNOWN_CODES.has(error.code) && typeof error.message === 'string';
}

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  409: ErrorCode.Conflict,
  413: ErrorCode.PayloadTooLarge,
  429: ErrorCode.TooManyAttempts,
  503: ErrorCode.NotReady,
};

/** For an answer without our error body, such as a proxy's HTML error page. */
function codeForStatus(status: number): ErrorCode {
  return CODE_BY_STATUS[status] ?? (status >= 500 ? ErrorCode.Internal : ErrorCode.ValidationFailed);
}

/** The typed error for an answer's status and parsed body (undefined when it was not JSON). */
export function apiErrorOf(status: number, statusText: string, body: unknown): ApiError {
  if (isErrorBody(body)) {
    const { code, message, details, requestId } = body.error;
    return new ApiError(status, code, message, details, requestId);
  }
  return new ApiError(status, codeForStatus(status), `The server answered ${status} ${statusText}`.trim());
}

async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  return apiErrorOf(response.status, response.statusText, body);
}

async function request<T>(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/api${path}`, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw await toApiError(response);
  // 204, and 202 for a request taken on (a password reset), carry no body.
  if (response.status === 204 || response.status === 202) return undefined as T;
  return (await response.json()) as T;
}

export const apiClient = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
