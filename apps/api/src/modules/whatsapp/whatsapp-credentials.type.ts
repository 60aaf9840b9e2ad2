/** The secrets of a WhatsApp integration, sealed in `organization_integrations`. */
export type WhatsAppCredentials = {
  access_token: string;
  app_secret: string;
  verify_token: string;
};

/** What may be shown about a WhatsApp integration, kept in its `settings`. */
export type WhatsAppSettings = {
  phone_number_id: string;
  waba_id: string;
  display_phone_number: string;
  verified_name: string | null;
};
