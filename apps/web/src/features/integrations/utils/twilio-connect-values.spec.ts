import { describe, expect, it } from 'vitest';
import {
  twilioRequestOf,
  twilioValueProblems,
} from '@/features/integrations/utils/twilio-connect-values';

const VALID = {
  account_sid: 'AC0123456789abcdef0123456789ABCDEF',
  auth_token: 'token',
  phone_number: '+551140028922',
  agent_phone: '+5511987654321',
};

describe('twilioRequestOf', () => {
  it('trims the ids and drops the punctuation people type in phones', () => {
    expect(
      twilioRequestOf({
        account_sid: ' AC0123456789abcdef0123456789abcdef ',
        auth_token: ' token ',
        phone_number: '+55 (11) 4002-8922',
        agent_phone: '+55.11.98765.4321',
      }),
    ).toEqual({
      account_sid: 'AC0123456789abcdef0123456789abcdef',
      auth_token: 'token',
      phone_number: '+551140028922',
      agent_phone: '+5511987654321',
    });
  });
});

describe('twilioValueProblems', () => {
  it('finds nothing wrong with a complete, well-formed request', () => {
    expect(twilioValueProblems(VALID)).toEqual({});
  });

  it('asks for every empty field', () => {
    expect(
      twilioValueProblems({ account_sid: '', auth_token: '', phone_number: '', agent_phone: '' }),
    ).toEqual({
      account_sid: 'validation.required',
      auth_token: 'validation.required',
      phone_number: 'validation.required',
      agent_phone: 'validation.required',
    });
  });

  it('refuses an SID that is not AC and 32 hex digits, and phones without + and country code', () => {
    expect(
      twilioValueProblems({
        ...VALID,
        account_sid: 'SK0123456789abcdef0123456789abcdef',
        phone_number: '1140028922',
        agent_phone: '+0511987654321',
      }),
    ).toEqual({
      account_sid: 'integrations.twilio.form.accountSidInvalid',
      phone_number: 'integrations.twilio.form.phoneInvalid',
      agent_phone: 'integrations.twilio.form.phoneInvalid',
    });
  });
});
