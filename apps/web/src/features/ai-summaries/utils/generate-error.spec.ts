import { describe, expect, it } from 'vitest';
import { describeGenerateError } from '@/features/ai-summaries/utils/generate-error';
import { ApiError } from '@/lib/api-client';
import { ptBR } from '@/lib/i18n/dictionary.pt-br';
import { translate, type Translate } from '@/lib/i18n/translate';

const t: Translate = (key, params) => translate(ptBR, key, params);
const options = { t, dictionary: ptBR, dateTime: () => '05/12/2026 09:00' };

function quotaError(extensions: Record<string, unknown>): ApiError {
  return new ApiError(
    {
      type: 'about:blank',
      title: 'Too Many Requests',
      status: 429,
      detail: 'quota',
      code: 'AI_SUMMARY_QUOTA_EXCEEDED',
    },
    extensions,
  );
}

describe('describeGenerateError', () => {
  it('names the limit and when it resets', () => {
    const error = quotaError({ limit: 20, used: 20, resets_at: '2026-12-05T12:00:00.000Z' });

    expect(describeGenerateError(error, options)).toBe(
      'Sua organização já gerou os 20 resumos de IA do período. Novos resumos liberam em 05/12/2026 09:00.',
    );
  });

  it('says when it resets even without the limit', () => {
    const error = quotaError({ resets_at: '2026-12-05T12:00:00.000Z' });

    expect(describeGenerateError(error, options)).toBe(
      'Sua organização atingiu o limite de resumos de IA. Novos resumos liberam em 05/12/2026 09:00.',
    );
  });

  it('falls back to the code text when the reset time is missing or unreadable', () => {
    expect(describeGenerateError(quotaError({ resets_at: 'amanhã' }), options)).toBe(
      ptBR.errors.codes.AI_SUMMARY_QUOTA_EXCEEDED,
    );
  });

  it('describes other failures as any API failure', () => {
    const notFound = new ApiError({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: 'x',
      code: 'LEAD_NOT_FOUND',
    });

    expect(describeGenerateError(notFound, options)).toBe('Lead não encontrado.');
  });
});
