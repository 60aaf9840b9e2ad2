/** A Twilio webhook's form fields as parsed (a repeated key becomes an array). */
export type TwilioParams = Record<string, string | string[] | undefined>;

/** Which of Twilio's voice webhooks a stored event came from. */
export const TwilioCallbackKind = {
  /** The number's "A call comes in" request (answered with TwiML). */
  Inbound: 'inbound',
  /** A call progress event (statusCallback). */
  Status: 'status',
  /** A recording's status (recordingStatusCallback). */
  Recording: 'recording',
} as const;
export type TwilioCallbackKind = (typeof TwilioCallbackKind)[keyof typeof TwilioCallbackKind];

/** What the durable inbox keeps of a Twilio webhook. */
export type TwilioWebhookEventPayload = {
  kind: TwilioCallbackKind;
  params: Record<string, string>;
};
