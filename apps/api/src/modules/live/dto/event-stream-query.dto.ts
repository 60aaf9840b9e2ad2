import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

/**
 * `?token=…` of the event stream. Repeating the parameter makes it an array, refused here with
 * a 400 rather than reaching the token store. A missing token stays a 401, like a wrong one.
 */
export class EventStreamQueryDto {
  @ApiPropertyOptional({ description: 'From POST /events/token; required to open the stream' })
  @IsOptional()
  @IsString()
  token?: string;
}
