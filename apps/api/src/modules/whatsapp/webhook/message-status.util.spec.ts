import { CommunicationStatus } from '@loved/shared';
import { describe, expect, it } from 'vitest';
import { parseMessageStatus } from './message-status.util';
import { readWebhookPayload } from './whatsapp-payload.util';
import type { WhatsAppMessageStatus } from './whatsapp-webhook.type';

// Status shapes follow Meta's status webhook reference; values are ours.
const WAMID = 'wamid.HBgNNTUxMTk4NzY1NDMyMRUCABEYEjgxQkVFRDVBQTVDODFDOTg3MQA=';

/** One status as the webhook delivers it, read through `readWebhookPayload`. */
function receive(fields: Record<string, unknown>): WhatsAppMessageStatus {
  const payload = readWebhookPayload({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: {
                display_phone_number: '551140028922',
                phone_number_id: '106540352242922',
              },
              statuses: [
                {
                  id: WAMID,
                  timestamp: '1750857384',
                  recipient_id: '5511987654321',
                  ...fields,
                },
              ],
            },
          },
        ],
      },
    ],
  });
  const status = payload?.entry[0]?.changes[0]?.value.statuses?.[0];
  if (!status) throw new Error('the fixture should be a valid webhook');
  return status;
}

const conversation = {
  id: 'a75d17ad06104c51166f948319b03c6a',
  expiration_timestamp: '1750943820',
  origin: { type: 'service' },
};
const pricing = { billable: true, pricing_model: 'PMP', type: 'regular', category: 'service' };

describe('parseMessageStatus', () => {
  it('reads a sent status with its conversation and pricing', () => {
    expect(parseMessageStatus(receive({ status: 'sent', conversation, pricing }))).toEqual({
      wamid: WAMID,
      status: CommunicationStatus.Sent,
      at: new Date('2025-06-25T13:16:24.000Z'),
      recipientId: '5511987654321',
      error: null,
      conversationId: 'a75d17ad06104c51166f948319b03c6a',
      pricingCategory: 'service',
    });
  });

  it.each([
    ['delivered', CommunicationStatus.Delivered],
    ['read', CommunicationStatus.Read],
  ])('reads a %s status', (status, expected) => {
    expect(parseMessageStatus(receive({ status }))?.status).toBe(expected);
  });

  it('has no conversation or pricing when Meta leaves them out (v24 and later)', () => {
    const parsed = parseMessageStatus(receive({ status: 'read' }));
    expect(parsed?.conversationId).toBeNull();
    expect(parsed?.pricingCategory).toBeNull();
  });

  it('reads why a message failed', () => {
    const parsed = parseMessageStatus(
      receive({
        status: 'failed',
        errors: [
          {
            code: 131047,
            title: 'Re-engagement message',
            message: 'Re-engagement message',
            error_data: {
              details:
                'Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
            },
            href: 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/',
          },
        ],
      }),
    );
    expect(parsed?.status).toBe(CommunicationStatus.Failed);
    expect(parsed?.error).toEqual({
      code: 131047,
      title: 'Re-engagement message',
      message: 'Re-engagement message',
      details:
        'Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
    });
  });

  it('reads a failure error that has only a code and a title', () => {
    const parsed = parseMessageStatus(
      receive({ status: 'failed', errors: [{ code: 131026, title: 'Message undeliverable' }] }),
    );
    expect(parsed?.error).toEqual({
      code: 131026,
      title: 'Message undeliverable',
      message: null,
      details: null,
    });
  });

  it('reads a failure without errors as a failure without reason', () => {
    const parsed = parseMessageStatus(receive({ status: 'failed' }));
    expect(parsed?.status).toBe(CommunicationStatus.Failed);
    expect(parsed?.error).toBeNull();
  });

  it.each(['deleted', 'warning', 'played', 'constructor'])(
    'ignores a %s status, which the CRM does not track',
    (status) => {
      expect(parseMessageStatus(receive({ status }))).toBeNull();
    },
  );
});
