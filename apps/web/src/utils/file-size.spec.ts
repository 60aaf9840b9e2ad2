import { describe, expect, it } from 'vitest';
import { formatFileSize } from '@/utils/file-size';

describe('formatFileSize', () => {
  it('keeps small files in bytes', () => {
    expect(formatFileSize(512, 'pt-BR')).toBe('512 B');
  });

  it('uses the decimal comma in Portuguese and the point in English', () => {
    expect(formatFileSize(1536, 'pt-BR')).toBe('1,5 KB');
    expect(formatFileSize(1536, 'en')).toBe('1.5 KB');
  });

  it('climbs to megabytes', () => {
    expect(formatFileSize(5 * 1024 * 1024, 'pt-BR')).toBe('5 MB');
  });
});
