import { describe, expect, it } from 'vitest';
import { redirectTarget } from '@/app/routes/auth/redirect-target';

describe('redirectTarget', () => {
  it('returns to the page that asked for sign-in', () => {
    expect(redirectTarget({ from: '/leads/1?x=2' })).toBe('/leads/1?x=2');
  });

  it('goes home (Minha agenda) by default', () => {
    expect(redirectTarget(null)).toBe('/');
  });

  it('never leaves the app', () => {
    expect(redirectTarget({ from: '//evil.example' })).toBe('/');
    expect(redirectTarget({ from: 'https://evil.example' })).toBe('/');
  });
});
