import { FieldAppException } from '../../core/http/app.exception';

export const TwilioErrorCode = {
  CredentialsInvalid: 'TWILIO_CREDENTIALS_INVALID',
  Unreachable: 'TWILIO_UNREACHABLE',
  NotConnected: 'TWILIO_NOT_CONNECTED',
  CallRefused: 'TWILIO_CALL_REFUSED',
  LeadHasNoPhone: 'LEAD_HAS_NO_PHONE',
  InvalidSignature: 'TWILIO_INVALID_SIGNATURE',
  PayloadInvalid: 'TWILIO_PAYLOAD_INVALID',
} as const;
export type TwilioErrorCode = (typeof TwilioErrorCode)[keyof typeof TwilioErrorCode];

const STATUS: Record<TwilioErrorCode, number> = {
  TWILIO_CREDENTIALS_INVALID: 422,
  TWILIO_UNREACHABLE: 502,
  TWILIO_NOT_CONNECTED: 409,
  TWILIO_CALL_REFUSED: 422,
  LEAD_HAS_NO_PHONE: 422,
  TWILIO_INVALID_SIGNATURE: 403,
  TWILIO_PAYLOAD_INVALID: 400,
};

/** Errors of the Twilio calls channel; messages are English, the SPA translates by code. */
export class TwilioException extends FieldAppException<TwilioErrorCode> {
  get status(): number {
    return STATUS[this.code];
  }

  static credentialsInvalid(detail: string): TwilioException {
    return new TwilioException(
      TwilioErrorCode.CredentialsInvalid,
      `Twilio refused the Account SID and auth token: ${detail}`,
      'auth_token',
    );
  }

  static unreachable(): TwilioException {
    return new TwilioException(
      TwilioErrorCode.Unreachable,
      'Twilio could not be reached; nothing was changed. Try again shortly.',
    );
  }

  static notConnected(): TwilioException {
    return new TwilioException(
      TwilioErrorCode.NotConnected,
      'Twilio is not connected for this organisation (or needs to be reconnected).',
    );
  }

  /** Twilio answered the call request with an error (e.g. a number it cannot call). */
  static callRefused(detail: string, field?: string): TwilioException {
    return new TwilioException(
      TwilioErrorCode.CallRefused,
      `Twilio refused the call: ${detail}`,
      field,
    );
  }

  static leadHasNoPhone(): TwilioException {
    return new TwilioException(
      TwilioErrorCode.LeadHasNoPhone,
      'The lead has no phone number to call.',
      'lead_id',
    );
  }

  /** Also for an AccountSid no organisation connected: nothing can verify that request. */
  static invalidSignature(): TwilioException {
    return new TwilioException(
      TwilioErrorCode.InvalidSignature,
      'X-Twilio-Signature is missing or does not match the request for a connected account.',
    );
  }

  static payloadInvalid(detail: string): TwilioException {
    return new TwilioException(
      TwilioErrorCode.PayloadInvalid,
      `The body is not a Twilio voice callback: ${detail}`,
    );
  }
}
