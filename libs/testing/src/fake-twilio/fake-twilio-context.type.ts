import type { FakeTwilioForm } from './fake-twilio-api.type';
import type { FakeTwilioAccount, FakeTwilioState } from './fake-twilio-state';

/** One authenticated request, as a route handler sees it. */
export type FakeTwilioContext = {
  state: FakeTwilioState;
  /** The account of the Basic credentials: the server checked them before the handler ran. */
  account: FakeTwilioAccount;
  /** The path as requested, for Twilio's "was not found" sentence. */
  path: string;
  form: FakeTwilioForm;
  /** `http://127.0.0.1:PORT`, for URLs the fake hands out. */
  baseUrl: string;
};
