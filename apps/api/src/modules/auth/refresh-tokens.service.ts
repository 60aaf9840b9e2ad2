import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { generateOpaqueToken, sha256Hex } from '../../core/crypto/opaque-token';
import { AuthErrorCode, AuthException } from './auth.exception';
import { RefreshTokenEntity } from './refresh-token.entity';

const REFRESH_TOKEN_TTL_MS = 30 * 86_400_000;

/**
 * Refresh tokens are user rows, not tenant rows. Each use rotates the token; presenting a
 * rotated one again revokes its whole family (the sign of a stolen token).
 */
@Injectable()
export class RefreshTokensService {
  constructor(private readonly dataSource: DataSource) {}

  private get tokens() {
    return this.dataSource.getRepository(RefreshTokenEntity);
  }

  async issue(
    userId: string,
    familyId: string = randomUUID(),
  ): Promise<{ token: string; id: string }> {
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
  }

  /** Spends `token` and answers its user with a fresh token of the same family. */
  async rotate(token: string): Promise<{ userId: string; token: string }> {
    const current = await this.tokens.findOneBy({ tokenHash: sha256Hex(token) });
    if (!current) throw invalidRefresh();
    // Atomic: of two concurrent uses, only one finds the token unrevoked.
    const spent = await this.tokens.update(
      { id: current.id, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    if (spent.affected !== 1) {
      await this.revokeFamily(current.familyId);
      throw invalidRefresh();
    }
    if (current.expiresAt.getTime() < Date.now()) throw invalidRefresh();
    const next = await this.issue(current.userId, current.familyId);
    await this.tokens.update({ id: current.id }, { replacedById: next.id });
    return { userId: current.userId, token: next.token };
  }

  async revoke(token: string): Promise<void> {
    const current = await this.tokens.findOneBy({ tokenHash: sha256Hex(token) });
    if (current) await this.revokeFamily(current.familyId);
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.tokens.update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}

const invalidRefresh = (): AuthException =>
  new AuthException(AuthErrorCode.InvalidRefreshToken, 'Sessão expirada. Entre novamente.');
