import { describe, expect, it } from 'vitest';
import { twilioCallOf } from '@/features/communications/utils/voip-call';
import { makeCommunication } from '@/testing/communication-factory';

describe('twilioCallOf', () => {
  it('reads a Twilio call from its metadata', () => {
    const call = twilioCallOf(
      makeCommunication({
        channel: 'voip',
        direction: 'outbound',
        metadata: {
          provider: 'twilio',
          call_status: 'in-progress',
          called_number: '+5511912345678',
          caller_number: '+551140028922',
          duration_seconds: null,
        },
      }),
    );

    expect(call).toEqual({
      status: 'in-progress',
      durationSeconds: null,
      leadNumber: '+5511912345678',
      recordingFileId: null,
      isRecordingPending: false,
    });
  });

  it('leaves calls logged by hand, and other channels, to the generic entry', () => {
    expect(
      twilioCallOf(
        makeCommunication({
          channel: 'voip',
          metadata: { provider: 'manual', call_status: 'completed', duration_seconds: 60 },
        }),
      ),
    ).toBeNull();
    expect(
      twilioCallOf(makeCommunication({ channel: 'whatsapp', metadata: { provider: 'twilio' } })),
    ).toBeNull();
  });

  it('shows no status it does not know rather than a wrong one', () => {
    const call = twilioCallOf(
      makeCommunication({ channel: 'voip', metadata: { provider: 'twilio', call_status: 'x' } }),
    );
    expect(call?.status).toBeNull();
  });

  it('ignores attachments that are not a stored audio file', () => {
    const call = twilioCallOf(
      makeCommunication({
        channel: 'voip',
        metadata: { provider: 'twilio', call_status: 'completed', recording_sid: 'RE1' },
        attachments: [
          { file_id: null, name: 'gravacao-CA1.mp3', content_type: 'audio/mpeg', size_bytes: null },
          { file_id: 'file-1', name: 'nota.pdf', content_type: 'application/pdf', size_bytes: 1 },
        ],
      }),
    );
    expect(call).toMatchObject({ recordingFileId: null, isRecordingPending: true });
  });
});
