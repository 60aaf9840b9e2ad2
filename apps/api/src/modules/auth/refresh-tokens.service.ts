import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type Repository } from 'typeorm';
import { generateOpaqueToken, sha256Hex } from '../../core/crypto/opaque-token';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import { AuthErrorCode, AuthException } from './auth.exception';
import { RefreshTokenEntity } from './refresh-token.entity';

const REFRESH_TOKEN_TTL_MS = 30 * 86_400_000;

type StoredToken = { id: string; userId: string; familyId: string; expiresAt: Date };
type LookupRow = { id: string; user_id: string; family_id: string; expires_at: Date };
type Rotation = { outcome: 'rotated'; token: string } | { outcome: 'reused' | 'expired' };

/**
 * Refresh tokens are user rows, not tenant rows. Each use rotates the token; presenting a
 * rotated one again revokes its whole family (the sign of a stolen token). Row-Level Security
 * lets the application touch only the tokens of `app.user_id`, so a token is first found by
 * its hash through the database's SECURITY DEFINER lookup, then handled as its user.
 */
@Injectable()
export class RefreshTokensService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tenant: TenantContextService,
  ) {}

  private get tokens(): Repository<RefreshTokenEntity> {
    return this.tenant.manager.getRepository(RefreshTokenEntity);
  }

  issue(userId: string, familyId: string = randomUUID()): Promise<{ token: string; id: string }> {
    return this.tenant.runAsUser(userId, async () => {
      const token = generateOpaqueToken();
      const row = await this.tokens.save(
        this.tokens.create({
          userId,
          familyId,
          tokenHash: sha256Hex(token),
          expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_MS),
          revokedAt: null,
          replacedById: null,
        }),
      );
      return { token, id: row.id };
    });
  }

  /** Spends `token` and answers its user with a fresh token of the same family. */
  async rotate(token: string): Promise<{ userId: string; token: string }> {
    const current = await this.lookup(token);
    if (!current) throw invalidRefresh();
    // Decided inside the transaction, thrown after it: a reuse must commit the family's revocation.
    const rotation = await this.tenant.runAsUser(current.userId, async (): Promise<Rotation> => {
      // Atomic: of two concurrent uses, only one finds the token unrevoked.
      const spent = await this.tokens.update(
        { id: current.id, revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      if (spent.affected !== 1) {
        await this.revokeFamily(current.familyId);
        return { outcome: 'reused' };
      }
      if (current.expiresAt.getTime() < Date.now()) return { outcome: 'expired' };
      const next = await this.issue(current.userId, current.familyId);
      await this.tokens.update({ id: current.id }, { replacedById: next.id });
      return { outcome: 'rotated', token: next.token };
    });
    if (rotation.outcome !== 'rotated') throw invalidRefresh();
    return { userId: current.userId, token: rotation.token };
  }

  async revoke(token: string): Promise<void> {
    const current = await this.lookup(token);
    if (current)
      await this.tenant.runAsUser(current.userId, () => this.revokeFamily(current.familyId));
  }

  private async lookup(token: string): Promise<StoredToken | null> {
    const [row] = await (this.tenant.optionalManager ?? this.dataSource.manager).query<LookupRow[]>(
      'SELECT * FROM app_refresh_token_lookup($1)',
      [sha256Hex(token)],
    );
    return row
      ? { id: row.id, userId: row.user_id, familyId: row.family_id, expiresAt: row.expires_at }
      : null;
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.tokens.update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}

const invalidRefresh = (): AuthException =>
  new AuthException(AuthErrorCode.InvalidRefreshToken, 'Session expired. Sign in again.');
