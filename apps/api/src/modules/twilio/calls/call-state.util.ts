import {
  CommunicationStatus,
  FINAL_CALL_STATUSES,
  type CallLegProgress,
  type CallStatus,
  type VoipCallMetadata,
} from '@loved/shared';
import type { CallFact } from './call-fact.util';

/** Statuses only move forward; the final ones share the last rank (the first one reported stays). */
const RANK: Record<CallStatus, number> = {
  queued: 0,
  initiated: 1,
  ringing: 2,
  'in-progress': 3,
  completed: 4,
  busy: 4,
  'no-answer': 4,
  failed: 4,
  canceled: 4,
};

export const isFinalCallStatus = (status: CallStatus): boolean =>
  FINAL_CALL_STATUSES.includes(status);

/** What a new call starts as, before Twilio reports anything. */
export function newCallState(input: {
  callSid: string;
  callerNumber: string | null;
  calledNumber: string | null;
  agentPhone: string | null;
  status: CallStatus;
  at: Date;
}): VoipCallMetadata {
  const call: CallLegProgress = {
    status: input.status,
    duration_seconds: null,
    at: input.at.toISOString(),
  };
  return settle({
    provider: 'twilio',
    call_sid: input.callSid,
    caller_number: input.callerNumber,
    called_number: input.calledNumber,
    agent_phone: input.agentPhone,
    call_status: input.status,
    duration_seconds: null,
    answered_at: null,
    ended_at: null,
    recording_url: null,
    recording_file_id: null,
    recording_sid: null,
    recording_duration_seconds: null,
    legs: { call, agent: null },
  });
}

/** A leg moved forward by a fact about it; a repeated or older fact changes nothing. */
function advance(current: CallLegProgress | null, fact: CallFact): CallLegProgress | null {
  if (!fact.status) return current;
  const next: CallLegProgress = {
    status: fact.status,
    duration_seconds: fact.durationSeconds,
    at: fact.at.toISOString(),
  };
  if (!current || RANK[fact.status] > RANK[current.status]) return next;
  // The same status again may bring the duration the first report lacked.
  if (fact.status === current.status && current.duration_seconds === null) {
    return { ...current, duration_seconds: fact.durationSeconds };
  }
  return current;
}

const earliest = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : a < b ? a : b;

/**
 * The call after one more fact. The result does not depend on the order facts arrive in, nor
 * on repeats: each leg only moves forward, and the derived fields are computed from the legs.
 */
export function applyCallFact(state: VoipCallMetadata, fact: CallFact): VoipCallMetadata {
  const legs = {
    call: fact.leg === 'call' ? advance(state.legs.call, fact) : state.legs.call,
    agent: fact.leg === 'agent' ? advance(state.legs.agent, fact) : state.legs.agent,
  };
  const answeredAt = fact.status === 'in-progress' ? fact.at.toISOString() : null;
  const next: VoipCallMetadata = {
    ...state,
    caller_number: state.caller_number ?? (fact.leg === 'call' ? fact.from : null),
    called_number: state.called_number ?? (fact.leg === 'call' ? fact.to : null),
    agent_phone: state.agent_phone ?? (fact.leg === 'agent' ? fact.to : null),
    answered_at: earliest(state.answered_at, answeredAt),
    legs,
  };
  if (fact.recording && fact.recording.status === 'completed') {
    next.recording_sid = fact.recording.sid;
    next.recording_duration_seconds = fact.recording.durationSeconds;
  }
  return settle(next);
}

/** `call_status`, `duration_seconds` and `ended_at` from the leg that decides the call. */
function settle(state: VoipCallMetadata): VoipCallMetadata {
  const deciding = state.legs.agent ?? state.legs.call;
  if (!deciding) return state;
  const final = isFinalCallStatus(deciding.status);
  return {
    ...state,
    call_status: deciding.status,
    duration_seconds: final ? (deciding.duration_seconds ?? 0) : null,
    ended_at: final ? deciding.at : null,
  };
}

/** The timeline's text for a call, in pt-BR (as in the seed: "Chamada atendida - Duração: 2min"). */
export function callContent(state: VoipCallMetadata, direction: 'inbound' | 'outbound'): string {
  switch (state.call_status) {
    case 'queued':
    case 'initiated':
    case 'ringing':
      return direction === 'inbound' ? 'Chamada recebida' : 'Chamando…';
    case 'in-progress':
      return 'Chamada em andamento';
    case 'completed':
      return `Chamada atendida - Duração: ${formatDuration(state.duration_seconds ?? 0)}`;
    case 'no-answer':
      return 'Chamada não atendida';
    case 'busy':
      return 'Linha ocupada';
    case 'failed':
      return 'Chamada não completada';
    case 'canceled':
      return 'Chamada cancelada';
  }
}

/** Whole minutes as the seed writes them; under a minute, the seconds ("45s", not "0min"). */
function formatDuration(seconds: number): string {
  return seconds < 60 ? `${seconds}s` : `${Math.floor(seconds / 60)}min`;
}

/** A call in progress is pending; an answered one delivered; any other end failed. */
export function communicationStatusOfCall(status: CallStatus): CommunicationStatus {
  if (status === 'completed') return CommunicationStatus.Delivered;
  return isFinalCallStatus(status) ? CommunicationStatus.Failed : CommunicationStatus.Pending;
}
