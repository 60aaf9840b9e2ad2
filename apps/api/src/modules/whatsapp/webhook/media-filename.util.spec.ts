import { describe, expect, it } from 'vitest';
import { mediaFilename } from './media-filename.util';

describe('mediaFilename', () => {
  it('keeps the name a document was sent with, trimmed', () => {
    expect(mediaFilename('document', 'application/pdf', ' Contrato.pdf ')).toBe('Contrato.pdf');
  });

  it.each([
    ['image', 'image/jpeg', 'imagem.jpg'],
    ['image', 'image/png', 'imagem.png'],
    ['audio', 'audio/ogg; codecs=opus', 'audio.ogg'],
    ['audio', 'audio/mpeg', 'audio.mp3'],
    ['audio', 'AUDIO/MP4', 'audio.m4a'],
    ['video', 'video/3gpp', 'video.3gp'],
    ['sticker', 'image/webp', 'figurinha.webp'],
    ['document', 'application/pdf', 'documento.pdf'],
    [
      'document',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'documento.docx',
    ],
  ] as const)('names an unnamed %s of %s "%s"', (kind, mimeType, expected) => {
    expect(mediaFilename(kind, mimeType, null)).toBe(expected);
  });

  it.each([
    ['image', 'imagem.jpg'],
    ['audio', 'audio.ogg'],
    ['video', 'video.mp4'],
    ['sticker', 'figurinha.webp'],
    ['document', 'documento'],
  ] as const)(
    'falls back to what WhatsApp sends a %s as when the MIME type is unknown',
    (kind, expected) => {
      expect(mediaFilename(kind, null, null)).toBe(expected);
      expect(mediaFilename(kind, 'application/x-made-up', null)).toBe(expected);
      expect(mediaFilename(kind, 'constructor', null)).toBe(expected);
    },
  );

  it('names a document sent with a blank name by its kind', () => {
    expect(mediaFilename('document', 'text/csv', '   ')).toBe('documento.csv');
  });
});
