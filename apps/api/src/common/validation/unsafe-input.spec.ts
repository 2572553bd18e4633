import { findUnsafeInput, MAX_INPUT_DEPTH } from './unsafe-input.js';

const nested = (depth: number) => {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = { a: value };
  return value;
};

describe('findUnsafeInput', () => {
  it('accepts ordinary bodies, including emoji, right-to-left text and markup', () => {
    expect(findUnsafeInput({ title: 'Get online 👩‍💻', notes: ['مرحبا', '<b>bold</b>'], target: 3, done: null })).toBeNull();
    expect(findUnsafeInput(nested(MAX_INPUT_DEPTH - 1))).toBeNull();
  });

  it('refuses nesting deeper than the limit without overflowing on very deep input', () => {
    expect(findUnsafeInput(nested(MAX_INPUT_DEPTH + 1))?.messages[0]).toMatch(/nested more than/);
    expect(findUnsafeInput(nested(100_000))).not.toBeNull();
  });

  it('refuses the NUL character and lone surrogates in values and in field names, naming the field', () => {
    expect(findUnsafeInput({ milestones: [{ title: 'a\u0000b' }] })).toEqual({ field: 'milestones.0.title', messages: ['milestones.0.title must not contain the NUL character'] });
    expect(findUnsafeInput({ email: '\uD800' })).toEqual({ field: 'email', messages: ['email must be valid Unicode text'] });
    expect(findUnsafeInput({ ['bad\uDFFF']: 1 })?.messages).toEqual(['A field name must be valid Unicode text']);
    expect(findUnsafeInput('\u0000')?.field).toBe('body');
  });
});
