import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { IntegrationProvider } from '@loved/shared';
import {
  IntegrationDirectory,
  type RoutedIntegration,
} from '../../integrations/integration-directory.service';
import { WebhookInboxService } from '../../integrations/inbox/webhook-inbox.service';
import type { WhatsAppCredentials } from '../whatsapp-credentials.type';
import { WhatsAppException } from '../whatsapp.exception';
import { isValidWhatsAppSignature } from './whatsapp-signature.util';
import {
  countUpdates,
  phoneNumberIdsOf,
  readWebhookPayload,
  splitByPhoneNumberId,
} from './whatsapp-payload.util';

/**
 * Receives a webhook: finds the organisation of every phone number id in it, verifies the
 * signature with the app secret of each, and stores each organisation's part durably (the
 * parts of numbers nobody connected are kept as unroutable). Nothing is stored unless every
 * known owner's secret verifies the raw bytes.
 */
@Injectable()
export class WhatsAppWebhookIntakeService {
  constructor(
    private readonly directory: IntegrationDirectory,
    private readonly inbox: WebhookInboxService,
  ) {}

  async verify(mode: unknown, token: unknown, challenge: unknown): Promise<string> {
    if (mode !== 'subscribe' || typeof token !== 'string' || typeof challenge !== 'string') {
      throw WhatsAppException.verificationFailed();
    }
    if (!(await this.directory.verifyTokenKnown(IntegrationProvider.WhatsApp, token))) {
      throw WhatsAppException.verificationFailed();
    }
    return challenge;
  }

  async receive(
    rawBody: Buffer | undefined,
    body: unknown,
    signature: string | undefined,
  ): Promise<void> {
    const payload = readWebhookPayload(body);
    if (!payload || !rawBody) throw WhatsAppException.payloadInvalid();
    const phoneNumberIds = phoneNumberIdsOf(payload);
    const owners = new Map<string, RoutedIntegration<WhatsAppCredentials>>();
    for (const id of phoneNumberIds) {
      const owner = await this.directory.forAccount<WhatsAppCredentials>(
        IntegrationProvider.WhatsApp,
        id,
      );
      if (owner) owners.set(id, owner);
    }
    for (const owner of owners.values()) {
      if (!isValidWhatsAppSignature(rawBody, signature, owner.credentials.app_secret)) {
        throw WhatsAppException.invalidSignature();
      }
    }

    const delivery = createHash('sha256').update(rawBody).digest('hex');
    const parts =
      phoneNumberIds.length > 0 ? splitByPhoneNumberId(payload) : new Map([['none', payload]]);
    for (const [phoneNumberId, part] of parts) {
      await this.inbox.accept({
        provider: IntegrationProvider.WhatsApp,
        eventKey: `${delivery}:${phoneNumberId}`,
        organizationId: owners.get(phoneNumberId)?.organizationId ?? null,
        payload: part as unknown as Record<string, unknown>,
        updateCount: countUpdates(part),
      });
    }
  }
}
