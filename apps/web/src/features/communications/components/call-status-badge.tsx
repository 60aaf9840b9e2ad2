import type { CallStatus } from '@loved/shared';
import { Badge, type BadgeProps } from '@/components/ui/badge';
import { useTranslation } from '@/lib/i18n/use-translation';

export type CallStatusBadgeProps = {
  status: CallStatus;
};

/** Ongoing calls read neutral, an answered one green, a failed one red, the rest muted. */
const VARIANTS: Record<CallStatus, BadgeProps['variant']> = {
  queued: 'secondary',
  initiated: 'secondary',
  ringing: 'secondary',
  'in-progress': 'default',
  completed: 'success',
  busy: 'muted',
  'no-answer': 'muted',
  failed: 'destructive',
  canceled: 'muted',
};

/** Na fila, Chamando, Em andamento, Atendida, Não atendida…: where a Twilio call stands. */
export function CallStatusBadge({ status }: CallStatusBadgeProps): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <Badge variant={VARIANTS[status]} data-call-status={status}>
      <span className="sr-only">{`${t('timeline.call.status')}: `}</span>
      {t(`timeline.callStatuses.${status}`)}
    </Badge>
  );
}
