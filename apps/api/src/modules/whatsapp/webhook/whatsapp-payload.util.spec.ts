import { describe, expect, it } from 'vitest';
import {
  countUpdates,
  phoneNumberIdsOf,
  readWebhookPayload,
  splitByPhoneNumberId,
} from './whatsapp-payload.util';
import type { WhatsAppWebhookPayload } from './whatsapp-webhook.type';

// Shapes follow Meta's webhook reference (messages and status examples); values are ours.
const WABA_ID = '102290129340398';
const metadataOf = (phoneNumberId: string, display = '551140028922') => ({
  display_phone_number: display,
  phone_number_id: phoneNumberId,
});

const textMessage = (id: string, body = 'Oi, tudo bem?') => ({
  from: '5511987654321',
  id,
  timestamp: '1750016800',
  type: 'text',
  text: { body },
});

const sentStatus = (id: string) => ({
  id,
  status: 'sent',
  timestamp: '1750857384',
  recipient_id: '5511987654321',
  conversation: {
    id: 'a75d17ad06104c51166f948319b03c6a',
    expiration_timestamp: '1750943820',
    origin: { type: 'service' },
  },
  pricing: { billable: true, pricing_model: 'CBP', category: 'service' },
});

const messagesChange = (value: Record<string, unknown>) => ({ value, field: 'messages' });

const webhook = <Entry>(...entries: Entry[]) => ({
  object: 'whatsapp_business_account',
  entry: entries,
});

const textWebhook = () =>
  webhook({
    id: WABA_ID,
    changes: [
      messagesChange({
        messaging_product: 'whatsapp',
        metadata: metadataOf('106540352242922'),
        contacts: [{ profile: { name: 'Ana Souza' }, wa_id: '5511987654321' }],
        messages: [
          textMessage('wamid.HBgNNTUxMTk4NzY1NDMyMRUCABIYFDNBMDY1NTBGQ0QwN0VCMkJFRTQ1AA=='),
        ],
      }),
    ],
  });

/** A payload known to be valid, for the helpers that take one. */
function read(json: unknown): WhatsAppWebhookPayload {
  const payload = readWebhookPayload(json);
  if (!payload) throw new Error('expected a valid payload');
  return payload;
}

describe('readWebhookPayload', () => {
  it('reads a text message webhook as Meta sends it, unchanged', () => {
    const json = textWebhook();
    expect(readWebhookPayload(json)).toEqual(json);
  });

  it('reads a status webhook as Meta sends it, unchanged', () => {
    const json = webhook({
      id: WABA_ID,
      changes: [
        messagesChange({
          messaging_product: 'whatsapp',
          metadata: metadataOf('106540352242922'),
          statuses: [sentStatus('wamid.HBgNNTUxMTk4NzY1NDMyMRUCABEYEjgxQkVFRDVBQTVDODFDOTg3MQA=')],
        }),
      ],
    });
    expect(readWebhookPayload(json)).toEqual(json);
  });

  it('keeps fields it does not know about', () => {
    const json = textWebhook();
    const extra = {
      ...json,
      extra_top: 1,
      entry: [{ ...json.entry[0], time: 1750016801 }],
    };
    const payload = read(extra);
    expect(payload).toMatchObject({ extra_top: 1, entry: [{ time: 1750016801 }] });
  });

  it.each([
    ['an array', [textWebhook()]],
    ['a string', JSON.stringify(textWebhook())],
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an object without entry', { object: 'whatsapp_business_account' }],
    ['an entry that is not a list', { object: 'whatsapp_business_account', entry: {} }],
    ['another kind of object', { ...textWebhook(), object: 'page' }],
    ['a payload without object', { entry: textWebhook().entry }],
  ])('returns null for %s', (_label, json) => {
    expect(readWebhookPayload(json)).toBeNull();
  });

  it.each([
    ['an entry without id', { changes: [] }],
    ['an entry without changes', { id: WABA_ID }],
    ['a change without field', { id: WABA_ID, changes: [{ value: {} }] }],
    ['a messages change without metadata', { id: WABA_ID, changes: [messagesChange({})] }],
    [
      'metadata without phone number id',
      { id: WABA_ID, changes: [messagesChange({ metadata: { display_phone_number: '5511' } })] },
    ],
    [
      'messages that are not a list',
      {
        id: WABA_ID,
        changes: [messagesChange({ metadata: metadataOf('1'), messages: textMessage('wamid.1') })],
      },
    ],
    [
      'another messaging product',
      {
        id: WABA_ID,
        changes: [messagesChange({ messaging_product: 'instagram', metadata: metadataOf('1') })],
      },
    ],
  ])('returns null for %s', (_label, entry) => {
    expect(readWebhookPayload(webhook(entry))).toBeNull();
  });

  it('accepts an empty batch', () => {
    expect(readWebhookPayload(webhook())).toEqual(webhook());
  });

  it('leaves out changes of other fields, which carry nothing the timeline stores', () => {
    const templateUpdate = {
      field: 'message_template_status_update',
      value: { event: 'APPROVED', message_template_id: 594425479261596 },
    };
    const json = textWebhook();
    const entry = json.entry[0];
    if (!entry) throw new Error('fixture has an entry');
    const payload = read(webhook({ ...entry, changes: [templateUpdate, ...entry.changes] }));
    expect(payload.entry[0]?.changes.map((change) => change.field)).toEqual(['messages']);
  });

  it('leaves out a message without id but keeps its siblings', () => {
    const { id: _id, ...withoutId } = textMessage('wamid.broken');
    const payload = read(
      webhook({
        id: WABA_ID,
        changes: [
          messagesChange({
            metadata: metadataOf('1'),
            messages: [withoutId, textMessage('wamid.ok'), 'not a message'],
          }),
        ],
      }),
    );
    expect(payload.entry[0]?.changes[0]?.value.messages?.map((message) => message.id)).toEqual([
      'wamid.ok',
    ]);
  });

  it('keeps a message of a type it does not know', () => {
    const poll = {
      from: '5511987654321',
      id: 'wamid.poll',
      timestamp: '1750016800',
      type: 'poll',
      poll: { question: 'Qual horário?' },
    };
    const payload = read(
      webhook({
        id: WABA_ID,
        changes: [messagesChange({ metadata: metadataOf('1'), messages: [poll] })],
      }),
    );
    expect(payload.entry[0]?.changes[0]?.value.messages).toEqual([poll]);
  });

  it('leaves out a message whose timestamp is not unix seconds', () => {
    const payload = read(
      webhook({
        id: WABA_ID,
        changes: [
          messagesChange({
            metadata: metadataOf('1'),
            messages: [{ ...textMessage('wamid.date'), timestamp: '2025-06-15T19:46:40Z' }],
          }),
        ],
      }),
    );
    expect(payload.entry[0]?.changes[0]?.value.messages).toEqual([]);
  });

  it('takes a numeric timestamp as its string of digits', () => {
    const payload = read(
      webhook({
        id: WABA_ID,
        changes: [
          messagesChange({
            metadata: metadataOf('1'),
            messages: [{ ...textMessage('wamid.n'), timestamp: 1750016800 }],
          }),
        ],
      }),
    );
    expect(payload.entry[0]?.changes[0]?.value.messages?.[0]?.timestamp).toBe('1750016800');
  });

  it('drops an optional part in an unexpected shape but keeps the message', () => {
    const payload = read(
      webhook({
        id: WABA_ID,
        changes: [
          messagesChange({
            metadata: metadataOf('1'),
            contacts: [{ profile: 'Ana', wa_id: '5511987654321' }, { profile: { name: 'Sem id' } }],
            messages: [{ ...textMessage('wamid.ctx'), context: 'reply', referral: [] }],
            statuses: [{ ...sentStatus('wamid.st'), conversation: { origin: 'service' } }],
          }),
        ],
      }),
    );
    const value = payload.entry[0]?.changes[0]?.value;
    expect(value?.contacts).toEqual([{ wa_id: '5511987654321' }]);
    expect(value?.messages?.[0]).not.toHaveProperty('context');
    expect(value?.messages?.[0]).not.toHaveProperty('referral');
    expect(value?.statuses?.[0]).not.toHaveProperty('conversation');
    expect(value?.statuses?.[0]?.pricing).toEqual(sentStatus('x').pricing);
  });

  it('keeps readable errors of the change value and leaves out the others', () => {
    const error = {
      code: 131000,
      title: 'Something went wrong',
      message: 'Something went wrong',
      error_data: { details: 'Unknown error' },
    };
    const payload = read(
      webhook({
        id: WABA_ID,
        changes: [messagesChange({ metadata: metadataOf('1'), errors: [error, { code: 'x' }] })],
      }),
    );
    expect(payload.entry[0]?.changes[0]?.value.errors).toEqual([error]);
  });
});

describe('with a batch over two phone numbers', () => {
  const SAO_PAULO = '106540352242922';
  const RIO = '208877665544332';
  const batch = read(
    webhook(
      {
        id: WABA_ID,
        changes: [
          messagesChange({
            metadata: metadataOf(SAO_PAULO),
            messages: [textMessage('wamid.sp1'), textMessage('wamid.sp2')],
          }),
          messagesChange({
            metadata: metadataOf(RIO, '552130030000'),
            statuses: [sentStatus('wamid.rj1')],
          }),
        ],
      },
      {
        id: '298765432109876',
        changes: [
          messagesChange({
            metadata: metadataOf(RIO, '552130030000'),
            messages: [textMessage('wamid.rj2')],
            statuses: [sentStatus('wamid.rj3')],
          }),
        ],
      },
      {
        id: WABA_ID,
        changes: [
          messagesChange({ metadata: metadataOf(SAO_PAULO), statuses: [sentStatus('wamid.sp3')] }),
        ],
      },
    ),
  );

  it('lists each phone number id once, in order of appearance', () => {
    expect(phoneNumberIdsOf(batch)).toEqual([SAO_PAULO, RIO]);
  });

  it('splits it into one payload per phone number, entries in order', () => {
    const split = splitByPhoneNumberId(batch);
    expect([...split.keys()]).toEqual([SAO_PAULO, RIO]);

    const saoPaulo = split.get(SAO_PAULO);
    expect(saoPaulo?.object).toBe('whatsapp_business_account');
    expect(saoPaulo?.entry.map((entry) => entry.id)).toEqual([WABA_ID, WABA_ID]);
    expect(saoPaulo?.entry[0]?.changes).toEqual([batch.entry[0]?.changes[0]]);
    expect(saoPaulo?.entry[1]?.changes).toEqual(batch.entry[2]?.changes);

    const rio = split.get(RIO);
    expect(rio?.entry.map((entry) => entry.id)).toEqual([WABA_ID, '298765432109876']);
    expect(rio?.entry[0]?.changes).toEqual([batch.entry[0]?.changes[1]]);
    expect(rio?.entry[1]?.changes).toEqual(batch.entry[1]?.changes);
  });

  it('loses no update when split', () => {
    const parts = [...splitByPhoneNumberId(batch).values()];
    expect(parts.map(countUpdates)).toEqual([3, 3]);
    expect(countUpdates(batch)).toBe(6);
  });

  it('returns nothing to split for an empty batch', () => {
    const empty = read(webhook());
    expect(phoneNumberIdsOf(empty)).toEqual([]);
    expect(splitByPhoneNumberId(empty).size).toBe(0);
    expect(countUpdates(empty)).toBe(0);
  });
});
