import { describe, expect, it } from 'vitest';
import { mediaKindOf } from './whatsapp-media-kind.util';

describe('mediaKindOf', () => {
  it('sends the types WhatsApp plays in place as such', () => {
    expect(mediaKindOf('image/jpeg')).toBe('image');
    expect(mediaKindOf('image/png')).toBe('image');
    expect(mediaKindOf('audio/ogg; codecs=opus')).toBe('audio');
    expect(mediaKindOf('video/mp4')).toBe('video');
  });

  it('sends everything else as a document', () => {
    expect(mediaKindOf('application/pdf')).toBe('document');
    expect(mediaKindOf('image/gif')).toBe('document');
    expect(mediaKindOf('text/csv')).toBe('document');
  });
});
