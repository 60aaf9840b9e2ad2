import { Injectable } from '@nestjs/common';
import type { DeepPartial, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { decodeCursor } from '../../core/http/keyset-cursor';
import { toKeysetPage, type KeysetPage } from '../../core/http/keyset-page';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import { ActivityEntity } from './activity.entity';

/** The ids of the leads the caller may see, as `LeadAccessService.visibleLeadIds` gives them. */
export type VisibleLeads = { sql: string; parameters: ObjectLiteral } | null;

/** The list's filters, resolved (`me` is a user id by now). */
export type ActivityQuery = {
  visibleLeads: VisibleLeads;
  assignedUserId?: string;
  leadId?: string;
  dueFrom?: string;
  dueTo?: string;
  overdue?: boolean;
  done?: boolean;
};

/** "Today" in the organisation's time zone, and the instants where its groups begin and end. */
export type DayBounds = {
  date: string;
  todayStart: Date;
  tomorrowStart: Date;
  upcomingEnd: Date;
};

/** Days after today that "upcoming" covers. */
const UPCOMING_DAYS = 7;

/**
 * The SQL of activities: visibility (through the lead), filters, keyset pages on (due_at, id),
 * "my day" and a lead's next open activity. Each read joins the lead for its name, so a page
 * needs no lookup per row.
 */
@Injectable()
export class ActivityRepository {
  constructor(
    private readonly tenant: TenantContextService,
    @InjectTenantRepository(ActivityEntity)
    private readonly activities: TenantScopedRepository<ActivityEntity>,
  ) {}

  /** One page of `query`, in due order (then id), with each activity's lead id and name. */
  async page(
    query: ActivityQuery,
    request: { cursor?: string; limit: number },
  ): Promise<KeysetPage<ActivityEntity>> {
    const qb = this.visible(query.visibleLeads);
    if (query.assignedUserId !== undefined) {
      qb.andWhere('activity.assigned_user_id = :assignee', { assignee: query.assignedUserId });
    }
    if (query.leadId !== undefined) qb.andWhere('activity.lead_id = :leadId', query);
    if (query.dueFrom !== undefined) qb.andWhere('activity.due_at >= :dueFrom', query);
    if (query.dueTo !== undefined) qb.andWhere('activity.due_at < :dueTo', query);
    if (query.done !== undefined) {
      qb.andWhere(`activity.done_at IS ${query.done ? 'NOT NULL' : 'NULL'}`);
    }
    if (query.overdue === true) {
      qb.andWhere('activity.done_at IS NULL AND activity.due_at < now()');
    } else if (query.overdue === false) {
      qb.andWhere('NOT (activity.done_at IS NULL AND activity.due_at < now())');
    }
    if (request.cursor) {
      const [dueAt, id] = decodeCursor(request.cursor, ['timestamp', 'uuid']);
      qb.andWhere('(activity.due_at, activity.id) > (:cursorDueAt, :cursorId)', {
        cursorDueAt: dueAt,
        cursorId: id,
      });
    }
    const rows = await qb
      .orderBy('activity.due_at', 'ASC')
      .addOrderBy('activity.id', 'ASC')
      .limit(request.limit + 1)
      .getMany();
    return toKeysetPage(rows, request.limit, (last) => [last.dueAt.toISOString(), last.id]);
  }

  /** The activity, with its lead's name, when its lead is one the caller may see. */
  findVisible(id: string, visibleLeads: VisibleLeads): Promise<ActivityEntity | null> {
    return this.visible(visibleLeads).andWhere('activity.id = :id', { id }).getOne();
  }

  /**
   * The activity's row, locked: the caller already holds its lead's lock, so this only waits
   * for a writer that does not take it (the reminder job stamping `reminded_at`).
   */
  findForUpdate(id: string): Promise<ActivityEntity | null> {
    return this.activities
      .createQueryBuilder('activity')
      .andWhere('activity.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** The lead's earliest open activity (idx_activities_lead_due), or null. */
  nextOpen(leadId: string): Promise<ActivityEntity | null> {
    return this.activities
      .createQueryBuilder('activity')
      .andWhere('activity.lead_id = :leadId', { leadId })
      .andWhere('activity.done_at IS NULL')
      .orderBy('activity.due_at', 'ASC')
      .addOrderBy('activity.id', 'ASC')
      .limit(1)
      .getOne();
  }

  /**
   * Today's date in `timeZone` and the instants its local midnights fall on, computed by
   * PostgreSQL so daylight-saving shifts are the time-zone database's, not ours.
   */
  async dayBounds(timeZone: string): Promise<DayBounds> {
    const [row] = await this.tenant.manager.query<
      Array<{ date: string; today_start: Date; tomorrow_start: Date; upcoming_end: Date }>
    >(
      `SELECT to_char(d.today, 'YYYY-MM-DD') AS date,
              (d.today::timestamp AT TIME ZONE $1) AS today_start,
              ((d.today + 1)::timestamp AT TIME ZONE $1) AS tomorrow_start,
              ((d.today + 1 + $2::int)::timestamp AT TIME ZONE $1) AS upcoming_end
         FROM (SELECT (now() AT TIME ZONE $1)::date AS today) d`,
      [timeZone, UPCOMING_DAYS],
    );
    if (!row) throw new Error('day bounds query returned no row');
    return {
      date: row.date,
      todayStart: row.today_start,
      tomorrowStart: row.tomorrow_start,
      upcomingEnd: row.upcoming_end,
    };
  }

  /**
   * One group of "my day": `userId`'s activities due in [from, to) (open ones only unless
   * `withDone`), in due order, at most `limit` (idx_activities_assignee_due).
   */
  dueBetween(
    userId: string,
    range: { from?: Date; to: Date },
    options: { withDone: boolean; limit: number; visibleLeads: VisibleLeads },
  ): Promise<ActivityEntity[]> {
    const qb = this.visible(options.visibleLeads)
      .andWhere('activity.assigned_user_id = :userId', { userId })
      .andWhere('activity.due_at < :to', { to: range.to });
    if (range.from) qb.andWhere('activity.due_at >= :from', { from: range.from });
    if (!options.withDone) qb.andWhere('activity.done_at IS NULL');
    return qb
      .orderBy('activity.due_at', 'ASC')
      .addOrderBy('activity.id', 'ASC')
      .limit(options.limit)
      .getMany();
  }

  create(data: DeepPartial<Omit<ActivityEntity, 'organizationId'>>): ActivityEntity {
    return this.activities.create(data);
  }

  save(activity: ActivityEntity): Promise<ActivityEntity> {
    return this.activities.save(activity);
  }

  async delete(id: string): Promise<void> {
    await this.activities.delete({ id });
  }

  /**
   * Activities whose lead the caller may see, each with its lead's id and name. The join is
   * many-to-one (one row per activity), so pages use `limit`, not TypeORM's two-query `take`.
   */
  private visible(visibleLeads: VisibleLeads): SelectQueryBuilder<ActivityEntity> {
    const qb = this.activities
      .createQueryBuilder('activity')
      .innerJoin('activity.lead', 'lead')
      .addSelect(['lead.organizationId', 'lead.id', 'lead.name']);
    if (visibleLeads)
      qb.andWhere(`activity.lead_id IN (${visibleLeads.sql})`, visibleLeads.parameters);
    return qb;
  }
}
