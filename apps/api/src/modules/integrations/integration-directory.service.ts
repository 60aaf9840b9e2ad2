import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { IntegrationProvider, IntegrationStatus } from '@loved/shared';
import { CredentialsCipher } from '../../core/crypto/credentials-cipher';
import { credentialsContext } from './integration-credentials.util';

/** The integration that owns a provider account, found before any organisation is known. */
export type RoutedIntegration<Credentials> = {
  organizationId: string;
  integrationId: string;
  status: IntegrationStatus;
  credentials: Credentials;
};

type AccountRow = {
  organization_id: string;
  id: string;
  status: IntegrationStatus;
  encrypted_credentials: Buffer | null;
  credentials_key_id: string | null;
};

/** Short enough that another instance's reconnect is seen quickly, long enough to spare a burst. */
const CACHE_TTL_MS = 5_000;

export const hashVerifyToken = (token: string): string =>
  createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * The webhooks' only cross-tenant reads, through SECURITY DEFINER functions that return the
 * owning organisation of an account and nothing else. Lookups are cached briefly per process
 * (a webhook burst for one number costs one query), and dropped here on every change.
 */
@Injectable()
export class IntegrationDirectory {
  private readonly cache = new Map<string, { at: number; row: AccountRow | null }>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: CredentialsCipher,
  ) {}

  async forAccount<Credentials>(
    provider: IntegrationProvider,
    accountId: string,
  ): Promise<RoutedIntegration<Credentials> | null> {
    const row = await this.accountRow(provider, accountId);
    if (!row?.encrypted_credentials || !row.credentials_key_id) return null;
    return {
      organizationId: row.organization_id,
      integrationId: row.id,
      status: row.status,
      credentials: this.cipher.open<Credentials>(
        row.encrypted_credentials,
        row.credentials_key_id,
        credentialsContext(row.organization_id, provider),
      ),
    };
  }

  /** The organisation holding `accountId`, if any (connecting refuses an account in use). */
  async ownerOf(provider: IntegrationProvider, accountId: string): Promise<string | null> {
    this.forget(provider, accountId);
    return (await this.accountRow(provider, accountId))?.organization_id ?? null;
  }

  async verifyTokenKnown(provider: IntegrationProvider, token: string): Promise<boolean> {
    const [row] = await this.dataSource.query<Array<{ known: boolean }>>(
      'SELECT app_integration_verify_token_known($1, $2) AS known',
      [provider, hashVerifyToken(token)],
    );
    return row?.known === true;
  }

  forget(provider: IntegrationProvider, accountId: string): void {
    this.cache.delete(`${provider}:${accountId}`);
  }

  private async accountRow(
    provider: IntegrationProvider,
    accountId: string,
  ): Promise<AccountRow | null> {
    const key = `${provider}:${accountId}`;
    const cached = this.cache.get(key);
    if (cached && Date.now() - cached.at < CACHE_TTL_MS) return cached.row;
    const [row] = await this.dataSource.query<AccountRow[]>(
      'SELECT * FROM app_integration_for_account($1, $2)',
      [provider, accountId],
    );
    this.cache.set(key, { at: Date.now(), row: row ?? null });
    return row ?? null;
  }
}
