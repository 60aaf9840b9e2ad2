import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginRateLimitService } from './login-rate-limit.service';
import { MeController } from './me.controller';
import { RefreshTokensService } from './refresh-tokens.service';

@Module({
  imports: [UsersModule, OrganizationsModule],
  controllers: [AuthController, MeController],
  providers: [AuthService, LoginRateLimitService, RefreshTokensService],
  exports: [AuthService],
})
export class AuthModule {}
