import { FieldAppException } from '../../core/http/app.exception';

export const WhatsAppErrorCode = {
  TokenInvalid: 'WHATSAPP_TOKEN_INVALID',
  PhoneNumberNotFound: 'WHATSAPP_PHONE_NUMBER_NOT_FOUND',
  Unreachable: 'WHATSAPP_UNREACHABLE',
  NotConnected: 'WHATSAPP_NOT_CONNECTED',
  TemplateRequired: 'WHATSAPP_TEMPLATE_REQUIRED',
  Unavailable: 'WHATSAPP_UNAVAILABLE',
  LeadHasNoPhone: 'LEAD_HAS_NO_PHONE',
  InvalidSignature: 'WHATSAPP_INVALID_SIGNATURE',
  VerificationFailed: 'WHATSAPP_VERIFICATION_FAILED',
  PayloadInvalid: 'WHATSAPP_PAYLOAD_INVALID',
  MessageInvalid: 'WHATSAPP_MESSAGE_INVALID',
  FileNotSendable: 'WHATSAPP_FILE_NOT_SENDABLE',
} as const;
export type WhatsAppErrorCode = (typeof WhatsAppErrorCode)[keyof typeof WhatsAppErrorCode];

const STATUS: Record<WhatsAppErrorCode, number> = {
  WHATSAPP_TOKEN_INVALID: 422,
  WHATSAPP_PHONE_NUMBER_NOT_FOUND: 422,
  WHATSAPP_UNREACHABLE: 502,
  WHATSAPP_NOT_CONNECTED: 409,
  WHATSAPP_TEMPLATE_REQUIRED: 422,
  WHATSAPP_UNAVAILABLE: 503,
  LEAD_HAS_NO_PHONE: 422,
  WHATSAPP_INVALID_SIGNATURE: 401,
  WHATSAPP_VERIFICATION_FAILED: 403,
  WHATSAPP_PAYLOAD_INVALID: 400,
  WHATSAPP_MESSAGE_INVALID: 400,
  WHATSAPP_FILE_NOT_SENDABLE: 422,
};

/** Errors of the WhatsApp channel; messages are English, the SPA translates by code. */
export class WhatsAppException extends FieldAppException<WhatsAppErrorCode> {
  get status(): number {
    return STATUS[this.code];
  }

  static tokenInvalid(detail: string): WhatsAppException {
    return new WhatsAppException(
      WhatsAppErrorCode.TokenInvalid,
      `Meta refused the access token: ${detail}`,
      'access_token',
    );
  }

  static phoneNumberNotFound(): WhatsAppException {
    return new WhatsAppException(
      WhatsAppErrorCode.PhoneNumberNotFound,
      'Meta does not know this phone number id, or the token cannot access it.',
      'phone_number_id',
    );
  }

  static unreachable(): WhatsAppException {
    return new WhatsAppException(
      WhatsAppErrorCode.Unreachable,
      'The WhatsApp Cloud API could not be reached to check the credentials; try again.',
    );
  }

  static notConnected(): WhatsAppException {
    return new WhatsAppException(
      WhatsAppErrorCode.NotConnected,
      'WhatsApp is not connected for this organisation (or needs to be reconnected).',
    );
  }

  static templateRequired(): WhatsAppException {
    return new WhatsAppException(
      WhatsAppErrorCode.TemplateRequired,
      'More than 24 hours passed since the lead last wrote on WhatsApp: only an approved template can be sent.',
      'text',
    );
  }

  /** Meta failing (circuit open): nothing was sent; clients retry after half a minute. */
  static unavailable(retryAfterSeconds = 30): WhatsAppException {
    return new WhatsAppException(
      WhatsAppErrorCode.Unavailable,
      'The WhatsApp Cloud API is failing; nothing was sent. Try again shortly.',
      undefined,
      { 'retry-after': String(retryAfterSeconds) },
    );
  }

  static leadHasNoPhone(): WhatsAppException {
    return new WhatsAppException(
      WhatsAppErrorCode.LeadHasNoPhone,
      'The lead has no phone number to send WhatsApp messages to.',
      'lead_id',
    );
  }

  static invalidSignature(): WhatsAppException {
    return new WhatsAppException(
      WhatsAppErrorCode.InvalidSignature,
      'X-Hub-Signature-256 is missing or does not match the payload.',
    );
  }

  static verificationFailed(): WhatsAppException {
    return new WhatsAppException(
      WhatsAppErrorCode.VerificationFailed,
      'hub.mode must be "subscribe" and hub.verify_token must match a connected number.',
    );
  }

  static payloadInvalid(): WhatsAppException {
    return new WhatsAppException(
      WhatsAppErrorCode.PayloadInvalid,
      'The body is not a WhatsApp Business Account webhook.',
    );
  }

  static messageInvalid(message: string, field: string): WhatsAppException {
    return new WhatsAppException(WhatsAppErrorCode.MessageInvalid, message, field);
  }

  static fileNotSendable(detail: string): WhatsAppException {
    return new WhatsAppException(WhatsAppErrorCode.FileNotSendable, detail, 'file_id');
  }
}
