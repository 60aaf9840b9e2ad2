import type { Sentiment } from '@loved/shared';
import { Frown, Meh, Smile, type LucideIcon } from 'lucide-react';
import { Badge, type BadgeProps } from '@/components/ui/badge';
import { useTranslation } from '@/lib/i18n/use-translation';

export type AiSummarySentimentBadgeProps = {
  sentiment: Sentiment;
};

const SENTIMENT_STYLES: Record<Sentiment, { icon: LucideIcon; variant: BadgeProps['variant'] }> = {
  positive: { icon: Smile, variant: 'success' },
  neutral: { icon: Meh, variant: 'muted' },
  negative: { icon: Frown, variant: 'destructive' },
};

/** The customer's mood as the summary read it: a colour and an icon, always with its word. */
export function AiSummarySentimentBadge({
  sentiment,
}: AiSummarySentimentBadgeProps): React.JSX.Element {
  const { t } = useTranslation();
  const { icon: Icon, variant } = SENTIMENT_STYLES[sentiment];
  return (
    <Badge variant={variant}>
      <Icon aria-hidden="true" />
      <span className="sr-only">{t('aiSummaries.sentiment')}: </span>
      <span>{t(`aiSummaries.sentiments.${sentiment}`)}</span>
    </Badge>
  );
}
