import { Injectable } from '@nestjs/common';
import {
  Channel,
  Direction,
  type LeadNextActivity,
  type LeadPriority,
  type LeadResultFilter,
  type LeadSort,
  type LeadStage,
} from '@loved/shared';
import { In, type DeepPartial, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { decodeCursor } from '../../core/http/keyset-cursor';
import { toKeysetPage, type KeysetPage } from '../../core/http/keyset-page';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import { LeadEntity } from './lead.entity';

/**
 * TypeORM's update builder bumps `version` and `updated_at` on every UPDATE. Updates that are
 * not an edit of the lead (counters, reorders) set them to themselves instead.
 */
const KEEP_EDIT_STAMPS = {
  version: () => '"version"',
  updatedAt: () => '"updated_at"',
} as const;

/** Whose leads a query returns: all of the organisation's, or one agent's and the unassigned. */
export type LeadVisibility = { scope: 'all' } | { scope: 'agent'; userId: string | undefined };

/** The list's and the board's filters, already resolved (`me` is a user id by now). */
export type LeadQuery = {
  visibility: LeadVisibility;
  stage?: LeadStage;
  priority?: LeadPriority;
  tag?: string;
  /** A user id, or null for the unassigned leads only. */
  assignedUserId?: string | null;
  q?: string;
  /** `open`: no result yet; `won` / `lost`: that result. */
  outcome?: LeadResultFilter;
  /** Whether the lead has an open activity (`next_activity` set). */
  hasNextActivity?: boolean;
};

export type LeadPageRequest = { sort: LeadSort; cursor?: string; limit: number };

/**
 * Count and exact sum of cents of one stage and result (`open` for none); the sum is PostgreSQL
 * `numeric` as text.
 */
export type LeadStageTotal = {
  stage: LeadStage;
  result: LeadResultFilter;
  count: number;
  total: string;
};

export type LeadDuplicate = Pick<LeadEntity, 'id' | 'name' | 'assignedUserId'>;

export type LeadContact = { channel: Channel; at: Date; direction: Direction };

/** Customer messages that wait for a reply (deal health); a call or a note does not. */
const AWAITING_REPLY_CHANNELS: readonly Channel[] = [Channel.WhatsApp, Channel.Email];

type SortSpec = {
  /** SQL of the sort key over `lead`; NULLs made comparable, since keyset rows compare tuples. */
  expression: string;
  direction: 'ASC' | 'DESC';
  /** What the cursor holds before the id, so a tampered cursor is refused before SQL sees it. */
  part: 'timestamp' | 'string' | 'int';
  keyOf: (lead: LeadEntity) => string | number;
};

const timestampSort = (
  expression: string,
  direction: SortSpec['direction'],
  keyOf: (lead: LeadEntity) => Date,
): SortSpec => ({ expression, direction, part: 'timestamp', keyOf: (l) => keyOf(l).toISOString() });

/** Leads without a value sort with the zero ones, and never contacted before any contact. */
const NO_VALUE = 0;
const NEVER = new Date('1970-01-01T00:00:00.000Z');
const valueKey = (lead: LeadEntity): number => lead.estimatedValueCents ?? NO_VALUE;

const SORTS: Record<LeadSort, SortSpec> = {
  '-created_at': timestampSort('lead.created_at', 'DESC', (l) => l.createdAt),
  created_at: timestampSort('lead.created_at', 'ASC', (l) => l.createdAt),
  '-updated_at': timestampSort('lead.updated_at', 'DESC', (l) => l.updatedAt),
  '-stage_changed_at': timestampSort('lead.stage_changed_at', 'DESC', (l) => l.stageChangedAt),
  stage_changed_at: timestampSort('lead.stage_changed_at', 'ASC', (l) => l.stageChangedAt),
  last_contact_at: timestampSort(
    `coalesce(lead.last_contact_at, '${NEVER.toISOString()}')`,
    'ASC',
    (l) => l.lastContactAt ?? NEVER,
  ),
  '-last_contact_at': timestampSort(
    `coalesce(lead.last_contact_at, '${NEVER.toISOString()}')`,
    'DESC',
    (l) => l.lastContactAt ?? NEVER,
  ),
  position: {
    expression: 'lead.position',
    direction: 'ASC',
    part: 'string',
    keyOf: (l) => l.position,
  },
  name: { expression: 'lead.name', direction: 'ASC', part: 'string', keyOf: (l) => l.name },
  '-name': { expression: 'lead.name', direction: 'DESC', part: 'string', keyOf: (l) => l.name },
  estimated_value: {
    expression: `coalesce(lead.estimated_value_cents, ${NO_VALUE})`,
    direction: 'ASC',
    part: 'int',
    keyOf: valueKey,
  },
  '-estimated_value': {
    expression: `coalesce(lead.estimated_value_cents, ${NO_VALUE})`,
    direction: 'DESC',
    part: 'int',
    keyOf: valueKey,
  },
};

/**
 * The SQL of leads, in one place: visibility and filters, keyset pages, stage totals, duplicate
 * lookups, board positions and the communication counters. Rules (who may do what) live in the
 * services and `utils/lead-rules.util.ts`; this class only reads and writes.
 */
@Injectable()
export class LeadRepository {
  constructor(
    @InjectTenantRepository(LeadEntity) private readonly leads: TenantScopedRepository<LeadEntity>,
  ) {}

  /** The leads of `query`, as a builder to refine. */
  matching(alias: string, query: LeadQuery): SelectQueryBuilder<LeadEntity> {
    const qb = this.visible(alias, query.visibility);
    if (query.stage) qb.andWhere(`${alias}.stage = :stage`, { stage: query.stage });
    if (query.priority) qb.andWhere(`${alias}.priority = :priority`, { priority: query.priority });
    if (query.tag) qb.andWhere(`${alias}.tags @> ARRAY[:tag]::text[]`, { tag: query.tag });
    if (query.outcome === 'open') qb.andWhere(`${alias}.outcome IS NULL`);
    else if (query.outcome) qb.andWhere(`${alias}.outcome = :outcome`, { outcome: query.outcome });
    if (query.hasNextActivity !== undefined) {
      qb.andWhere(`${alias}.next_activity IS ${query.hasNextActivity ? 'NOT NULL' : 'NULL'}`);
    }
    if (query.assignedUserId === null) qb.andWhere(`${alias}.assigned_user_id IS NULL`);
    else if (query.assignedUserId !== undefined) {
      qb.andWhere(`${alias}.assigned_user_id = :assignee`, { assignee: query.assignedUserId });
    }
    if (query.q) {
      // Under RLS a LIKE never reaches the trigram index (it is not leakproof); the definer
      // function matches inside idx_leads_search for the current organisation only, and the
      // ids it returns go through this builder's policy, visibility and filters as usual.
      qb.andWhere(
        `${alias}.id = ANY (ARRAY(SELECT s.id FROM app_search_lead_ids(app_current_org(), :q) AS s(id)))`,
        { q: query.q },
      );
    }
    return qb;
  }

  /** One page of `query`, keyset-paginated on (sort column, id). */
  async page(query: LeadQuery, request: LeadPageRequest): Promise<KeysetPage<LeadEntity>> {
    const sort = SORTS[request.sort];
    const qb = this.matching('lead', query);
    if (request.cursor) {
      const [value, id] = decodeCursor(request.cursor, [sort.part, 'uuid']);
      const op = sort.direction === 'ASC' ? '>' : '<';
      qb.andWhere(`(${sort.expression}, lead.id) ${op} (:cursorValue, :cursorId)`, {
        cursorValue: value,
        cursorId: id,
      });
    }
    const rows = await qb
      .orderBy(sort.expression, sort.direction)
      .addOrderBy('lead.id', sort.direction)
      .take(request.limit + 1)
      .getMany();
    return toKeysetPage(rows, request.limit, (last) => [sort.keyOf(last), last.id]);
  }

  /**
   * Per stage and result: how many leads match and their exact total, summed as `numeric` (no
   * overflow).
   */
  stageTotals(query: LeadQuery): Promise<LeadStageTotal[]> {
    return this.matching('lead', query)
      .select('lead.stage', 'stage')
      .addSelect(`coalesce(lead.outcome, 'open')`, 'result')
      .addSelect('count(*)::int', 'count')
      .addSelect('coalesce(sum(lead.estimated_value_cents::numeric), 0)::text', 'total')
      .groupBy('lead.stage')
      .addGroupBy('lead.outcome')
      .getRawMany<LeadStageTotal>();
  }

  /**
   * The first page of each stage's column under `query`, in ONE statement: a LATERAL per stage
   * reads its first `limit + 1` cards from `uq_leads_position` (organization_id, stage,
   * position), then the cards are loaded whole by primary key. Each column keeps its own cursor,
   * as `page` with sort `position` would give it.
   */
  async firstCards(
    query: Omit<LeadQuery, 'stage'>,
    stages: readonly LeadStage[],
    limit: number,
  ): Promise<Map<LeadStage, KeysetPage<LeadEntity>>> {
    const sort = SORTS.position;
    const first = this.matching('card', query)
      .select('card.id')
      .andWhere('card.stage = board.stage')
      .orderBy('card.position', 'ASC')
      .addOrderBy('card.id', 'ASC')
      .limit(limit + 1);
    const rows = await this.visible('lead', { scope: 'all' })
      .andWhere(
        `lead.id IN (SELECT card_id FROM unnest(ARRAY[:...boardStages]::varchar[]) AS board(stage) CROSS JOIN LATERAL (${first.getQuery()}) AS first_cards)`,
      )
      .setParameters({ ...first.getParameters(), boardStages: [...stages] })
      .orderBy('lead.stage', 'ASC')
      .addOrderBy('lead.position', 'ASC')
      .addOrderBy('lead.id', 'ASC')
      .getMany();
    const byStage = new Map<LeadStage, LeadEntity[]>(stages.map((stage) => [stage, []]));
    for (const lead of rows) byStage.get(lead.stage)?.push(lead);
    return new Map(
      stages.map((stage) => [
        stage,
        toKeysetPage(byStage.get(stage) ?? [], limit, (last) => [sort.keyOf(last), last.id]),
      ]),
    );
  }

  async findVisible(
    id: string,
    visibility: LeadVisibility,
    lock = false,
  ): Promise<LeadEntity | null> {
    const query = this.visible('lead', visibility).andWhere('lead.id = :id', { id });
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  /** The visible leads among `ids`, locked in id order (so two bulk changes never deadlock). */
  findVisibleForUpdate(ids: string[], visibility: LeadVisibility): Promise<LeadEntity[]> {
    return this.visible('lead', visibility)
      .andWhere('lead.id IN (:...ids)', { ids })
      .orderBy('lead.id', 'ASC')
      .setLock('pessimistic_write')
      .getMany();
  }

  /** Export pages: the leads of `filters` in creation order, after the (created_at, id) given. */
  exportPage(
    filters: LeadQuery,
    after: { createdAt: string; id: string } | null,
    size: number,
  ): Promise<LeadEntity[]> {
    const query = this.matching('lead', filters);
    if (after) {
      query.andWhere('(lead.created_at, lead.id) > (:afterCreatedAt, :afterId)', {
        afterCreatedAt: after.createdAt,
        afterId: after.id,
      });
    }
    return query
      .orderBy('lead.created_at', 'ASC')
      .addOrderBy('lead.id', 'ASC')
      .take(size)
      .getMany();
  }

  /** The organisation's oldest lead with this phone (match key: ninth digit or not). */
  findByPhoneKey(matchKey: string): Promise<LeadEntity | null> {
    return this.leads
      .createQueryBuilder('lead')
      .andWhere('lead.phone_match_key = :matchKey', { matchKey })
      .orderBy('lead.created_at', 'ASC')
      .addOrderBy('lead.id', 'ASC')
      .getOne();
  }

  /** The organisation's oldest lead with this e-mail address (citext: any case). */
  findByEmail(email: string): Promise<LeadEntity | null> {
    return this.leads
      .createQueryBuilder('lead')
      .andWhere('lead.email = :email', { email })
      .orderBy('lead.created_at', 'ASC')
      .addOrderBy('lead.id', 'ASC')
      .getOne();
  }

  /** Any lead of the organisation (visible or not) holding this e-mail or phone match key. */
  findDuplicate(
    field: 'email' | 'phone',
    value: string,
    exceptId?: string,
  ): Promise<LeadDuplicate | null> {
    const query = this.leads
      .createQueryBuilder('lead')
      .select(['lead.id', 'lead.name', 'lead.assignedUserId'])
      .andWhere(field === 'email' ? 'lead.email = :value' : 'lead.phone_match_key = :value', {
        value,
      });
    if (exceptId) query.andWhere('lead.id <> :exceptId', { exceptId });
    return query.getOne();
  }

  /**
   * Counts a communication and, for a conversation (not a note), moves `last_contact_*` forward;
   * keeps the deal-health columns: a customer message starts the wait for a reply (the oldest
   * one counts), a reply from us ends it, an inbound WhatsApp message reopens its 24-hour
   * window. Atomic under concurrency; the tenant builder keeps the organisation filter.
   */
  async recordContact(leadId: string, contact: LeadContact): Promise<void> {
    const isContact = contact.direction !== Direction.Internal;
    const isInbound = contact.direction === Direction.Inbound;
    await this.leads
      .createQueryBuilder('lead')
      .update()
      .set({
        // Counters are derived, not an edit: a rep editing the lead while messages arrive
        // must not get a stale-version 409.
        ...KEEP_EDIT_STAMPS,
        communicationsCount: () => 'communications_count + 1',
        ...(isContact
          ? {
              lastContactAt: () => 'GREATEST(coalesce(last_contact_at, :at), :at)',
              lastContactChannel: () =>
                'CASE WHEN last_contact_at IS NULL OR last_contact_at <= :at THEN :channel ELSE last_contact_channel END',
            }
          : {}),
        ...(isInbound && AWAITING_REPLY_CHANNELS.includes(contact.channel)
          ? { awaitingReplySince: () => 'LEAST(coalesce(awaiting_reply_since, :at), :at)' }
          : {}),
        ...(contact.direction === Direction.Outbound
          ? {
              awaitingReplySince: () =>
                'CASE WHEN awaiting_reply_since <= :at THEN NULL ELSE awaiting_reply_since END',
            }
          : {}),
        ...(isInbound && contact.channel === Channel.WhatsApp
          ? {
              lastInboundWhatsappAt: () => 'GREATEST(coalesce(last_inbound_whatsapp_at, :at), :at)',
            }
          : {}),
      })
      .where('id = :leadId', { leadId })
      .setParameters({ at: contact.at, channel: contact.channel })
      .updateEntity(false)
      .execute();
  }

  /**
   * Notes that the lead has an AI summary. A derived flag, not an edit: it keeps the version, so
   * a rep editing the lead meanwhile gets no stale-version 409. True when the flag changed.
   */
  async markHasAiSummary(leadId: string): Promise<boolean> {
    const result = await this.leads
      .createQueryBuilder('lead')
      .update()
      .set({ ...KEEP_EDIT_STAMPS, hasAiSummary: true })
      .where('id = :leadId', { leadId })
      .andWhere('has_ai_summary = false')
      .updateEntity(false)
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /**
   * Stores the lead's earliest open activity. Derived from its activities, not an edit: it keeps
   * the version and update time, so a rep editing the lead meanwhile gets no stale-version 409.
   */
  async setNextActivity(leadId: string, next: LeadNextActivity | null): Promise<void> {
    await this.leads
      .createQueryBuilder('lead')
      .update()
      .set({ ...KEEP_EDIT_STAMPS, nextActivity: next })
      .where('id = :leadId', { leadId })
      .updateEntity(false)
      .execute();
  }

  /**
   * The ids of the leads `visibility` lets one see, as a sub-query (SQL and parameters) for
   * another module's rows that belong to leads, so visibility stays written here only.
   */
  visibleIdsQuery(visibility: LeadVisibility): { sql: string; parameters: ObjectLiteral } {
    const query = this.visible('visible_lead', visibility).select('visible_lead.id');
    return { sql: query.getQuery(), parameters: query.getParameters() };
  }

  /** The position right after (or before) `from` in a column, ignoring `excludeId`. */
  async adjacentPosition(
    stage: LeadStage,
    from: string | null,
    direction: 'next' | 'previous',
    excludeId?: string,
  ): Promise<string | null> {
    const query = this.leads
      .createQueryBuilder('lead')
      .select('lead.position', 'position')
      .andWhere('lead.stage = :stage', { stage })
      .orderBy('lead.position', direction === 'next' ? 'ASC' : 'DESC')
      .limit(1);
    if (from !== null)
      query.andWhere(`lead.position ${direction === 'next' ? '>' : '<'} :from`, { from });
    if (excludeId) query.andWhere('lead.id <> :excludeId', { excludeId });
    const row = await query.getRawOne<{ position: string }>();
    return row?.position ?? null;
  }

  /**
   * The position `offset` rows away from `from` (inclusive) towards `direction`, ignoring
   * `excludeId`: the edge of a rekey window. Null when the column ends first.
   */
  async positionAtDistance(
    stage: LeadStage,
    from: string,
    direction: 'next' | 'previous',
    offset: number,
    excludeId?: string,
  ): Promise<string | null> {
    const query = this.leads
      .createQueryBuilder('lead')
      .select('lead.position', 'position')
      .andWhere('lead.stage = :stage', { stage })
      .andWhere(`lead.position ${direction === 'next' ? '>=' : '<='} :from`, { from })
      .orderBy('lead.position', direction === 'next' ? 'ASC' : 'DESC')
      .offset(offset)
      .limit(1);
    if (excludeId) query.andWhere('lead.id <> :excludeId', { excludeId });
    const row = await query.getRawOne<{ position: string }>();
    return row?.position ?? null;
  }

  /**
   * The rows of a column strictly between two positions (null: that end of the column), locked
   * in position order, so no one edits or moves them while they are rekeyed.
   */
  lockPositionsBetween(
    stage: LeadStage,
    low: string | null,
    high: string | null,
  ): Promise<Array<Pick<LeadEntity, 'id' | 'position'>>> {
    const query = this.leads
      .createQueryBuilder('lead')
      .select(['lead.id', 'lead.position'])
      .andWhere('lead.stage = :stage', { stage })
      .orderBy('lead.position', 'ASC')
      .setLock('pessimistic_write');
    if (low !== null) query.andWhere('lead.position > :low', { low });
    if (high !== null) query.andWhere('lead.position < :high', { high });
    return query.getMany();
  }

  /**
   * A pure reorder: new positions for rows of one column in one set-based UPDATE. It keeps the
   * edit stamps, so a colleague editing one of these leads gets no stale-version conflict and
   * lists sorted by update time do not shift.
   * Rows that left the column meanwhile are skipped by the stage condition.
   */
  async reorder(
    stage: LeadStage,
    assignments: Array<Pick<LeadEntity, 'id' | 'position'>>,
  ): Promise<void> {
    if (assignments.length === 0) return;
    await this.leads
      .createQueryBuilder('lead')
      .update()
      .set({
        position: () => '(CAST(:positions AS text[]))[array_position(CAST(:ids AS uuid[]), "id")]',
        ...KEEP_EDIT_STAMPS,
      })
      .where('"id" = ANY(CAST(:ids AS uuid[]))', { ids: assignments.map((a) => a.id) })
      .andWhere('"stage" = :stage', { stage })
      .setParameter(
        'positions',
        assignments.map((a) => a.position),
      )
      .updateEntity(false)
      .execute();
  }

  create(data: DeepPartial<Omit<LeadEntity, 'organizationId'>>): LeadEntity {
    return this.leads.create(data);
  }

  save(lead: LeadEntity): Promise<LeadEntity> {
    return this.leads.save(lead);
  }

  async delete(id: string): Promise<void> {
    await this.leads.delete({ id });
  }

  async deleteMany(ids: string[]): Promise<void> {
    await this.leads.delete({ id: In(ids) });
  }

  private visible(alias: string, visibility: LeadVisibility): SelectQueryBuilder<LeadEntity> {
    const query = this.leads.createQueryBuilder(alias);
    if (visibility.scope === 'agent') {
      query.andWhere(
        `(${alias}.assigned_user_id = :visibleToUserId OR ${alias}.assigned_user_id IS NULL)`,
        { visibleToUserId: visibility.userId },
      );
    }
    return query;
  }
}
