import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Query,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Role, type ListEnvelope, type MemberResponse } from '@loved/shared';
import { ListQueryDto } from '../../core/http/list-query.dto';
import { ProblemDetailsDto } from '../../core/http/problem-details.dto';
import { Roles } from '../../core/tenancy/roles.decorator';
import { MemberDto, MemberListDto, UpdateMemberDto } from './dto/member.dto';
import { MembersService } from './members.service';

@ApiTags('members')
@Controller('members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get()
  @ApiOperation({ summary: 'Members of the current organisation, in the order they joined' })
  @ApiOkResponse({ type: MemberListDto })
  list(@Query() query: ListQueryDto): Promise<ListEnvelope<MemberResponse>> {
    return this.members.list(query.cursor, query.limit);
  }

  @Patch(':userId')
  @Roles(Role.Admin)
  @ApiOperation({ summary: "Change a member's role (admin); the last admin cannot be demoted" })
  @ApiOkResponse({ type: MemberDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: 'LAST_ADMIN' })
  changeRole(
    @Param('userId', ParseUUIDPipe) userId: string,
    @Body() body: UpdateMemberDto,
  ): Promise<MemberResponse> {
    return this.members.changeRole(userId, body.role);
  }

  @Delete(':userId')
  @Roles(Role.Admin)
  @HttpCode(204)
  @ApiOperation({
    summary: 'Remove a member (admin); never the last admin. Takes effect on their next request',
  })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemDetailsDto })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: 'LAST_ADMIN' })
  remove(@Param('userId', ParseUUIDPipe) userId: string): Promise<void> {
    return this.members.remove(userId);
  }
}
