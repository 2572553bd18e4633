import { ErrorCode, IMPORT_FILE_FIELD, type ErrorBody } from '@steerline/contracts';
import { ApiError } from '../../../lib/api-client';

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

function isErrorBody(value: unknown): value is ErrorBody {
  const error = (value as Partial<ErrorBody> | null)?.error;
  return typeof error?.code === 'string' && KNOWN_CODES.has(error.code) && typeof error.message === 'string';
}

/**
 * POSTs one file as multipart/form-data (the shared API client sends JSON only) and raises the same typed ApiError.
 * The browser sets the multipart content type and boundary itself.
 */
export async function postFile<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append(IMPORT_FILE_FIELD, file);
  const response = await fetch(`/api${path}`, { method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json' }, body: form });
  if (response.ok) return (await response.json()) as T;
  const body: unknown = await response.json().catch(() => undefined);
  if (isErrorBody(body)) throw new ApiError(response.status, body.error.code, body.error.message, body.error.details, body.error.requestId);
  const code = response.status === 413 ? ErrorCode.PayloadTooLarge : response.status >= 500 ? ErrorCode.Internal : ErrorCode.ValidationFailed;
  throw new ApiError(response.status, code, `The server answered ${response.status} ${response.statusText}`.trim());
}
