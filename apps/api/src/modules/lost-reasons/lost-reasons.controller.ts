import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiKeyScope, Role, type ListEnvelope, type LostReason } from '@loved/shared';
import { ApiKeyScopeRequired } from '../../core/auth/api-key-scope.decorator';
import { ProblemDetailsDto } from '../../core/http/problem-details.dto';
import { Roles } from '../../core/tenancy/roles.decorator';
import {
  CreateLostReasonDto,
  LostReasonDto,
  LostReasonListDto,
  UpdateLostReasonDto,
} from './dto/lost-reason.dto';
import { LostReasonsService } from './lost-reasons.service';

@ApiTags('leads')
@Controller('lost-reasons')
export class LostReasonsController {
  constructor(private readonly reasons: LostReasonsService) {}

  @Get()
  @ApiKeyScopeRequired(ApiKeyScope.LeadsRead)
  @ApiOperation({ summary: "The organisation's reasons a deal is lost, in order" })
  @ApiOkResponse({ type: LostReasonListDto })
  list(): Promise<ListEnvelope<LostReason>> {
    return this.reasons.list();
  }

  @Post()
  @Roles(Role.Admin, Role.Manager)
  @ApiOperation({ summary: 'Add a lost reason at the end of the list (manager or admin)' })
  @ApiCreatedResponse({ type: LostReasonDto })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: 'LOST_REASON_EXISTS' })
  create(@Body() body: CreateLostReasonDto): Promise<LostReason> {
    return this.reasons.create(body);
  }

  @Patch(':id')
  @Roles(Role.Admin, Role.Manager)
  @ApiOperation({ summary: 'Rename or reorder a lost reason (manager or admin)' })
  @ApiOkResponse({ type: LostReasonDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: 'LOST_REASON_EXISTS' })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateLostReasonDto,
  ): Promise<LostReason> {
    return this.reasons.update(id, body);
  }

  @Delete(':id')
  @Roles(Role.Admin, Role.Manager)
  @HttpCode(204)
  @ApiOperation({
    summary: 'Remove a lost reason (manager or admin); leads lost for it keep the label',
  })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemDetailsDto })
  async remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.reasons.remove(id);
  }
}
