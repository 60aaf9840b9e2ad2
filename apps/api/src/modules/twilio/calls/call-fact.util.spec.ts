import { describe, expect, it } from 'vitest';
import { TwilioException } from '../twilio.exception';
import { readCallFact } from './call-fact.util';

const ACCOUNT = 'AC0123456789abcdef0123456789abcdef';
const CALL = 'CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const PARENT = 'CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const RECEIVED = new Date('2026-12-04T12:00:00.000Z');

describe('readCallFact', () => {
  it("reads a status callback of the call itself, with Twilio's timestamp and duration", () => {
    const fact = readCallFact(
      'status',
      {
        AccountSid: ACCOUNT,
        CallSid: CALL,
        CallStatus: 'completed',
        CallDuration: '134',
        Direction: 'outbound-api',
        From: '+551140028922',
        To: '+5511987654321',
        Timestamp: 'Fri, 04 Dec 2026 11:59:00 +0000',
      },
      RECEIVED,
    );
    expect(fact).toEqual({
      callSid: CALL,
      leg: 'call',
      direction: 'outbound',
      status: 'completed',
      durationSeconds: 134,
      from: '+551140028922',
      to: '+5511987654321',
      callerName: null,
      at: new Date('2026-12-04T11:59:00.000Z'),
      recording: null,
    });
  });

  it("keys a dialled leg by its parent call, as the rep's leg", () => {
    const fact = readCallFact(
      'status',
      {
        AccountSid: ACCOUNT,
        CallSid: CALL,
        ParentCallSid: PARENT,
        CallStatus: 'ringing',
        Direction: 'outbound-dial',
        To: '+5511912345678',
      },
      RECEIVED,
    );
    expect(fact).toMatchObject({ callSid: PARENT, leg: 'agent', direction: null, at: RECEIVED });
  });

  it('reads an inbound call as ringing when it names no status', () => {
    const fact = readCallFact(
      'inbound',
      {
        AccountSid: ACCOUNT,
        CallSid: CALL,
        Direction: 'inbound',
        From: '+5511987654321',
        CallerName: 'ANA',
      },
      RECEIVED,
    );
    expect(fact).toMatchObject({ status: 'ringing', direction: 'inbound', callerName: 'ANA' });
  });

  it('reads a recording callback', () => {
    const fact = readCallFact(
      'recording',
      {
        AccountSid: ACCOUNT,
        CallSid: CALL,
        RecordingSid: 'RE0123456789abcdef0123456789abcdef',
        RecordingStatus: 'completed',
        RecordingDuration: '130',
      },
      RECEIVED,
    );
    expect(fact.recording).toEqual({
      sid: 'RE0123456789abcdef0123456789abcdef',
      status: 'completed',
      durationSeconds: 130,
    });
    expect(fact.status).toBeNull();
  });

  it.each([
    ['no CallSid', 'status', { AccountSid: ACCOUNT, CallStatus: 'ringing' }],
    ['an unknown status', 'status', { AccountSid: ACCOUNT, CallSid: CALL, CallStatus: 'exploded' }],
    ['no status', 'status', { AccountSid: ACCOUNT, CallSid: CALL }],
    [
      'a negative duration',
      'status',
      { CallSid: CALL, CallStatus: 'completed', CallDuration: '-1' },
    ],
    ['a recording without its sid', 'recording', { CallSid: CALL, RecordingStatus: 'completed' }],
  ] as const)('refuses %s', (_case, kind, params) => {
    expect(() => readCallFact(kind, params as Record<string, string>, RECEIVED)).toThrow(
      TwilioException,
    );
  });
});
