/**
 * A whole number as typed: sent as a number when it reads as one, otherwise as typed (blank as null), so the API,
 * which decides what is valid, answers with the field's own message.
 */
export function asNumber(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '') return null as unknown as number;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : (trimmed as unknown as number);
}
