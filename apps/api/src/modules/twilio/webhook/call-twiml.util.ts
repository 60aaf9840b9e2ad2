import twilio from 'twilio';

/** How long the rep's phone rings before the call counts as not answered, in seconds. */
export const AGENT_RING_SECONDS = 25;

/** Twilio's voice prompts in Brazilian Portuguese. */
const VOICE = { language: 'pt-BR' } as const;

/**
 * TwiML answering an inbound call: ring the rep's phone, recording both sides once answered;
 * the rep's leg reports its progress (it says whether anyone answered) and the recording
 * reports when it is ready.
 */
export function forwardToAgentTwiml(input: {
  agentPhone: string;
  statusCallback: string;
  recordingStatusCallback: string;
}): string {
  const response = new twilio.twiml.VoiceResponse();
  const dial = response.dial({
    timeout: AGENT_RING_SECONDS,
    record: 'record-from-answer-dual',
    recordingStatusCallback: input.recordingStatusCallback,
    recordingStatusCallbackMethod: 'POST',
    recordingStatusCallbackEvent: ['completed'],
  });
  dial.number(
    {
      statusCallback: input.statusCallback,
      statusCallbackMethod: 'POST',
      statusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'],
    },
    input.agentPhone,
  );
  return response.toString();
}

/** TwiML run once the lead answers a click-to-call: connect the rep, showing the Twilio number. */
export function connectAgentTwiml(input: { agentPhone: string; callerId: string }): string {
  const response = new twilio.twiml.VoiceResponse();
  response.dial({ callerId: input.callerId, timeout: AGENT_RING_SECONDS }).number(input.agentPhone);
  return response.toString();
}

/** Answers a call no rep can take (no agent phone configured). */
export function unavailableTwiml(): string {
  const response = new twilio.twiml.VoiceResponse();
  response.say(VOICE, 'No momento não podemos atender. Por favor, tente novamente mais tarde.');
  response.hangup();
  return response.toString();
}

/** The empty answer to a status or recording callback (Twilio ignores its content). */
export function emptyTwiml(): string {
  return new twilio.twiml.VoiceResponse().toString();
}
