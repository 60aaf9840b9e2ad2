import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, IsUUID, ValidateBy, ValidateIf, buildMessage } from 'class-validator';
import type { AnalyticsQuery } from '@loved/shared';
import { Optional } from '../../../core/http/validation';
import { isCalendarDate, periodProblem } from '../utils/analytics-period.util';

const IsCalendarDate = (): PropertyDecorator =>
  ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value: unknown): boolean => isCalendarDate(value),
      defaultMessage: buildMessage(() => '$property must be a date written YYYY-MM-DD'),
    },
  });

/** With both ends given: `from` ≤ `to` and at most 366 days (checked on `to`). */
const IsPeriodEnd = (): PropertyDecorator =>
  ValidateBy({
    name: 'isPeriodEnd',
    validator: {
      validate: (value: unknown, args): boolean => {
        const from = (args?.object as AnalyticsQueryDto).from;
        if (typeof value !== 'string' || !isCalendarDate(from) || !isCalendarDate(value)) {
          return true;
        }
        return periodProblem(from as string, value) === null;
      },
      defaultMessage: (args) => {
        const from = (args?.object as AnalyticsQueryDto).from ?? '';
        return periodProblem(from, String(args?.value)) ?? 'invalid period';
      },
    },
  });

export class AnalyticsQueryDto implements AnalyticsQuery {
  @ApiPropertyOptional({
    format: 'date',
    example: '2026-11-01',
    description:
      "First day (inclusive) in the organisation's time zone; default: 29 days before `to`",
  })
  @Optional()
  @IsString()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({
    format: 'date',
    example: '2026-11-30',
    description:
      "Last day (inclusive) in the organisation's time zone; default: today. At most 366 days after `from`, never before it",
  })
  @Optional()
  @IsString()
  @IsCalendarDate()
  @IsPeriodEnd()
  to?: string;

  @ApiPropertyOptional({
    description:
      'A member id or `me`: only that owner’s figures. Agents always get their own (another id answers 403)',
  })
  @Optional()
  @ValidateIf((_, value) => value !== 'me')
  @IsUUID(undefined, { message: 'owner_id must be a UUID or "me"' })
  owner_id?: string;
}
