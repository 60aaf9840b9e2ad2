import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ROLES, type MemberResponse, type Role, type UpdateMemberRequest } from '@loved/shared';

export class MemberDto implements MemberResponse {
  @ApiProperty({ format: 'uuid' })
  user_id: string;
  @ApiProperty({ example: 'Ana Souza' })
  name: string;
  @ApiProperty({ example: 'ana@agencia.com.br' })
  email: string;
  @ApiProperty({ type: String, nullable: true })
  avatar_url: string | null;
  @ApiProperty({ enum: ROLES })
  role: Role;
  @ApiProperty({ format: 'date-time' })
  joined_at: string;
}

export class MemberListDto {
  @ApiProperty({ type: [MemberDto] })
  items: MemberDto[];
  @ApiProperty({ type: String, nullable: true })
  next_cursor: string | null;
}

export class UpdateMemberDto implements UpdateMemberRequest {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;
}
