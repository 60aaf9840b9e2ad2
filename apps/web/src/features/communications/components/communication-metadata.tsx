import type { CommunicationResponse } from '@loved/shared';
import { formatCallDuration } from '@/features/communications/utils/call-duration';
import { hasTranslation } from '@/lib/i18n/translate';
import { useTranslation } from '@/lib/i18n/use-translation';

export type CommunicationMetadataProps = {
  communication: CommunicationResponse;
};

function text(value: unknown): string | null {
  if (typeof value === 'string' && value.trim()) return value;
  if (Array.isArray(value)) {
    const parts = value.filter((part): part is string => typeof part === 'string');
    return parts.length > 0 ? parts.join(', ') : null;
  }
  return null;
}

/** The channel's own details, as the seed stores them: numbers, addresses, call length. */
export function CommunicationMetadata({
  communication,
}: CommunicationMetadataProps): React.JSX.Element | null {
  const { t, dictionary } = useTranslation();
  const { metadata, channel, direction, status } = communication;
  const facts: string[] = [];

  if (channel === 'whatsapp') {
    const phone = text(metadata.phone_number) ?? text(metadata.wa_id);
    if (phone) facts.push(t('timeline.metadata.phone', { value: phone }));
  }
  if (channel === 'email') {
    const from = text(metadata.from_email);
    const to = text(metadata.to_email);
    if (from) facts.push(t('timeline.metadata.from', { value: from }));
    if (to) facts.push(t('timeline.metadata.to', { value: to }));
  }
  if (channel === 'voip') {
    const caller = text(metadata.caller_number);
    if (caller) facts.push(t('timeline.metadata.phone', { value: caller }));
    if (typeof metadata.duration_seconds === 'number') {
      facts.push(
        t('timeline.metadata.duration', { value: formatCallDuration(metadata.duration_seconds) }),
      );
    }
    const callStatus = text(metadata.call_status);
    if (callStatus) {
      const key = `timeline.callOutcomes.${callStatus.replace('-', '_')}`;
      const label = hasTranslation(dictionary, key) ? t(key) : callStatus;
      facts.push(t('timeline.metadata.outcome', { value: label }));
    }
  }
  // Delivery only means something for what the agency sent through a provider; WhatsApp shows
  // it as ticks beside the time instead.
  if (direction === 'outbound' && channel !== 'voip' && channel !== 'whatsapp') {
    facts.push(t('timeline.metadata.status', { value: t(`timeline.statuses.${status}`) }));
  }

  if (facts.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground">
      {facts.map((fact) => (
        <li key={fact}>{fact}</li>
      ))}
    </ul>
  );
}
