import { describe, expect, it } from 'vitest';
import { formatPhone, mailtoHref, telHref, whatsAppHref } from './phone-format';

describe('formatPhone', () => {
  it('writes Brazilian mobiles and landlines in national format', () => {
    expect(formatPhone('+5511987651001')).toBe('(11) 98765-1001');
    expect(formatPhone('+551140028922')).toBe('(11) 4002-8922');
  });

  it('writes foreign numbers internationally, and leaves what is no phone as it is', () => {
    expect(formatPhone('+14155552671')).toBe('+1 415 555 2671');
    expect(formatPhone('anonymous')).toBe('anonymous');
  });
});

describe('contact links', () => {
  it('builds tel:, wa.me and mailto: links', () => {
    expect(telHref('+5511987651001')).toBe('tel:+5511987651001');
    expect(whatsAppHref('+5511987651001')).toBe('https://wa.me/5511987651001');
    expect(mailtoHref('ana@example.com')).toBe('mailto:ana@example.com');
  });
});
