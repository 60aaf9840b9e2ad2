import { describe, expect, it } from 'vitest';
import type { CallStatus, VoipCallMetadata } from '@loved/shared';
import type { CallFact } from './call-fact.util';
import {
  applyCallFact,
  callContent,
  communicationStatusOfCall,
  newCallState,
} from './call-state.util';

const CALL = 'CA0123456789abcdef0123456789abcdef';
const at = (second: number) => new Date(Date.UTC(2026, 11, 4, 12, 0, second));

const fact = (overrides: Partial<CallFact>): CallFact => ({
  callSid: CALL,
  leg: 'call',
  direction: 'outbound',
  status: null,
  durationSeconds: null,
  from: '+551140028922',
  to: '+5511987654321',
  callerName: null,
  at: at(0),
  recording: null,
  ...overrides,
});

const placed = (): VoipCallMetadata =>
  newCallState({
    callSid: CALL,
    callerNumber: '+551140028922',
    calledNumber: '+5511987654321',
    agentPhone: '+5511912345678',
    status: 'queued',
    at: at(0),
  });

function* permutations<T>(items: T[]): Generator<T[]> {
  if (items.length <= 1) {
    yield items;
    return;
  }
  for (let i = 0; i < items.length; i++) {
    const rest = [...items.slice(0, i), ...items.slice(i + 1)];
    for (const tail of permutations(rest)) yield [items[i] as T, ...tail];
  }
}

const replay = (facts: CallFact[], start = placed()): VoipCallMetadata =>
  facts.reduce(applyCallFact, start);

describe('applyCallFact', () => {
  const answered = [
    fact({ status: 'initiated', at: at(1) }),
    fact({ status: 'ringing', at: at(2) }),
    fact({ status: 'in-progress', at: at(5) }),
    fact({ status: 'completed', durationSeconds: 134, at: at(139) }),
    fact({ recording: { sid: 'RE01', status: 'completed', durationSeconds: 130 }, at: at(140) }),
  ];

  it('ends an answered call completed, with its duration, answer and end times and recording', () => {
    expect(replay(answered)).toMatchObject({
      call_status: 'completed',
      duration_seconds: 134,
      answered_at: at(5).toISOString(),
      ended_at: at(139).toISOString(),
      recording_sid: 'RE01',
      recording_duration_seconds: 130,
    });
  });

  it('reaches the same state whatever order the reports arrive in, repeated or not', () => {
    const expected = replay(answered);
    for (const order of permutations(answered)) {
      expect(replay(order)).toEqual(expected);
      expect(replay([...order, ...order.slice(0, 2)])).toEqual(expected);
    }
  });

  it('never moves a status back', () => {
    const state = replay([fact({ status: 'in-progress' }), fact({ status: 'ringing' })]);
    expect(state.call_status).toBe('in-progress');
    expect(state.duration_seconds).toBeNull();
  });

  it('keeps the first final status when a contradicting one follows', () => {
    const state = replay([
      fact({ status: 'busy' }),
      fact({ status: 'completed', durationSeconds: 9 }),
    ]);
    expect(state.call_status).toBe('busy');
    expect(state.duration_seconds).toBe(0);
  });

  it("lets the rep's leg decide an inbound call, in any order", () => {
    const start = newCallState({
      callSid: CALL,
      callerNumber: '+5511987654321',
      calledNumber: '+551140028922',
      agentPhone: null,
      status: 'ringing',
      at: at(0),
    });
    const facts = [
      fact({ direction: 'inbound', status: 'completed', durationSeconds: 40, at: at(40) }),
      fact({ leg: 'agent', direction: null, status: 'ringing', to: '+5511912345678', at: at(1) }),
      fact({
        leg: 'agent',
        direction: null,
        status: 'no-answer',
        to: '+5511912345678',
        at: at(26),
      }),
    ];
    for (const order of permutations(facts)) {
      expect(replay(order, start)).toMatchObject({
        call_status: 'no-answer',
        duration_seconds: 0,
        agent_phone: '+5511912345678',
        ended_at: at(26).toISOString(),
      });
    }
  });

  it('ignores a recording that did not complete', () => {
    const state = replay([
      fact({ recording: { sid: 'RE02', status: 'absent', durationSeconds: 0 } }),
    ]);
    expect(state.recording_sid).toBeNull();
  });
});

describe('callContent', () => {
  const withStatus = (status: CallStatus, duration: number | null = null): VoipCallMetadata => ({
    ...placed(),
    call_status: status,
    duration_seconds: duration,
  });

  it.each([
    ['completed', 120, 'Chamada atendida - Duração: 2min'],
    ['completed', 179, 'Chamada atendida - Duração: 2min'],
    ['completed', 45, 'Chamada atendida - Duração: 45s'],
    ['no-answer', 0, 'Chamada não atendida'],
    ['busy', 0, 'Linha ocupada'],
    ['failed', 0, 'Chamada não completada'],
    ['canceled', 0, 'Chamada cancelada'],
    ['in-progress', null, 'Chamada em andamento'],
    ['ringing', null, 'Chamando…'],
  ] as const)('writes %s (%s s) as "%s"', (status, duration, text) => {
    expect(callContent(withStatus(status, duration), 'outbound')).toBe(text);
  });

  it('says an inbound call is being received while it rings', () => {
    expect(callContent(withStatus('ringing'), 'inbound')).toBe('Chamada recebida');
  });
});

describe('communicationStatusOfCall', () => {
  it('is pending in progress, delivered when answered, failed otherwise', () => {
    expect(communicationStatusOfCall('ringing')).toBe('pending');
    expect(communicationStatusOfCall('completed')).toBe('delivered');
    expect(communicationStatusOfCall('no-answer')).toBe('failed');
    expect(communicationStatusOfCall('canceled')).toBe('failed');
  });
});
