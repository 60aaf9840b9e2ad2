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
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { ListEnvelope, SavedFilter } from '@loved/shared';
import { ProblemDetailsDto } from '../../core/http/problem-details.dto';
import { CreateSavedFilterDto, SavedFilterDto, SavedFilterListDto } from './dto/saved-filter.dto';
import { SavedFiltersService } from './saved-filters.service';

@ApiTags('leads')
@Controller('saved-filters')
export class SavedFiltersController {
  constructor(private readonly filters: SavedFiltersService) {}

  @Get()
  @ApiOperation({ summary: "The caller's saved filters of the board and list, by name" })
  @ApiOkResponse({ type: SavedFilterListDto })
  list(): Promise<ListEnvelope<SavedFilter>> {
    return this.filters.list();
  }

  @Post()
  @ApiOperation({ summary: 'Save the current filters under a name (per user)' })
  @ApiCreatedResponse({ type: SavedFilterDto })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: 'SAVED_FILTER_EXISTS' })
  create(@Body() body: CreateSavedFilterDto): Promise<SavedFilter> {
    return this.filters.create(body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete one of your saved filters' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemDetailsDto })
  async remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.filters.remove(id);
  }
}
