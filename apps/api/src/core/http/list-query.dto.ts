import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT } from '@loved/shared';
import { Optional } from './validation';

/** `?cursor=…&limit=…` of every list route. */
export class ListQueryDto {
  @ApiPropertyOptional({ description: 'Opaque cursor from `next_cursor` of the previous page' })
  @Optional()
  @IsString()
  // A name-sorted cursor carries the name (up to 200 characters, escaped and base64-encoded).
  @MaxLength(2048)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_LIMIT, default: DEFAULT_PAGE_LIMIT })
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_LIMIT)
  limit: number = DEFAULT_PAGE_LIMIT;
}
