import fc from 'fast-check';

/** Strings an attacker or a careless client sends: injection, markup, odd Unicode, format tricks. */
export const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'before\u0000after',
  '\uD800',
  'lone low \uDFFF surrogate',
  '\u202Eevil\u202C right-to-left override',
  'مرحبا بالعالم',
  'zero\u200Bwidth\u200D\uFEFF',
  '\u0301\u0301\u0301 combining only',
  'emoji 👩‍👩‍👧‍👦 🇬🇧',
  "' OR '1'='1",
  "'; DROP TABLE action; --",
  '1; SELECT pg_sleep(5)--',
  "\\'; COPY (SELECT '') TO PROGRAM 'id'; --",
  '" OR ""="',
  '$1',
  '%',
  '_',
  '%00',
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  '${7*7}',
  '__proto__',
  'constructor',
  'prototype',
  '../../../../etc/passwd',
  '=HYPERLINK("http://evil.example","x")',
  '+cmd|" /C calc"!A0',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1e309',
  '9999999999999999999999',
  'true',
  'null',
  'undefined',
  '[]',
  '{}',
  '2026-02-30',
  '0000-00-00',
  '2026-12-31T00:00:00Z',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'not-a-uuid',
  'me',
  'DI-001',
  'a@b',
  'admin@steerline.example',
  'ADMIN@STEERLINE.EXAMPLE\u0000',
  '\r\nSet-Cookie: evil=1',
  'line\nbreak\ttab',
  '\u001B[31mANSI\u001B[0m',
];

const huge = fc.integer({ min: 5_000, max: 120_000 }).map((size) => 'Ω'.repeat(size));
const nested = fc.integer({ min: 50, max: 3_000 }).map((depth) => {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = level % 2 ? [value] : { a: value };
  return value;
});

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: huge },
);

/** Any JSON value, mostly nasty: wrong types, nulls, arrays for scalars, deep nesting. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.constantFrom(-1, 0, 1, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, 1e308, 0.5, -0.000001, 1e-7, -9e-323, 5e-324, 1e21, -0) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
  { weight: 1, arbitrary: nested },
  { weight: 1, arbitrary: fc.constant({ __proto__: null, polluted: 'yes' }) },
);

/** Keys a body should never carry: prototype pollution, privilege fields, operators. */
export const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'isAdmin', 'id', 'version', 'ownerId', '$where', 'toString', 'hasOwnProperty', ''];

/** A JSON body as key/value entries, so `__proto__` is sent as a real key. */
export type Entries = [string, unknown][];

/** Serialises entries to JSON text; `undefined` values leave the key out. */
export function entriesToJson(entries: Entries): string {
  const fields = entries.filter(([, value]) => value !== undefined).map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'}`);
  return `{${fields.join(',')}}`;
}

const POLLUTION = [
  '{"__proto__":{"polluted":"yes","isAdmin":true}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"__proto__":[1,2,3]}',
  '[]',
  '[{"title":"x"}]',
  '"just a string"',
  '42',
  'null',
  '{"title":',
  "{'title':'single quotes'}",
  '{"a":1,"a":2}',
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  `${'{"a":'.repeat(4000)}1${'}'.repeat(4000)}`,
];

/** Text that passes "at least one visible character, short enough" but carries injection, markup or odd Unicode. */
const nastyText: fc.Arbitrary<string> = fc
  .oneof(fc.constantFrom(...NASTY_STRINGS), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }))
  .map((text) => `T ${text}`);

/**
 * Bodies built from a valid one: each field kept, dropped or replaced by a hostile value, plus hostile extra keys;
 * or the valid body with its free-text fields (`text`) swapped for nasty but acceptable text, which reaches the database;
 * or a body that is not an object at all, or not JSON.
 */
export function hostileBody(valid: Record<string, unknown>, text: readonly string[] = []): fc.Arbitrary<string> {
  const fields = Object.entries(valid).map(([key, value]) =>
    fc.oneof({ weight: 3, arbitrary: fc.constant(value) }, { weight: 1, arbitrary: fc.constant(undefined) }, { weight: 3, arbitrary: hostileValue }).map((v): [string, unknown] => [key, v]),
  );
  const extras = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...HOSTILE_KEYS), hostileString), hostileValue), { maxLength: 3 });
  const texts = Object.entries(valid).map(([key, value]) => (text.includes(key) ? nastyText : fc.constant(value)).map((v): [string, unknown] => [key, v]));
  return fc.oneof(
    { weight: 8, arbitrary: fc.tuple(fc.tuple(...fields), extras).map(([kept, extra]) => entriesToJson([...kept, ...extra])) },
    { weight: text.length > 0 ? 4 : 0, arbitrary: fc.tuple(...texts).map(entriesToJson) },
    { weight: 1, arbitrary: hostileValue.map((value) => JSON.stringify(value) ?? 'null') },
    { weight: 1, arbitrary: fc.constantFrom(...POLLUTION) },
  );
}

/** Percent-encodes, writing a lone surrogate as the invalid UTF-8 a hostile client would send. */
export function encodeQueryPart(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return `%ED%A0%80${encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, ''))}`;
  }
}

const BRACKET_KEYS = ['__proto__[polluted]', 'constructor[prototype][polluted]', 'status[]', 'status[0]', 'sort[$ne]', 'page[a]', 'q[]', 'a[b][c][d][e][f][g]'];

/** Strings for URLs: long, but within Node's 16 KB header limit (beyond it Node answers 431 before the app runs). */
const queryString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 200, max: 300 }).map((size) => 'Ω'.repeat(size)) },
);

/** A query string from known parameters with hostile values, repeats, bracket syntax and stray encodings. */
export function hostileQuery(keys: readonly string[]): fc.Arbitrary<string> {
  const key = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...keys) }, { weight: 1, arbitrary: fc.constantFrom(...BRACKET_KEYS) }, { weight: 1, arbitrary: queryString });
  const value = fc.oneof(queryString.map(encodeQueryPart), fc.constantFrom('%', '%E0%A4%A', '%00', '%FF%FE', 'a,b,,c', ',,,', '+', '1,2,3,4,5,6,7'));
  return fc.array(fc.tuple(key, value), { minLength: 1, maxLength: 6 }).map((pairs) => pairs.map(([k, v]) => `${encodeQueryPart(k)}=${v}`).join('&'));
}
