import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MeResponse } from '@loved/shared';
import { OrganizationFree } from '../../core/auth/public.decorator';
import { CurrentUserId } from '../../core/tenancy/current-tenant.decorator';
import { AuthService } from './auth.service';
import { MeResponseDto } from './dto/auth.dto';

@ApiTags('auth')
@Controller('me')
export class MeController {
  constructor(private readonly auth: AuthService) {}

  @Get()
  @OrganizationFree()
  @ApiOperation({ summary: 'The signed-in user and the organisations they belong to' })
  @ApiOkResponse({ type: MeResponseDto })
  me(@CurrentUserId() userId: string): Promise<MeResponse> {
    return this.auth.me(userId);
  }
}
