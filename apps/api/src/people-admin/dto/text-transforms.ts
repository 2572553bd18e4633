import { Transform } from 'class-transformer';

/** Trims surrounding spaces, so "  " counts as empty and names are stored tidy. */
export const Trimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** Trims, and turns a blank optional field (as a form sends it) into null. */
export const BlankAsNull = () =>
  Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  });
