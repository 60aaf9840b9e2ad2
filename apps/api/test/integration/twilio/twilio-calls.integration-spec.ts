import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommunicationResponse, LeadResponse } from '@loved/shared';
import {
  signTwilioRequest,
  startFakeTwilioApi,
  twilioCallStatus,
  twilioInboundCall,
  twilioRecordingStatus,
  twilioRecordingUrl,
  twilioSid,
  twilioWebhookRequest,
  type FakeTwilioApi,
  type TwilioCallStatus,
  type TwilioWebhookParams,
} from '@loved/testing';
import { adminQuery } from '../../utils/admin-query';
import { asMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';
import {
  callsOf,
  connectTwilio,
  mp3Bytes,
  postTwilio,
  PUBLIC_BASE_URL,
  randomBrazilianMobile,
  settledCalls,
  TwilioPath,
  twilioEventsOf,
  type ConnectedTwilio,
} from '../../utils/twilio.helpers';

/** Fisher-Yates with a fixed seed, so a failure can be replayed. */
function shuffled<T>(items: T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

describe('Twilio calls', () => {
  let fake: FakeTwilioApi;
  let t: TestApp;
  let admin: Session;
  let account: ConnectedTwilio;

  beforeAll(async () => {
    fake = await startFakeTwilioApi();
    t = await createTestApp({
      env: {
        TWILIO_API_BASE_URL: fake.url,
        PUBLIC_BASE_URL,
        JOB_BACKOFF_MS: '100',
      },
    });
    admin = await register(t.app);
    account = await connectTwilio(t.app, admin, fake);
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  const placeCall = async (session: Session, lead: LeadResponse) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/communications/voip/call',
      headers: asMember(session, session.organizationId),
      payload: { lead_id: lead.id },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<CommunicationResponse>();
  };

  /** What Twilio sends for an answered, recorded click-to-call, in order. */
  const answeredCall = (callSid: string, leadPhone: string, recordingSid: string) => {
    const parties = {
      accountSid: account.accountSid,
      callSid,
      from: account.phoneNumber,
      to: leadPhone,
    };
    const progress: TwilioCallStatus[] = ['initiated', 'ringing', 'in-progress'];
    return [
      ...progress.map((status, i) => twilioCallStatus({ ...parties, status, sequenceNumber: i })),
      twilioCallStatus({
        ...parties,
        status: 'completed',
        durationSeconds: 134,
        sequenceNumber: 3,
      }),
      twilioRecordingStatus({
        accountSid: account.accountSid,
        callSid,
        recordingSid,
        recordingUrl: twilioRecordingUrl(fake.url, account.accountSid, recordingSid),
        durationSeconds: 130,
      }),
    ];
  };

  const deliver = async (callbacks: TwilioWebhookParams[]) => {
    for (const params of callbacks) {
      const path = params.RecordingSid ? TwilioPath.Recording : TwilioPath.Status;
      const res = await postTwilio(t.app, path, params, account.authToken);
      expect(res.statusCode, res.body).toBe(200);
    }
  };

  describe('click-to-call', () => {
    it("asks Twilio to call the lead from the organisation's number, recorded, with progress callbacks", async () => {
      const lead = await createLead(t.app, admin, { phone: '+55 11 98765-4321' });
      const call = await placeCall(admin, lead);

      const placed = fake.calls.at(-1);
      expect(placed).toMatchObject({
        accountSid: account.accountSid,
        to: '+5511987654321',
        from: account.phoneNumber,
        statusCallback: `${PUBLIC_BASE_URL}${TwilioPath.Status}`,
        statusCallbackMethod: 'POST',
        statusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'],
        record: true,
        recordingStatusCallback: `${PUBLIC_BASE_URL}${TwilioPath.Recording}`,
        recordingStatusCallbackEvent: ['completed'],
      });
      // Once the lead answers, the rep's phone is dialled from the Twilio number.
      expect(placed?.twiml).toContain(`<Number>${account.agentPhone}</Number>`);
      expect(placed?.twiml).toContain(`callerId="${account.phoneNumber}"`);
      expect(call).toMatchObject({
        lead_id: lead.id,
        channel: 'voip',
        direction: 'outbound',
        external_id: placed?.sid,
        status: 'pending',
        content: 'Chamando…',
      });
      expect(call.metadata).toMatchObject({
        provider: 'twilio',
        call_sid: placed?.sid,
        caller_number: account.phoneNumber,
        called_number: '+5511987654321',
        agent_phone: account.agentPhone,
        call_status: 'queued',
        duration_seconds: null,
      });
    });

    it('calls another agent phone when asked', async () => {
      const lead = await createLead(t.app, admin, { phone: randomBrazilianMobile() });
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/communications/voip/call',
        headers: asMember(admin, admin.organizationId),
        payload: { lead_id: lead.id, agent_phone: '+55 (21) 99876-5432' },
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(fake.calls.at(-1)?.twiml).toContain('<Number>+5521998765432</Number>');
    });

    it('refuses a lead without phone, a bad agent phone, and says why Twilio refused a call', async () => {
      const noPhone = await createLead(t.app, admin, { phone: undefined });
      const headers = asMember(admin, admin.organizationId);
      const url = '/api/v1/communications/voip/call';
      const without = await t.app.inject({
        method: 'POST',
        url,
        headers,
        payload: { lead_id: noPhone.id },
      });
      expect(without.statusCode).toBe(422);
      expect(without.json()).toMatchObject({ code: 'LEAD_HAS_NO_PHONE' });

      const lead = await createLead(t.app, admin, { phone: randomBrazilianMobile() });
      const badAgent = await t.app.inject({
        method: 'POST',
        url,
        headers,
        payload: { lead_id: lead.id, agent_phone: '1234' },
      });
      expect(badAgent.statusCode).toBe(400);
      expect(badAgent.json().errors).toEqual([expect.objectContaining({ field: 'agent_phone' })]);

      const calls = fake.calls.length;
      fake.failNext({ route: 'calls', httpStatus: 400, code: 21215, message: 'Geo permission' });
      const refused = await t.app.inject({
        method: 'POST',
        url,
        headers,
        payload: { lead_id: lead.id },
      });
      expect(refused.statusCode).toBe(422);
      expect(refused.json()).toMatchObject({ code: 'TWILIO_CALL_REFUSED' });
      expect(refused.json().detail).toContain('Geo permission');
      expect(fake.calls.length).toBe(calls);

      fake.failNext({ route: 'calls', httpStatus: 503, code: 20503, message: 'down' });
      const down = await t.app.inject({
        method: 'POST',
        url,
        headers,
        payload: { lead_id: lead.id },
      });
      expect(down.statusCode).toBe(502);
      expect(down.json()).toMatchObject({ code: 'TWILIO_UNREACHABLE' });
      const stored = (await callsOf(admin.organizationId)).filter((c) => c.lead_id === lead.id);
      expect(stored).toEqual([]);
    });

    it('answers 409 when Twilio is not connected', async () => {
      const other = await register(t.app);
      const lead = await createLead(t.app, other, { phone: randomBrazilianMobile() });
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/communications/voip/call',
        headers: asMember(other, other.organizationId),
        payload: { lead_id: lead.id },
      });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'TWILIO_NOT_CONNECTED' });
    });

    it("cannot call another organisation's lead (404)", async () => {
      const other = await register(t.app);
      const lead = await createLead(t.app, admin, { phone: randomBrazilianMobile() });
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/communications/voip/call',
        headers: asMember(other, other.organizationId),
        payload: { lead_id: lead.id },
      });
      expect(res.statusCode).toBe(404);
    });
  });

  describe('callbacks', () => {
    it('turn a placed call into one communication ending completed, with duration and the recording stored', async () => {
      const lead = await createLead(t.app, admin, { phone: randomBrazilianMobile() });
      const call = await placeCall(admin, lead);
      const callSid = call.external_id as string;
      const recordingSid = twilioSid('RE');
      const audio = mp3Bytes();
      fake.addRecording({
        accountSid: account.accountSid,
        sid: recordingSid,
        callSid,
        bytes: audio,
      });

      await deliver(answeredCall(callSid, call.metadata.called_number as string, recordingSid));

      const [stored, ...others] = (await settledCalls(admin.organizationId)).filter(
        (c) => c.external_id === callSid,
      );
      expect(others).toEqual([]);
      expect(stored).toMatchObject({
        id: call.id,
        direction: 'outbound',
        status: 'delivered',
        content: 'Chamada atendida - Duração: 2min',
      });
      expect(stored?.metadata).toMatchObject({
        call_status: 'completed',
        duration_seconds: 134,
        recording_sid: recordingSid,
        recording_duration_seconds: 130,
      });
      expect(stored?.metadata.answered_at).not.toBeNull();
      expect(stored?.metadata.ended_at).not.toBeNull();
      const fileId = stored?.metadata.recording_file_id;
      expect(stored?.metadata.recording_url).toBe(`/api/v1/files/${fileId}/content`);
      expect(stored?.attachments).toEqual([
        expect.objectContaining({
          file_id: fileId,
          name: `gravacao-${callSid}.mp3`,
          content_type: 'audio/mpeg',
        }),
      ]);
      const content = await t.app.inject({
        method: 'GET',
        url: `/api/v1/files/${fileId}/content`,
        headers: asMember(admin, admin.organizationId),
      });
      expect(content.statusCode).toBe(200);
      expect(content.rawPayload.equals(audio)).toBe(true);
      // Downloaded with the account's credentials.
      const download = fake.requests.find((r) => r.path.includes(recordingSid));
      expect(download?.basicAuthUser).toBe(account.accountSid);
    });

    it('give the same result when every callback is repeated and they arrive shuffled', async () => {
      const lead = await createLead(t.app, admin, { phone: randomBrazilianMobile() });
      const call = await placeCall(admin, lead);
      const callSid = call.external_id as string;
      const recordingSid = twilioSid('RE');
      fake.addRecording({
        accountSid: account.accountSid,
        sid: recordingSid,
        callSid,
        bytes: mp3Bytes(),
      });
      const callbacks = answeredCall(callSid, call.metadata.called_number as string, recordingSid);

      await deliver(shuffled([...callbacks, ...callbacks, ...callbacks], 7));

      const matching = (await settledCalls(admin.organizationId)).filter(
        (c) => c.external_id === callSid,
      );
      expect(matching).toHaveLength(1);
      expect(matching[0]).toMatchObject({
        status: 'delivered',
        content: 'Chamada atendida - Duração: 2min',
        metadata: expect.objectContaining({
          call_status: 'completed',
          duration_seconds: 134,
          recording_sid: recordingSid,
        }),
      });
      expect(matching[0]?.attachments).toHaveLength(1);
      const downloads = fake.requests.filter((r) => r.path.includes(recordingSid));
      expect(downloads).toHaveLength(1);
    });

    it.each([
      ['no-answer', 'Chamada não atendida'],
      ['busy', 'Linha ocupada'],
    ] as const)('record a %s call as failed with its pt-BR text', async (status, content) => {
      const lead = await createLead(t.app, admin, { phone: randomBrazilianMobile() });
      const call = await placeCall(admin, lead);
      const parties = {
        accountSid: account.accountSid,
        callSid: call.external_id as string,
        from: account.phoneNumber,
        to: call.metadata.called_number as string,
      };
      await deliver([
        twilioCallStatus({ ...parties, status: status, durationSeconds: 0 }),
        twilioCallStatus({ ...parties, status: 'ringing' }),
        twilioCallStatus({ ...parties, status: 'initiated' }),
      ]);
      const stored = (await settledCalls(admin.organizationId)).find((c) => c.id === call.id);
      expect(stored).toMatchObject({ status: 'failed', content });
      expect(stored?.metadata).toMatchObject({ call_status: status, duration_seconds: 0 });
    });

    it('refuse a tampered parameter or an unsigned callback with 403 and store nothing', async () => {
      const lead = await createLead(t.app, admin, { phone: randomBrazilianMobile() });
      const call = await placeCall(admin, lead);
      const params = twilioCallStatus({
        accountSid: account.accountSid,
        callSid: call.external_id as string,
        from: account.phoneNumber,
        to: call.metadata.called_number as string,
        status: 'completed',
        durationSeconds: 60,
      });
      const before = await twilioEventsOf(admin.organizationId);
      const valid = await postTwilio(t.app, TwilioPath.Status, params, account.authToken);
      expect(valid.statusCode).toBe(200);
      const signed = signTwilioRequest(
        account.authToken,
        `${PUBLIC_BASE_URL}${TwilioPath.Status}`,
        params,
      );

      const tampered = await postTwilio(
        t.app,
        TwilioPath.Status,
        { ...params, CallDuration: '6000' },
        account.authToken,
        signed,
      );
      expect(tampered.statusCode).toBe(403);
      expect(tampered.json()).toMatchObject({ code: 'TWILIO_INVALID_SIGNATURE' });
      const wrongToken = await postTwilio(t.app, TwilioPath.Status, params, 'f'.repeat(32));
      expect(wrongToken.statusCode).toBe(403);
      const unsigned = await postTwilio(t.app, TwilioPath.Status, params, account.authToken, '');
      expect(unsigned.statusCode).toBe(403);
      // Signed for another host than the public URL Twilio was given.
      const elsewhere = await t.app.inject({
        ...twilioWebhookRequest({
          url: TwilioPath.Status,
          publicUrl: `https://attacker.example${TwilioPath.Status}`,
          params: { ...params, CallDuration: '6000' },
          authToken: account.authToken,
        }),
      });
      expect(elsewhere.statusCode).toBe(403);

      // Only the one valid delivery above was stored.
      expect((await twilioEventsOf(admin.organizationId)).length).toBe(before.length + 1);
      const stored = (await settledCalls(admin.organizationId)).find((c) => c.id === call.id);
      expect(stored?.metadata.duration_seconds).toBe(60);
    });

    it('refuse a callback of an account nobody connected with 403', async () => {
      const stranger = twilioSid('AC');
      const res = await postTwilio(
        t.app,
        TwilioPath.Status,
        twilioCallStatus({
          accountSid: stranger,
          callSid: twilioSid('CA'),
          from: '+5511999990000',
          to: '+5511988880000',
          status: 'completed',
        }),
        'a'.repeat(32),
      );
      expect(res.statusCode).toBe(403);
      const rows = await adminQuery(
        `SELECT 1 FROM webhook_events WHERE provider = 'twilio' AND payload->'params'->>'AccountSid' = $1`,
        [stranger],
      );
      expect(rows).toEqual([]);
    });

    it('refuse a signed callback Twilio would never send with 400', async () => {
      const res = await postTwilio(
        t.app,
        TwilioPath.Status,
        { AccountSid: account.accountSid, CallSid: twilioSid('CA'), CallStatus: 'exploded' },
        account.authToken,
      );
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'TWILIO_PAYLOAD_INVALID' });
    });
  });

  describe('inbound calls', () => {
    it("ring the rep's phone with recording, and land on a new lead for an unknown caller", async () => {
      const caller = randomBrazilianMobile();
      const callSid = twilioSid('CA');
      const parties = {
        accountSid: account.accountSid,
        callSid,
        from: caller,
        to: account.phoneNumber,
      };
      const answer = await postTwilio(
        t.app,
        TwilioPath.Inbound,
        twilioInboundCall(parties),
        account.authToken,
      );
      expect(answer.statusCode).toBe(200);
      expect(answer.headers['content-type']).toMatch(/^text\/xml/);
      expect(answer.body).toContain(
        `<Number statusCallback="${PUBLIC_BASE_URL}${TwilioPath.Status}"`,
      );
      expect(answer.body).toContain(`>${account.agentPhone}</Number>`);
      expect(answer.body).toContain('record="record-from-answer-dual"');
      expect(answer.body).toContain(
        `recordingStatusCallback="${PUBLIC_BASE_URL}${TwilioPath.Recording}"`,
      );

      // The rep's leg (a child of the call) reports whether anyone answered.
      const agentLeg = {
        accountSid: account.accountSid,
        callSid: twilioSid('CA'),
        from: caller,
        to: account.agentPhone,
        direction: 'outbound-dial' as const,
        parentCallSid: callSid,
      };
      await deliver([
        twilioCallStatus({ ...agentLeg, status: 'completed', durationSeconds: 45 }),
        twilioCallStatus({ ...agentLeg, status: 'in-progress' }),
        // The caller's own leg ends `completed` even when nobody answers: the rep's leg decides.
        twilioCallStatus({
          ...parties,
          direction: 'inbound',
          status: 'completed',
          durationSeconds: 70,
        }),
      ]);

      const stored = (await settledCalls(admin.organizationId)).filter(
        (c) => c.external_id === callSid,
      );
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({
        direction: 'inbound',
        status: 'delivered',
        content: 'Chamada atendida - Duração: 45s',
      });
      expect(stored[0]?.metadata).toMatchObject({
        caller_number: caller,
        called_number: account.phoneNumber,
        agent_phone: account.agentPhone,
        call_status: 'completed',
        duration_seconds: 45,
      });
      const [lead] = await adminQuery<{ phone: string; source: string; stage: string }>(
        'SELECT phone, source, stage FROM leads WHERE id = $1',
        [stored[0]?.lead_id],
      );
      expect(lead).toEqual({ phone: caller, source: 'phone', stage: 'lead' });
    });

    it("land on the caller's existing lead, and a rep who does not answer makes it a missed call", async () => {
      const lead = await createLead(t.app, admin, { phone: randomBrazilianMobile() });
      const callSid = twilioSid('CA');
      const parties = {
        accountSid: account.accountSid,
        callSid,
        from: lead.phone as string,
        to: account.phoneNumber,
      };
      await deliver([
        twilioCallStatus({
          accountSid: account.accountSid,
          callSid: twilioSid('CA'),
          from: lead.phone as string,
          to: account.agentPhone,
          direction: 'outbound-dial',
          parentCallSid: callSid,
          status: 'no-answer',
        }),
      ]);
      const inbound = await postTwilio(
        t.app,
        TwilioPath.Inbound,
        twilioInboundCall(parties),
        account.authToken,
      );
      expect(inbound.statusCode).toBe(200);
      const stored = (await settledCalls(admin.organizationId)).filter(
        (c) => c.external_id === callSid,
      );
      expect(stored).toEqual([
        expect.objectContaining({
          lead_id: lead.id,
          direction: 'inbound',
          status: 'failed',
          content: 'Chamada não atendida',
        }),
      ]);
    });
  });

  describe('isolation', () => {
    it("another organisation's account cannot write into this organisation's calls", async () => {
      const lead = await createLead(t.app, admin, { phone: randomBrazilianMobile() });
      const call = await placeCall(admin, lead);
      const callSid = call.external_id as string;
      const otherAdmin = await register(t.app);
      const other = await connectTwilio(t.app, otherAdmin, fake);

      // Signed correctly by the other account, naming this organisation's call.
      const foreign = await postTwilio(
        t.app,
        TwilioPath.Status,
        twilioCallStatus({
          accountSid: other.accountSid,
          callSid,
          from: '+5511900000000',
          to: call.metadata.called_number as string,
          status: 'completed',
          durationSeconds: 999,
        }),
        other.authToken,
      );
      expect(foreign.statusCode).toBe(200);
      // Naming this organisation's account, signed with the other one's token.
      const forged = await postTwilio(
        t.app,
        TwilioPath.Status,
        twilioCallStatus({
          accountSid: account.accountSid,
          callSid,
          from: '+5511900000000',
          to: call.metadata.called_number as string,
          status: 'completed',
          durationSeconds: 999,
        }),
        other.authToken,
      );
      expect(forged.statusCode).toBe(403);

      await settledCalls(otherAdmin.organizationId, 20_000).catch(() => undefined);
      const mine = (await callsOf(admin.organizationId)).find((c) => c.id === call.id);
      expect(mine).toMatchObject({ status: 'pending', content: 'Chamando…' });
      expect(mine?.metadata.duration_seconds).toBeNull();
      expect(await callsOf(otherAdmin.organizationId)).toEqual([]);
    });

    it('only admins connect, and another organisation cannot claim a connected account (409)', async () => {
      const otherAdmin = await register(t.app);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/integrations/twilio',
        headers: asMember(otherAdmin, otherAdmin.organizationId),
        payload: {
          account_sid: account.accountSid,
          auth_token: account.authToken,
          phone_number: account.phoneNumber,
          agent_phone: account.agentPhone,
        },
      });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'INTEGRATION_ACCOUNT_IN_USE' });
    });
  });
});
