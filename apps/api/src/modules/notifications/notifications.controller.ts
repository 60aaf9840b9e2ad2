import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type {
  ListEnvelope,
  MarkAllNotificationsReadResponse,
  NotificationResponse,
  NotificationSettings,
  NotificationUnreadCountResponse,
} from '@loved/shared';
import { ProblemDetailsDto } from '../../core/http/problem-details.dto';
import {
  MarkAllNotificationsReadDto,
  NotificationDto,
  NotificationListDto,
  NotificationListQueryDto,
  NotificationSettingsDto,
  NotificationUnreadCountDto,
} from './dto/notification.dto';
import { NotificationInboxService } from './notification-inbox.service';
import { NotificationSettingsService } from './notification-settings.service';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly inbox: NotificationInboxService,
    private readonly settings: NotificationSettingsService,
  ) {}

  @Get()
  @ApiOperation({ summary: "The caller's notifications in this organization, newest first" })
  @ApiOkResponse({ type: NotificationListDto })
  list(@Query() query: NotificationListQueryDto): Promise<ListEnvelope<NotificationResponse>> {
    return this.inbox.list({
      cursor: query.cursor,
      limit: query.limit,
      unreadOnly: query.unread === 'true',
    });
  }

  @Get('unread-count')
  @ApiOperation({ summary: "How many of the caller's notifications are unread" })
  @ApiOkResponse({ type: NotificationUnreadCountDto })
  unreadCount(): Promise<NotificationUnreadCountResponse> {
    return this.inbox.unreadCount();
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: "Mark all of the caller's notifications read" })
  @ApiOkResponse({ type: MarkAllNotificationsReadDto })
  markAllRead(): Promise<MarkAllNotificationsReadResponse> {
    return this.inbox.markAllRead();
  }

  @Get('settings')
  @ApiOperation({ summary: 'The kinds of notification the caller muted' })
  @ApiOkResponse({ type: NotificationSettingsDto })
  getSettings(): Promise<NotificationSettings> {
    return this.settings.get();
  }

  @Put('settings')
  @ApiOperation({ summary: 'Replace the kinds of notification the caller muted' })
  @ApiOkResponse({ type: NotificationSettingsDto })
  @ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'An unknown kind' })
  putSettings(@Body() body: NotificationSettingsDto): Promise<NotificationSettings> {
    return this.settings.put(body);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one of your notifications read' })
  @ApiOkResponse({ type: NotificationDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'NOTIFICATION_NOT_FOUND' })
  markRead(@Param('id', ParseUUIDPipe) id: string): Promise<NotificationResponse> {
    return this.inbox.markRead(id);
  }
}
