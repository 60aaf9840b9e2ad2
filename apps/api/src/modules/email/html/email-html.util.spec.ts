import { describe, expect, it } from 'vitest';
import { sanitizeEmailHtml } from './email-html.util';

describe('sanitizeEmailHtml', () => {
  it('removes scripts, event handlers, iframes, forms and javascript: links', () => {
    const { html } = sanitizeEmailHtml(
      [
        '<p onclick="steal()">Olá <b>Ana</b></p>',
        '<script>alert(1)</script>',
        '<iframe src="https://evil.example"></iframe>',
        '<form action="https://evil.example"><input name="pw"></form>',
        '<a href="javascript:alert(1)">clique</a>',
        '<img src="x" onerror="alert(1)">',
        '<svg><script>alert(2)</script></svg>',
        '<style>body{display:none}</style>',
      ].join(''),
    );
    expect(html).not.toMatch(/script|onclick|onerror|iframe|<form|<input|javascript:|<style|<svg/i);
    expect(html).toContain('<p>Olá <b>Ana</b></p>');
  });

  it('opens links outside without a referrer', () => {
    const { html } = sanitizeEmailHtml('<a href="https://loved.example/proposta">proposta</a>');
    expect(html).toBe(
      '<a href="https://loved.example/proposta" target="_blank" rel="noopener noreferrer nofollow">proposta</a>',
    );
  });

  it('blocks remote images until asked, and keeps inline ones', () => {
    const remote = sanitizeEmailHtml('<img src="https://tracker.example/p.gif" alt="">');
    expect(remote.hasRemoteImages).toBe(true);
    expect(remote.html).toContain('data-blocked-src="https://tracker.example/p.gif"');
    expect(remote.html).not.toMatch(/\ssrc=/);
    const inline = sanitizeEmailHtml('<img src="cid:logo@agencia" alt="logo">');
    expect(inline.hasRemoteImages).toBe(false);
    expect(inline.html).toContain('src="cid:logo@agencia"');
  });

  it('keeps harmless styling but drops CSS that can hide or fetch', () => {
    const { html } = sanitizeEmailHtml(
      '<p style="color: #333; background-image: url(https://t.example/x); position: fixed">Oi</p>',
    );
    expect(html).toBe('<p style="color:#333">Oi</p>');
  });
});
