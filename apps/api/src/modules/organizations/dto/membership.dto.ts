import { ApiProperty } from '@nestjs/swagger';
import { PLANS, ROLES, type MembershipResponse, type Plan, type Role } from '@loved/shared';

export class MembershipDto implements MembershipResponse {
  @ApiProperty({ format: 'uuid' })
  organization_id: string;
  @ApiProperty({ example: 'Agência Demo' })
  name: string;
  @ApiProperty({ enum: ROLES })
  role: Role;
  @ApiProperty({ enum: PLANS })
  plan: Plan;
}
