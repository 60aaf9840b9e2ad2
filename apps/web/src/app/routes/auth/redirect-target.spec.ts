import { describe, expect, it } from 'vitest';
import { redirectTarget } from '@/app/routes/auth/redirect-target';

describe('redirectTarget', () => {
  it('returns to the page that asked for sign-in', () => {
    expect(redirectTarget({ from: '/leads/1?x=2' })).toBe('/leads/1?x=2');
  });

  it('goes to the board by default', () => {
    expect(redirectTarget(null)).toBe('/pipeline');
  });

  it('never leaves the app', () => {
    expect(redirectTarget({ from: '//evil.example' })).toBe('/pipeline');
    expect(redirectTarget({ from: 'https://evil.example' })).toBe('/pipeline');
  });
});
