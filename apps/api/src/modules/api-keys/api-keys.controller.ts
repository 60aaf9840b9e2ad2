import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  Role,
  type ApiKeyResponse,
  type CreatedApiKeyResponse,
  type ListEnvelope,
} from '@loved/shared';
import { ProblemDetailsDto } from '../../core/http/problem-details.dto';
import { Roles } from '../../core/tenancy/roles.decorator';
import { ApiKeysService } from './api-keys.service';
import { ApiKeyListDto, CreatedApiKeyDto, CreateApiKeyDto } from './dto/api-key.dto';

/** Organisation admins manage keys; keys themselves cannot (no scope opens these routes). */
@ApiTags('api-keys')
@Controller('api-keys')
@Roles(Role.Admin)
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Get()
  @ApiOperation({ summary: "The organisation's live API keys, newest first (admin)" })
  @ApiOkResponse({ type: ApiKeyListDto })
  list(): Promise<ListEnvelope<ApiKeyResponse>> {
    return this.keys.list();
  }

  @Post()
  @ApiOperation({
    summary: 'Issue an API key (admin); the answer carries the secret, shown only this once',
  })
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  @ApiUnprocessableEntityResponse({
    type: ProblemDetailsDto,
    description: 'API_KEY_EXPIRY_IN_PAST',
  })
  create(@Body() body: CreateApiKeyDto): Promise<CreatedApiKeyResponse> {
    return this.keys.create(body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke an API key (admin): its next request fails' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'API_KEY_NOT_FOUND' })
  async revoke(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.keys.revoke(id);
  }
}
