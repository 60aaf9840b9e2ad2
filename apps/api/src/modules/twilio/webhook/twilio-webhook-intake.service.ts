import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import twilio from 'twilio';
import { IntegrationProvider } from '@loved/shared';
import { TenantContextService } from '../../../core/tenancy/tenant-context.service';
import {
  IntegrationDirectory,
  type RoutedIntegration,
} from '../../integrations/integration-directory.service';
import { IntegrationsService } from '../../integrations/integrations.service';
import { WebhookInboxService } from '../../integrations/inbox/webhook-inbox.service';
import { readCallFact } from '../calls/call-fact.util';
import type { TwilioCredentials, TwilioSettings } from '../twilio-credentials.type';
import { TwilioException } from '../twilio.exception';
import type { TwilioCallbackKind, TwilioParams } from './twilio-callback.type';

/** A verified and stored webhook, with the organisation it belongs to. */
export type AcceptedCallback = {
  owner: RoutedIntegration<TwilioCredentials>;
  params: Record<string, string>;
};

/**
 * Receives Twilio's voice webhooks: finds the organisation by `AccountSid`, checks
 * `X-Twilio-Signature` with that account's auth token (through the `twilio` package's validator)
 * against the public URL Twilio called, then stores the callback in the durable inbox. An
 * unknown account or a bad signature is refused with 403 and nothing is stored.
 */
@Injectable()
export class TwilioWebhookIntakeService {
  constructor(
    private readonly directory: IntegrationDirectory,
    private readonly inbox: WebhookInboxService,
    private readonly tenant: TenantContextService,
    private readonly integrations: IntegrationsService,
  ) {}

  async receive(
    kind: TwilioCallbackKind,
    publicUrl: string,
    body: unknown,
    signature: string | undefined,
  ): Promise<AcceptedCallback> {
    const form = formOf(body);
    const owner = await this.verify(publicUrl, form, signature);
    const params = singleValued(form);
    // Refuses what Twilio never sends (no CallSid, an unknown status) before storing anything.
    readCallFact(kind, params, new Date());
    await this.inbox.accept({
      provider: IntegrationProvider.Twilio,
      eventKey: `${kind}:${params.CallSid}:${fingerprint(params)}`,
      organizationId: owner.organizationId,
      payload: { kind, params },
      updateCount: 1,
    });
    return { owner, params };
  }

  /** The settings of the organisation an inbound call is for (its rep's phone). */
  settingsOf(owner: RoutedIntegration<TwilioCredentials>): Promise<TwilioSettings | null> {
    return this.tenant.run({ organizationId: owner.organizationId }, async () => {
      const integration = await this.integrations.find(IntegrationProvider.Twilio);
      return (integration?.settings as TwilioSettings | undefined) ?? null;
    });
  }

  private async verify(
    publicUrl: string,
    form: TwilioParams,
    signature: string | undefined,
  ): Promise<RoutedIntegration<TwilioCredentials>> {
    const accountSid = form.AccountSid;
    if (typeof accountSid !== 'string' || !signature) throw TwilioException.invalidSignature();
    const owner = await this.directory.forAccount<TwilioCredentials>(
      IntegrationProvider.Twilio,
      accountSid,
    );
    if (
      !owner ||
      !twilio.validateRequest(owner.credentials.auth_token, signature, publicUrl, form)
    ) {
      throw TwilioException.invalidSignature();
    }
    return owner;
  }
}

function formOf(body: unknown): TwilioParams {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw TwilioException.invalidSignature();
  }
  return body as TwilioParams;
}

/** Twilio's voice callbacks never repeat a field; one that does is not theirs. */
function singleValued(form: TwilioParams): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(form)) {
    if (typeof value !== 'string') {
      throw TwilioException.payloadInvalid(`${name} must appear once`);
    }
    params[name] = value;
  }
  return params;
}

/** Same callback, same key: Twilio's retry of a delivery stores nothing new. */
function fingerprint(params: Record<string, string>): string {
  const canonical = Object.keys(params)
    .sort()
    .map((name) => `${name}=${params[name]}`)
    .join('&');
  return createHash('sha256').update(canonical).digest('hex');
}
