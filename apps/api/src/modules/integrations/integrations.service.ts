import { Injectable } from '@nestjs/common';
import { IntegrationStatus, type IntegrationError, type IntegrationProvider } from '@loved/shared';
import { CredentialsCipher } from '../../core/crypto/credentials-cipher';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import { credentialsContext } from './integration-credentials.util';
import { IntegrationDirectory } from './integration-directory.service';
import { IntegrationEntity } from './integration.entity';
import { IntegrationException } from './integration.exception';

export type ConnectIntegration = {
  provider: IntegrationProvider;
  /** The provider's id of the account (WhatsApp phone number id, Twilio AccountSid). */
  accountId: string;
  credentials: object;
  settings: Record<string, string | null>;
  verifyTokenHash?: string | null;
};

/**
 * The current organisation's integrations: connect (sealing the secrets), read, disconnect,
 * and the state changes providers cause (a refused token). One per provider per organisation.
 */
@Injectable()
export class IntegrationsService {
  constructor(
    private readonly tenant: TenantContextService,
    @InjectTenantRepository(IntegrationEntity)
    private readonly integrations: TenantScopedRepository<IntegrationEntity>,
    private readonly cipher: CredentialsCipher,
    private readonly directory: IntegrationDirectory,
  ) {}

  find(provider: IntegrationProvider): Promise<IntegrationEntity | null> {
    return this.integrations.findOneBy({ provider });
  }

  /** Providers the organisation has an `active` integration with. */
  async activeProviders(): Promise<IntegrationProvider[]> {
    const active = await this.integrations.findBy({ status: IntegrationStatus.Active });
    return active.map((integration) => integration.provider).sort();
  }

  /** The integration if it may be used now (`active`), else null. */
  async findActive(provider: IntegrationProvider): Promise<IntegrationEntity | null> {
    const integration = await this.find(provider);
    return integration?.status === IntegrationStatus.Active ? integration : null;
  }

  credentials<Credentials>(integration: IntegrationEntity): Credentials {
    if (!integration.encryptedCredentials || !integration.credentialsKeyId) {
      throw new Error(`integration ${integration.id} has no credentials (disconnected)`);
    }
    return this.cipher.open<Credentials>(
      integration.encryptedCredentials,
      integration.credentialsKeyId,
      credentialsContext(integration.organizationId, integration.provider),
    );
  }

  /** Connects or reconnects; `created` is false when an earlier record was replaced. */
  async connect(
    input: ConnectIntegration,
  ): Promise<{ integration: IntegrationEntity; created: boolean }> {
    // Serialises connecting one account, so two organisations cannot both claim it.
    await this.tenant.manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `integration-account:${input.provider}:${input.accountId}`,
    ]);
    const owner = await this.directory.ownerOf(input.provider, input.accountId);
    if (owner && owner !== this.tenant.organizationId) throw IntegrationException.accountInUse();

    const existing = await this.find(input.provider);
    if (existing?.accountId) this.directory.forget(input.provider, existing.accountId);
    const sealed = this.cipher.seal(
      input.credentials,
      credentialsContext(this.tenant.organizationId, input.provider),
    );
    const integration =
      existing ?? this.integrations.create({ provider: input.provider, settings: {} });
    Object.assign(integration, {
      status: IntegrationStatus.Active,
      accountId: input.accountId,
      encryptedCredentials: sealed.sealed,
      credentialsKeyId: sealed.keyId,
      verifyTokenHash: input.verifyTokenHash ?? null,
      settings: input.settings,
      lastError: null,
      connectedByUserId: this.tenant.userId ?? null,
      connectedAt: new Date(),
    });
    const saved = await this.integrations.save(integration);
    this.tenant.afterCommit(() => this.directory.forget(input.provider, input.accountId));
    return { integration: saved, created: !existing };
  }

  /** Forgets the secrets and stops routing the account's webhooks here; the record stays. */
  async disconnect(provider: IntegrationProvider): Promise<void> {
    const integration = await this.find(provider);
    if (!integration || integration.status === IntegrationStatus.Disconnected) return;
    const accountId = integration.accountId;
    Object.assign(integration, {
      status: IntegrationStatus.Disconnected,
      encryptedCredentials: null,
      credentialsKeyId: null,
      verifyTokenHash: null,
      lastError: null,
    });
    await this.integrations.save(integration);
    if (accountId) this.tenant.afterCommit(() => this.directory.forget(provider, accountId));
  }

  /**
   * Seals new credentials over an active integration's (a refreshed OAuth2 token), leaving
   * status, account and settings alone.
   */
  async replaceCredentials(provider: IntegrationProvider, credentials: object): Promise<void> {
    const integration = await this.find(provider);
    if (!integration || integration.status !== IntegrationStatus.Active) return;
    const sealed = this.cipher.seal(
      credentials,
      credentialsContext(this.tenant.organizationId, provider),
    );
    integration.encryptedCredentials = sealed.sealed;
    integration.credentialsKeyId = sealed.keyId;
    await this.integrations.save(integration);
  }

  /** Merges `patch` into the integration's settings (e.g. a mailbox's sync position). */
  async updateSettings(
    provider: IntegrationProvider,
    patch: Record<string, string | null>,
  ): Promise<void> {
    const integration = await this.find(provider);
    if (!integration) return;
    integration.settings = { ...integration.settings, ...patch };
    await this.integrations.save(integration);
  }

  /** The provider refused the credentials: keep them, but show the admin they must reconnect. */
  async markNeedsReauth(
    integrationId: string,
    error: Omit<IntegrationError, 'occurred_at'>,
  ): Promise<void> {
    const integration = await this.integrations.findOneBy({ id: integrationId });
    if (!integration || integration.status !== IntegrationStatus.Active) return;
    integration.status = IntegrationStatus.NeedsReauth;
    integration.lastError = { ...error, occurred_at: new Date().toISOString() };
    await this.integrations.save(integration);
  }
}
