import { apiErrorOf } from './api-client';

/**
 * POSTs one file as multipart/form-data in `field`, telling `onProgress` the share sent so far (0 to 1). XMLHttpRequest,
 * because fetch cannot report upload progress; answers and errors are the API client's (a typed ApiError).
 */
export function uploadFile<T>(path: string, field: string, file: File, onProgress: (sent: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api${path}`);
    request.withCredentials = true;
    request.setRequestHeader('Accept', 'application/json');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const body = parseJson(request.responseText);
      if (request.status >= 200 && request.status < 300) resolve(body as T);
      else reject(apiErrorOf(request.status, request.statusText, body));
    };
    request.onerror = () => reject(apiErrorOf(0, 'The connection failed', undefined));
    const form = new FormData();
    form.append(field, file);
    request.send(form);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
