import { Global, Module, type DynamicModule, type Type } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ACCESS_TOKEN_TTL_SECONDS } from '../auth/access-token.type';
import { ApiKeyAuthenticatorService } from '../auth/api-key-authenticator.service';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { JwtStrategy } from '../auth/jwt.strategy';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { TenantContextService } from './tenant-context.service';
import { TenantGuard } from './tenant.guard';
import { TenantTransactionInterceptor } from './tenant-transaction.interceptor';

/**
 * Authentication and tenancy for every route: JWT first, then the organisation, then one
 * transaction per tenant request. Order of the guards matters and is the order below.
 */
@Global()
@Module({})
export class TenancyModule {
  /** `directory` is the module that provides the `MembershipDirectory` (organisations). */
  static forRoot(directory: Type): DynamicModule {
    return {
      module: TenancyModule,
      imports: [
        directory,
        PassportModule,
        JwtModule.registerAsync({
          global: true,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            secret: config.jwtSecret,
            signOptions: { algorithm: 'HS256', expiresIn: ACCESS_TOKEN_TTL_SECONDS },
            verifyOptions: { algorithms: ['HS256'] },
          }),
        }),
      ],
      providers: [
        JwtStrategy,
        ApiKeyAuthenticatorService,
        TenantContextService,
        IdempotencyService,
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_GUARD, useClass: TenantGuard },
        { provide: APP_INTERCEPTOR, useClass: TenantTransactionInterceptor },
      ],
      exports: [TenantContextService],
    };
  }
}
