import type { CommunicationResponse } from '@loved/shared';
import { CallRecordingPlayer } from '@/features/communications/components/call-recording-player';
import { CallStatusBadge } from '@/features/communications/components/call-status-badge';
import { formatCallDuration } from '@/features/communications/utils/call-duration';
import type { TwilioCall } from '@/features/communications/utils/voip-call';
import { useTranslation } from '@/lib/i18n/use-translation';

export type VoipCallBodyProps = {
  communication: CommunicationResponse;
  call: TwilioCall;
};

/**
 * A Twilio call on the timeline: where it stands (updated live as Twilio reports), its length
 * once it ended, the server's summary line, and the recording once it is stored.
 */
export function VoipCallBody({ communication, call }: VoipCallBodyProps): React.JSX.Element {
  const { t } = useTranslation();
  const content = communication.content.trim() ? communication.content : null;
  const facts: string[] = [];
  if (call.leadNumber) facts.push(t('timeline.call.number', { value: call.leadNumber }));
  if (call.durationSeconds !== null) {
    facts.push(t('timeline.call.duration', { value: formatCallDuration(call.durationSeconds) }));
  }

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-muted-foreground">
        {call.status ? <CallStatusBadge status={call.status} /> : null}
        {facts.map((fact) => (
          <span key={fact}>{fact}</span>
        ))}
      </div>
      {content ? (
        <p className="text-sm break-words whitespace-pre-wrap text-foreground/90">{content}</p>
      ) : null}
      {call.recordingFileId ? (
        <CallRecordingPlayer key={call.recordingFileId} fileId={call.recordingFileId} />
      ) : null}
      {call.isRecordingPending ? (
        <p className="text-xs text-muted-foreground italic">
          {t('timeline.call.recordingPending')}
        </p>
      ) : null}
    </div>
  );
}
