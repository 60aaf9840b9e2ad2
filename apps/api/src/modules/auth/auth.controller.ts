import { Body, Controller, HttpCode, Ip, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { AuthResponse } from '@loved/shared';
import { Public } from '../../core/auth/public.decorator';
import { ProblemDetailsDto } from '../../core/http/problem-details.dto';
import { AuthService } from './auth.service';
import { AuthResponseDto, LoginDto, LogoutDto, RefreshDto, RegisterDto } from './dto/auth.dto';

@ApiTags('auth')
@Public()
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('register')
  @ApiOperation({
    summary: 'Create an account, optionally with a new organisation or an invitation',
  })
  @ApiCreatedResponse({ type: AuthResponseDto })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: 'EMAIL_TAKEN' })
  register(@Body() body: RegisterDto): Promise<AuthResponse> {
    return this.auth.register(body);
  }

  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with e-mail and password' })
  @ApiOkResponse({ type: AuthResponseDto })
  @ApiUnauthorizedResponse({
    type: ProblemDetailsDto,
    description: 'INVALID_CREDENTIALS (same for unknown e-mail)',
  })
  @ApiTooManyRequestsResponse({
    type: ProblemDetailsDto,
    description: 'TOO_MANY_ATTEMPTS, with Retry-After',
  })
  login(@Body() body: LoginDto, @Ip() ip: string): Promise<AuthResponse> {
    return this.auth.login(body, ip);
  }

  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Trade a refresh token for new tokens (the old one stops working)' })
  @ApiOkResponse({ type: AuthResponseDto })
  @ApiUnauthorizedResponse({
    type: ProblemDetailsDto,
    description: 'INVALID_REFRESH_TOKEN; reuse revokes the family',
  })
  refresh(@Body() body: RefreshDto): Promise<AuthResponse> {
    return this.auth.refresh(body.refresh_token);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke the refresh token (and its family)' })
  @ApiNoContentResponse()
  logout(@Body() body: LogoutDto): Promise<void> {
    return this.auth.logout(body.refresh_token);
  }
}
