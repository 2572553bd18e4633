import { createHash } from 'node:crypto';

/** A version 4 UUID made of the key's hash, so two loads of the demo give the same ids (and the API's id checks accept them). */
export function demoId(key: string): string {
  const hex = createHash('sha256').update(`steerline-demo:${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
