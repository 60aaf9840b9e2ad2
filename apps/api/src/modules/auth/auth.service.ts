import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { AuthResponse, MeResponse, MembershipResponse } from '@loved/shared';
import {
  ACCESS_TOKEN_TTL_SECONDS,
  type AccessTokenClaims,
} from '../../core/auth/access-token.type';
import { verifyAgainstDummy, verifyPassword } from '../../core/crypto/password-hasher';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import { InvitationsService } from '../organizations/invitations.service';
import { OrganizationsService } from '../organizations/organizations.service';
import type { UserEntity } from '../users/user.entity';
import { toUserResponse } from '../users/user.mapper';
import { normalizeEmail, UsersService } from '../users/users.service';
import { AuthErrorCode, AuthException } from './auth.exception';
import type { LoginDto, RegisterDto } from './dto/auth.dto';
import { LoginRateLimitService } from './login-rate-limit.service';
import { RefreshTokensService } from './refresh-tokens.service';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly organizations: OrganizationsService,
    private readonly invitations: InvitationsService,
    private readonly refreshTokens: RefreshTokensService,
    private readonly jwt: JwtService,
    private readonly loginRateLimit: LoginRateLimitService,
    private readonly tenant: TenantContextService,
  ) {}

  /** Creates the user and, in the same transaction, their organisation or invited membership. */
  async register(input: RegisterDto): Promise<AuthResponse> {
    const user = await this.tenant.runAsUser(undefined, async () => {
      const created = await this.users.create(input);
      // The rest runs as the new user: RLS shows them their own row and memberships.
      return this.tenant.runAsUser(created.id, async () => {
        if (input.organization_name)
          await this.organizations.create(input.organization_name, created.id);
        if (input.invitation_token)
          await this.invitations.accept(input.invitation_token, created.id);
        return created;
      });
    });
    return this.session(user);
  }

  async login(input: LoginDto, ip: string): Promise<AuthResponse> {
    const email = normalizeEmail(input.email);
    await this.loginRateLimit.admit(email, ip);

    const credentials = await this.users.findCredentialsByEmail(email);
    const valid = credentials
      ? await verifyPassword(credentials.passwordHash, input.password)
      : await verifyAgainstDummy(input.password);
    if (!credentials || !valid) {
      // Unknown e-mail and wrong password get the same answer.
      throw new AuthException(AuthErrorCode.InvalidCredentials, 'Wrong e-mail or password.');
    }
    await this.loginRateLimit.succeeded(email, ip);
    return this.session(credentials.user);
  }

  async refresh(refreshToken: string): Promise<AuthResponse> {
    const { userId, token } = await this.refreshTokens.rotate(refreshToken);
    return this.tenant.runAsUser(userId, async () => {
      const user = await this.users.findById(userId);
      if (!user) throw new AuthException(AuthErrorCode.InvalidRefreshToken, SESSION_EXPIRED);
      return this.sessionWith(user, token);
    });
  }

  logout(refreshToken: string): Promise<void> {
    return this.refreshTokens.revoke(refreshToken);
  }

  async me(userId: string): Promise<MeResponse> {
    const user = await this.users.requireById(userId);
    return {
      user: toUserResponse(user),
      memberships: await this.organizations.membershipsOf(userId),
    };
  }

  private async session(user: UserEntity): Promise<AuthResponse> {
    const { token } = await this.refreshTokens.issue(user.id);
    return this.sessionWith(user, token);
  }

  private async sessionWith(user: UserEntity, refreshToken: string): Promise<AuthResponse> {
    const memberships = await this.organizations.membershipsOf(user.id);
    return {
      access_token: await this.signAccessToken(user.id, memberships),
      token_type: 'Bearer',
      expires_in: ACCESS_TOKEN_TTL_SECONDS,
      refresh_token: refreshToken,
      user: toUserResponse(user),
      memberships,
    };
  }

  private signAccessToken(userId: string, memberships: MembershipResponse[]): Promise<string> {
    const claims: AccessTokenClaims = {
      sub: userId,
      memberships: memberships.map((m) => ({ organization_id: m.organization_id, role: m.role })),
    };
    return this.jwt.signAsync(claims);
  }
}

const SESSION_EXPIRED = 'Session expired. Sign in again.';
