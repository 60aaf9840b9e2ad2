import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AiSummaryProvider,
  AiSummaryStatus,
  SENTIMENTS,
  type AiSummaryResponse,
  type Sentiment,
} from '@loved/shared';
import { ListQueryDto } from '../../../core/http/list-query.dto';
import { ValidateUUID } from '../../../core/http/validation';

const STATUSES = Object.values(AiSummaryStatus);
const PROVIDERS = Object.values(AiSummaryProvider);

export class AiSummaryListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: "Only this lead's summaries" })
  @ValidateUUID({ optional: true })
  lead_id?: string;
}

class AiSummaryCoveredDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  first_communication_id: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  last_communication_id: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) from: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) to: string | null;
  @ApiProperty({ description: 'How many communications the prompt held' })
  communications: number;
}

class AiSummaryUsageDto {
  @ApiProperty() prompt_tokens: number;
  @ApiProperty() completion_tokens: number;
}

export class AiSummaryDto implements AiSummaryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organization_id: string;
  @ApiProperty({ format: 'uuid' }) lead_id: string;
  @ApiProperty({ format: 'uuid', description: "The lead's conversation (one per lead)" })
  conversation_id: string;
  @ApiProperty({ enum: STATUSES }) status: AiSummaryStatus;
  @ApiProperty({ type: String, nullable: true, description: 'pt-BR; null until done' })
  summary: string | null;
  @ApiProperty({ enum: SENTIMENTS, nullable: true }) sentiment: Sentiment | null;
  @ApiProperty({ type: [String] }) next_actions: string[];
  @ApiProperty({ type: Number, nullable: true, minimum: 0, maximum: 1 })
  confidence_score: number | null;
  @ApiProperty({ enum: PROVIDERS }) provider: AiSummaryProvider;
  @ApiProperty({ example: 'gpt-4o-mini' }) model: string;
  @ApiProperty({ type: AiSummaryCoveredDto }) covered: AiSummaryCoveredDto;
  @ApiProperty({ type: AiSummaryUsageDto, nullable: true }) usage: AiSummaryUsageDto | null;
  @ApiProperty({ type: String, nullable: true, description: 'Readable reason of a failure' })
  error: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  requested_by_user_id: string | null;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completed_at: string | null;
}

export class AiSummaryListDto {
  @ApiProperty({ type: [AiSummaryDto] }) items: AiSummaryDto[];
  @ApiProperty({ type: String, nullable: true }) next_cursor: string | null;
}
