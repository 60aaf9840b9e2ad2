/** The secrets of a Twilio integration, sealed in `organization_integrations`. */
export type TwilioCredentials = {
  account_sid: string;
  auth_token: string;
};

/** What may be shown about a Twilio integration, kept in its `settings`. */
export type TwilioSettings = {
  friendly_name: string | null;
  phone_number: string;
  agent_phone: string;
};
