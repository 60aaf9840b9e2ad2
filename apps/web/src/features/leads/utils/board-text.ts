import type { Tally } from '@/features/leads/types/board';
import type { Translate } from '@/lib/i18n/translate';

/** "hoje nesta etapa", "há 1 dia nesta etapa", "há 3 dias nesta etapa". */
export function daysInStageText(days: number, t: Translate): string {
  if (days <= 0) return t('pipeline.card.daysInStageToday');
  if (days === 1) return t('pipeline.card.daysInStageOne');
  return t('pipeline.card.daysInStage', { count: days });
}

/** "Parada há 9 dias": why a rotting card is tinted. */
export function rottingText(idleDays: number, t: Translate): string {
  return idleDays === 1 ? t('dealHealth.rottingOne') : t('dealHealth.rotting', { count: idleDays });
}

/** "1 lead", "12 leads". */
export function leadCountText(count: number, t: Translate): string {
  return count === 1 ? t('pipeline.totals.countOne') : t('pipeline.totals.count', { count });
}

/** "12 leads · R$ 15.000,00": a count and its BRL total. */
export function tallyText(tally: Tally, t: Translate, cents: (value: number) => string): string {
  return t('pipeline.totals.tally', {
    count: leadCountText(tally.count, t),
    value: cents(tally.cents),
  });
}
