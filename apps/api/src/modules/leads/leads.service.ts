import { Injectable } from '@nestjs/common';
import {
  LeadEventType,
  LeadStage,
  type Channel,
  type LeadResponse,
  type LeadSort,
  type ListEnvelope,
} from '@loved/shared';
import type { SelectQueryBuilder } from 'typeorm';
import { decodeCursor, encodeCursor } from '../../core/http/keyset-cursor';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import { LiveEventsService } from '../live/live-events.service';
import { MembersService } from '../organizations/members.service';
import { UsersService } from '../users/users.service';
import type {
  CreateLeadDto,
  LeadFiltersDto,
  ListLeadsQueryDto,
  UpdateLeadDto,
} from './dto/lead.dto';
import { LeadAccessService } from './lead-access.service';
import { LeadEventsService, type LeadChange } from './lead-events.service';
import { LeadPositionService } from './lead-position.service';
import { LeadEntity } from './lead.entity';
import { LeadErrorCode, LeadException } from './lead.exception';
import { toLeadResponse } from './lead.mapper';
import { decimalToCents } from './utils/lead-money.util';
import { normalizePhone } from './utils/lead-phone.util';

type SortSpec = {
  column: string;
  direction: 'ASC' | 'DESC';
  cursorOf: (lead: LeadEntity) => string;
};

const SORTS: Record<LeadSort, SortSpec> = {
  '-created_at': {
    column: 'created_at',
    direction: 'DESC',
    cursorOf: (l) => l.createdAt.toISOString(),
  },
  created_at: {
    column: 'created_at',
    direction: 'ASC',
    cursorOf: (l) => l.createdAt.toISOString(),
  },
  '-updated_at': {
    column: 'updated_at',
    direction: 'DESC',
    cursorOf: (l) => l.updatedAt.toISOString(),
  },
  position: { column: 'position', direction: 'ASC', cursorOf: (l) => l.position },
  name: { column: 'name', direction: 'ASC', cursorOf: (l) => l.name },
};

export type LeadInput = Omit<CreateLeadDto, 'allow_duplicate'>;

@Injectable()
export class LeadsService {
  constructor(
    @InjectTenantRepository(LeadEntity) private readonly leads: TenantScopedRepository<LeadEntity>,
    private readonly access: LeadAccessService,
    private readonly positions: LeadPositionService,
    private readonly events: LeadEventsService,
    private readonly members: MembersService,
    private readonly users: UsersService,
    private readonly live: LiveEventsService,
  ) {}

  /** The visible leads matching the list's and the board's filters. */
  filteredLeads(alias: string, filters: LeadFiltersDto): SelectQueryBuilder<LeadEntity> {
    const qb = this.access.visibleLeads(alias);
    if (filters.priority)
      qb.andWhere(`${alias}.priority = :priority`, { priority: filters.priority });
    if (filters.tag) qb.andWhere(`${alias}.tags @> ARRAY[:tag]::text[]`, { tag: filters.tag });
    if (filters.assigned_user_id === 'none') qb.andWhere(`${alias}.assigned_user_id IS NULL`);
    else if (filters.assigned_user_id) {
      const assignee =
        filters.assigned_user_id === 'me' ? this.access.userId : filters.assigned_user_id;
      qb.andWhere(`${alias}.assigned_user_id = :assignee`, { assignee });
    }
    if (filters.q) {
      qb.andWhere(
        `immutable_unaccent(lower(${alias}.name || ' ' || coalesce(${alias}.email::text, '') || ' ' || coalesce(${alias}.phone, ''))) LIKE '%' || immutable_unaccent(lower(:q)) || '%'`,
        { q: filters.q.replace(/[\\%_]/g, (c) => `\\${c}`) },
      );
    }
    return qb;
  }

  /** Leads the caller may see, filtered, sorted, keyset-paginated on (sort column, id). */
  async list(query: ListLeadsQueryDto): Promise<ListEnvelope<LeadResponse>> {
    const sort = SORTS[query.sort];
    const qb = this.filteredLeads('lead', query);
    if (query.stage) qb.andWhere('lead.stage = :stage', { stage: query.stage });
    if (query.cursor) {
      const [value, id] = decodeCursor(query.cursor, 2);
      const op = sort.direction === 'ASC' ? '>' : '<';
      qb.andWhere(`(lead.${sort.column}, lead.id) ${op} (:cursorValue, :cursorId)`, {
        cursorValue: value,
        cursorId: id,
      });
    }
    qb.orderBy(`lead.${sort.column}`, sort.direction)
      .addOrderBy('lead.id', sort.direction)
      .take(query.limit + 1);
    const rows = await qb.getMany();
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: await this.toResponses(page),
      next_cursor:
        rows.length > query.limit && last ? encodeCursor([sort.cursorOf(last), last.id]) : null,
    };
  }

  async get(id: string): Promise<LeadResponse> {
    return this.toResponse(await this.access.requireVisible(id));
  }

  async create(
    input: LeadInput,
    options: { allowDuplicate?: boolean; position?: string } = {},
  ): Promise<LeadResponse> {
    const phone = input.phone ? this.parsePhone(input.phone) : null;
    const email = input.email?.toLowerCase() ?? null;
    if (!options.allowDuplicate) await this.refuseDuplicate(email, phone?.matchKey ?? null);
    const assignedUserId = await this.checkAssignee(
      input.assigned_user_id ?? (this.access.isAgent ? this.access.userId : null) ?? null,
    );
    const stage = input.stage ?? LeadStage.Lead;
    await this.positions.lockColumn(stage);
    const lead = this.leads.create({
      name: input.name,
      email,
      phone: phone?.e164 ?? null,
      phoneMatchKey: phone?.matchKey ?? null,
      stage,
      // A batch (import) reserved its keys already, under the same column lock.
      position: options.position ?? (await this.positions.positionFor(stage, {})),
      source: input.source ?? null,
      estimatedValueCents: this.cents(input),
      tags: input.tags ?? [],
      assignedUserId,
      priority: input.priority ?? 'medium',
      outcome: null,
      lostReason: null,
      lastContactAt: null,
      lastContactChannel: null,
      communicationsCount: 0,
      hasAiSummary: false,
      createdByUserId: this.access.userId ?? null,
    });
    const saved = await this.leads.save(lead);
    const changes: LeadChange[] = [{ type: LeadEventType.Created, to: stage }];
    if (assignedUserId)
      changes.push({ type: LeadEventType.Assigned, from: null, to: assignedUserId });
    await this.events.record(saved.id, changes);
    return this.announce('lead.created', saved);
  }

  async update(id: string, input: UpdateLeadDto): Promise<LeadResponse> {
    // Column lock before row lock, in the same order as moves, so the two never deadlock.
    if (input.stage !== undefined) await this.positions.lockColumn(input.stage);
    const lead = await this.access.requireVisible(id, true);
    if (lead.version !== input.version) throw LeadException.stale(await this.toResponse(lead));
    const changes: LeadChange[] = [];

    if (input.name !== undefined) lead.name = input.name;
    if (input.source !== undefined) lead.source = input.source;
    if (input.tags !== undefined) lead.tags = input.tags;
    if (input.priority !== undefined) lead.priority = input.priority;
    if (input.estimated_value !== undefined || input.estimated_value_cents !== undefined) {
      lead.estimatedValueCents = this.cents(input);
    }
    if (input.email !== undefined || input.phone !== undefined) {
      const email = input.email === undefined ? lead.email : (input.email?.toLowerCase() ?? null);
      const phone =
        input.phone === undefined
          ? undefined
          : input.phone === null
            ? null
            : this.parsePhone(input.phone);
      await this.refuseDuplicate(
        email !== lead.email ? email : null,
        phone?.matchKey && phone.matchKey !== lead.phoneMatchKey ? phone.matchKey : null,
        lead.id,
      );
      lead.email = email;
      if (phone !== undefined) {
        lead.phone = phone?.e164 ?? null;
        lead.phoneMatchKey = phone?.matchKey ?? null;
      }
    }
    if (input.assigned_user_id !== undefined && input.assigned_user_id !== lead.assignedUserId) {
      const assignee = await this.checkAssignee(input.assigned_user_id);
      changes.push({ type: LeadEventType.Assigned, from: lead.assignedUserId, to: assignee });
      lead.assignedUserId = assignee;
    }
    if (input.stage !== undefined && input.stage !== lead.stage) {
      changes.push({ type: LeadEventType.StageChanged, from: lead.stage, to: input.stage });
      lead.position = await this.positions.positionFor(input.stage, {}, lead.id);
      lead.stage = input.stage;
    }
    this.applyOutcome(lead, input, changes);

    const saved = await this.leads.save(lead);
    await this.events.record(saved.id, changes);
    const stageChanged = changes.some((change) => change.type === LeadEventType.StageChanged);
    return this.announce(stageChanged ? 'lead.moved' : 'lead.updated', saved);
  }

  async remove(id: string): Promise<void> {
    const lead = await this.access.requireVisible(id, true);
    await this.leads.delete({ id: lead.id });
    this.live.publish({
      type: 'lead.deleted',
      lead_id: lead.id,
      assigned_user_id: lead.assignedUserId,
    });
  }

  /**
   * The one way a communication touches its lead: counts it and, for a conversation with the
   * lead (not an internal note), moves `last_contact_*` forward. Atomic under concurrency.
   */
  async recordContact(
    leadId: string,
    contact: { channel: Channel; at: Date; isContact: boolean },
  ): Promise<void> {
    await this.leads
      .createQueryBuilder('lead')
      .update()
      .set({
        communicationsCount: () => 'communications_count + 1',
        ...(contact.isContact
          ? {
              lastContactAt: () => 'GREATEST(coalesce(last_contact_at, :at), :at)',
              lastContactChannel: () =>
                'CASE WHEN last_contact_at IS NULL OR last_contact_at <= :at THEN :channel ELSE last_contact_channel END',
            }
          : {}),
      })
      .where('organization_id = :org AND id = :leadId', { org: this.access.organizationId, leadId })
      .setParameters({ at: contact.at, channel: contact.channel })
      .updateEntity(false)
      .execute();
  }

  /** Publishes a lead change (after commit) and answers the lead as the API shows it. */
  async announce(
    type: 'lead.created' | 'lead.updated' | 'lead.moved',
    lead: LeadEntity,
  ): Promise<LeadResponse> {
    const response = await this.toResponse(lead);
    this.live.publish({
      type,
      lead_id: lead.id,
      assigned_user_id: lead.assignedUserId,
      lead: response,
    });
    return response;
  }

  /** Clears the outcome when a lead leaves `fechado`; refuses one outside it. */
  applyOutcome(
    lead: LeadEntity,
    input: Pick<UpdateLeadDto, 'outcome' | 'lost_reason'>,
    changes: LeadChange[],
  ): void {
    if (lead.stage !== LeadStage.Fechado) {
      if (input.outcome) {
        throw new LeadException(
          LeadErrorCode.OutcomeNeedsClosedStage,
          'O resultado (ganho/perdido) só vale para leads na etapa Fechado.',
          {},
          'outcome',
        );
      }
      if (lead.outcome !== null)
        changes.push({ type: LeadEventType.OutcomeSet, from: lead.outcome, to: null });
      lead.outcome = null;
      lead.lostReason = null;
      return;
    }
    if (input.outcome !== undefined && input.outcome !== lead.outcome) {
      changes.push({ type: LeadEventType.OutcomeSet, from: lead.outcome, to: input.outcome });
      lead.outcome = input.outcome;
    }
    if (input.lost_reason !== undefined) lead.lostReason = input.lost_reason;
    if (lead.outcome !== 'lost') lead.lostReason = null;
  }

  async toResponses(leads: LeadEntity[]): Promise<LeadResponse[]> {
    const ids = [
      ...new Set(leads.map((l) => l.assignedUserId).filter((id): id is string => id !== null)),
    ];
    const users = new Map((await this.users.findByIds(ids)).map((u) => [u.id, u]));
    return leads.map((lead) =>
      toLeadResponse(lead, lead.assignedUserId ? users.get(lead.assignedUserId) : undefined),
    );
  }

  async toResponse(lead: LeadEntity): Promise<LeadResponse> {
    const [response] = await this.toResponses([lead]);
    return response as LeadResponse;
  }

  private parsePhone(input: string): { e164: string; matchKey: string } {
    const phone = normalizePhone(input);
    if (!phone)
      throw LeadException.invalid(
        'phone',
        'Telefone inválido. Use DDD e número, como (11) 98765-4321.',
      );
    return phone;
  }

  private cents(input: {
    estimated_value?: string | null;
    estimated_value_cents?: number | null;
  }): number | null {
    if (input.estimated_value_cents !== undefined && input.estimated_value !== undefined) {
      const fromDecimal =
        input.estimated_value === null ? null : decimalToCents(input.estimated_value);
      if (fromDecimal !== input.estimated_value_cents) {
        throw LeadException.invalid(
          'estimated_value',
          'estimated_value e estimated_value_cents não conferem.',
        );
      }
    }
    if (input.estimated_value_cents !== undefined) return input.estimated_value_cents;
    if (input.estimated_value === undefined || input.estimated_value === null) return null;
    return decimalToCents(input.estimated_value);
  }

  private async refuseDuplicate(
    email: string | null,
    phoneKey: string | null,
    exceptId?: string,
  ): Promise<void> {
    for (const [field, value] of [
      ['email', email],
      ['phone', phoneKey],
    ] as const) {
      if (!value) continue;
      const query = this.leads
        .createQueryBuilder('lead')
        .select(['lead.id', 'lead.name'])
        .andWhere(field === 'email' ? 'lead.email = :value' : 'lead.phone_match_key = :value', {
          value,
        });
      if (exceptId) query.andWhere('lead.id <> :exceptId', { exceptId });
      const existing = await query.getOne();
      if (existing) throw LeadException.duplicate({ id: existing.id, name: existing.name }, field);
    }
  }

  /** An assignee must be a member; an agent may only take a lead or leave it unassigned. */
  private async checkAssignee(userId: string | null): Promise<string | null> {
    if (userId === null) return null;
    if (this.access.isAgent && userId !== this.access.userId) {
      throw new LeadException(
        LeadErrorCode.AssignmentNotAllowed,
        'Agentes só podem atribuir leads a si mesmos.',
        {},
        'assigned_user_id',
      );
    }
    if (!(await this.members.isMember(userId))) {
      throw new LeadException(
        LeadErrorCode.AssigneeNotMember,
        'O responsável precisa ser membro da organização.',
        {},
        'assigned_user_id',
      );
    }
    return userId;
  }
}
