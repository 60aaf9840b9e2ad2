import { describe, expect, it } from 'vitest';
import { TwilioBaseUrlHttpClient } from './twilio-base-url.http-client';

const URI = 'https://api.twilio.com/2010-04-01/Accounts/AC1/Calls.json?PageSize=20';

describe('TwilioBaseUrlHttpClient', () => {
  it("sends Twilio's requests to the configured base URL, path and query kept", () => {
    const client = new TwilioBaseUrlHttpClient('http://127.0.0.1:4010', 1000);
    expect(client.rewrite(URI)).toBe(
      'http://127.0.0.1:4010/2010-04-01/Accounts/AC1/Calls.json?PageSize=20',
    );
  });

  it('keeps a path prefix of the base URL (a proxy in front of Twilio)', () => {
    const client = new TwilioBaseUrlHttpClient('https://proxy.example/twilio/', 1000);
    expect(client.rewrite(URI)).toBe(
      'https://proxy.example/twilio/2010-04-01/Accounts/AC1/Calls.json?PageSize=20',
    );
  });

  it("leaves requests alone when the base URL is Twilio's own, and hosts that are not Twilio's", () => {
    expect(new TwilioBaseUrlHttpClient('https://api.twilio.com', 1000).rewrite(URI)).toBe(URI);
    const client = new TwilioBaseUrlHttpClient('http://127.0.0.1:4010', 1000);
    expect(client.rewrite('https://example.com/x')).toBe('https://example.com/x');
  });
});
