/** Turns a repeated (`a=1&a=2`) or comma separated (`a=1,2`) query parameter into a list; empty means absent. */
export const toList = ({ value }: { value: unknown }): unknown => {
  if (value === undefined || value === null) return undefined;
  const items = (Array.isArray(value) ? value : [value])
    .flatMap((item) => (typeof item === 'string' ? item.split(',') : [item]))
    .map((item) => (typeof item === 'string' ? item.trim() : item))
    .filter((item) => item !== '');
  return items.length > 0 ? items : undefined;
};

/** `true` and `false` become booleans; anything else is kept so that validation refuses it. */
export const toBoolean = ({ value }: { value: unknown }): unknown => {
  if (value === '' || value === undefined) return undefined;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value;
};

export const emptyToUndefined = ({ value }: { value: unknown }): unknown => (value === '' ? undefined : value);

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
export const UUID_PATTERN = new RegExp(`^${UUID}$`);
export const UUID_OR_NUMBER_PATTERN = new RegExp(`^(?:${UUID}|[1-9][0-9]{0,8})$`);
export const UUID_OR_ME_PATTERN = new RegExp(`^(?:${UUID}|me)$`);
