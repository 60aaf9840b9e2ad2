/** Where Twilio calls the CRM; signatures are checked against PUBLIC_BASE_URL + these paths. */
export const TwilioWebhookPath = {
  Inbound: '/api/v1/integrations/twilio/voice/inbound',
  Status: '/api/v1/integrations/twilio/voice/status',
  Recording: '/api/v1/integrations/twilio/voice/recording',
} as const;
export type TwilioWebhookPath = (typeof TwilioWebhookPath)[keyof typeof TwilioWebhookPath];
