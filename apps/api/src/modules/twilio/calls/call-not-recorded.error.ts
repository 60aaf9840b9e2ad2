/**
 * Twilio reported on a call the timeline does not hold yet and cannot place on a lead alone (a
 * click-to-call whose request has not committed, a rep's leg before its call): the event fails
 * this attempt and the queue retries it after a backoff.
 */
export class CallNotRecordedError extends Error {
  constructor(readonly callSid: string) {
    super(`call ${callSid} is not in the timeline yet`);
    this.name = 'CallNotRecordedError';
  }
}
