import type { FakeTwilioFailure } from './fake-twilio-api.type';

type FailurePreset = Omit<FakeTwilioFailure, 'route' | 'times'>;

/** Errors Twilio really answers, for `failNext({ ...twilioErrorPresets.rateLimit, route })`. */
export const twilioErrorPresets = {
  /** Too many concurrent requests for the account. */
  rateLimit: { httpStatus: 429, code: 20429, message: 'Too Many Requests' },
  /** Credentials Twilio refuses (a rotated or revoked token). */
  authenticate: { httpStatus: 401, code: 20003, message: 'Authenticate' },
  serverError: { httpStatus: 500, code: 20500, message: 'Internal Server Error' },
  serviceUnavailable: { httpStatus: 503, code: 20503, message: 'Service Unavailable' },
  /** A 502 page with no Twilio body, as a proxy in front of Twilio answers. */
  badGateway: { httpStatus: 502, code: 0, plain: true },
} as const satisfies Record<string, FailurePreset>;
