import { Injectable } from '@nestjs/common';
import type { MyDayResponse } from '@loved/shared';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import { LeadAccessService } from '../leads/lead-access.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { ActivityRepository } from './activity.repository';
import { ActivityResponseService } from './activity-response.service';

/** At most this many activities per group of "my day". */
export const MY_DAY_GROUP_LIMIT = 100;

/**
 * "Minha agenda": the caller's activities around today, where "today" is the organisation's
 * (its time zone), not the server's or the browser's.
 */
@Injectable()
export class MyDayService {
  constructor(
    private readonly tenant: TenantContextService,
    private readonly organizations: OrganizationsService,
    private readonly access: LeadAccessService,
    private readonly activities: ActivityRepository,
    private readonly responses: ActivityResponseService,
  ) {}

  async myDay(): Promise<MyDayResponse> {
    const { time_zone: timeZone } = await this.organizations.getCurrent();
    const bounds = await this.activities.dayBounds(timeZone);
    const userId = this.tenant.userId;
    const base = { visibleLeads: this.access.visibleLeadIds(), limit: MY_DAY_GROUP_LIMIT };
    // One after another: the queries share the request's single transaction connection.
    const [overdue, today, upcoming] = userId
      ? [
          await this.activities.dueBetween(
            userId,
            { to: bounds.todayStart },
            { ...base, withDone: false },
          ),
          await this.activities.dueBetween(
            userId,
            { from: bounds.todayStart, to: bounds.tomorrowStart },
            { ...base, withDone: true },
          ),
          await this.activities.dueBetween(
            userId,
            { from: bounds.tomorrowStart, to: bounds.upcomingEnd },
            { ...base, withDone: false },
          ),
        ]
      : [[], [], []];
    const responses = await this.responses.toResponses([...overdue, ...today, ...upcoming]);
    return {
      time_zone: timeZone,
      date: bounds.date,
      overdue: responses.slice(0, overdue.length),
      today: responses.slice(overdue.length, overdue.length + today.length),
      upcoming: responses.slice(overdue.length + today.length),
    };
  }
}
