import { describe, expect, it } from 'vitest';
import { daysInStageText, leadCountText, tallyText } from '@/features/leads/utils/board-text';
import { ptBR } from '@/lib/i18n/dictionary.pt-br';
import { formatCents } from '@/lib/i18n/format';
import { translate, type Translate } from '@/lib/i18n/translate';

const t: Translate = (key, params) => translate(ptBR, key, params);
const cents = (value: number): string => formatCents(value, 'pt-BR');

describe('board texts', () => {
  it('says "hoje" for a lead that entered its stage today', () => {
    expect(daysInStageText(0, t)).toBe('hoje nesta etapa');
  });

  it('says how many days a lead has been in its stage', () => {
    expect(daysInStageText(1, t)).toBe('há 1 dia nesta etapa');
    expect(daysInStageText(3, t)).toBe('há 3 dias nesta etapa');
  });

  it('counts leads in the singular and the plural', () => {
    expect(leadCountText(1, t)).toBe('1 lead');
    expect(leadCountText(0, t)).toBe('0 leads');
    expect(leadCountText(12, t)).toBe('12 leads');
  });

  it('gives a total as its count and its value in reais', () => {
    expect(tallyText({ count: 3, cents: 1_550_050 }, t, cents).replace(/\s/g, ' ')).toBe(
      '3 leads · R$ 15.500,50',
    );
  });
});
