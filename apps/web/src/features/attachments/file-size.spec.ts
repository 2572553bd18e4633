import { describe, expect, it } from 'vitest';
import { formatFileSize } from './file-size';

describe('formatFileSize', () => {
  it('says bytes, kilobytes or megabytes', () => {
    expect(formatFileSize(820)).toBe('820 bytes');
    expect(formatFileSize(14 * 1024 + 100)).toBe('14 KB');
    expect(formatFileSize(3.24 * 1024 * 1024)).toBe('3.2 MB');
  });
});
