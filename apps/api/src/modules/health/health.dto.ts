import { ApiProperty } from '@nestjs/swagger';
import { DependencyStatus } from '@loved/shared';

export class LivenessDto {
  @ApiProperty({ enum: ['ok'] })
  status: 'ok';
}

class ReadinessChecksDto {
  @ApiProperty({ enum: Object.values(DependencyStatus) })
  database: DependencyStatus;
  @ApiProperty({ enum: Object.values(DependencyStatus) })
  redis: DependencyStatus;
  @ApiProperty({ enum: Object.values(DependencyStatus) })
  storage: DependencyStatus;
}

export class ReadinessDto {
  @ApiProperty({ enum: ['ok'] })
  status: 'ok';
  @ApiProperty({ enum: ['full', 'embedded'] })
  mode: 'full' | 'embedded';
  @ApiProperty({ type: ReadinessChecksDto })
  checks: ReadinessChecksDto;
}
