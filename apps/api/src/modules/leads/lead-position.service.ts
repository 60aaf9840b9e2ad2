import { Injectable } from '@nestjs/common';
import type { LeadStage } from '@loved/shared';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import { LeadEntity } from './lead.entity';
import { LeadErrorCode, LeadException } from './lead.exception';
import {
  evenlySpacedPositions,
  POSITION_REBALANCE_LENGTH,
  positionBetween,
  positionsBetween,
} from './utils/lead-position.util';

export type Placement = { beforeId?: string; afterId?: string };

/**
 * Places leads inside a stage column. Moves into one column are serialised by a transaction
 * advisory lock on that column, so concurrent moves never compute the same key; the unique
 * index on (organization_id, stage, position) guards the rest.
 */
@Injectable()
export class LeadPositionService {
  constructor(
    private readonly tenant: TenantContextService,
    @InjectTenantRepository(LeadEntity) private readonly leads: TenantScopedRepository<LeadEntity>,
  ) {}

  async lockColumn(stage: LeadStage): Promise<void> {
    await this.tenant.manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `leads-column:${this.tenant.organizationId}:${stage}`,
    ]);
  }

  /**
   * `count` positions above the current top of `stage`, in order, for a batch of new leads (an
   * import): one short key each instead of a rebalance every few rows. Locks the column, and
   * the lock holds until the transaction ends, so nobody else takes these keys meanwhile.
   */
  async topPositions(stage: LeadStage, count: number): Promise<string[]> {
    await this.lockColumn(stage);
    return positionsBetween(null, await this.adjacent(stage, null, 'next'), count);
  }

  /**
   * A position in `stage` for `movingId` (absent for a new lead): right before `beforeId`,
   * right after `afterId`, between both, or at the top. Call with the column locked.
   */
  async positionFor(stage: LeadStage, placement: Placement, movingId?: string): Promise<string> {
    const before = placement.beforeId
      ? await this.neighbour(placement.beforeId, stage, 'before_id')
      : undefined;
    const after = placement.afterId
      ? await this.neighbour(placement.afterId, stage, 'after_id')
      : undefined;
    let low: string | null;
    let high: string | null;
    if (after && before) {
      if (after.position >= before.position) {
        throw new LeadException(
          LeadErrorCode.NeighbourNotInStage,
          'after_id precisa estar acima de before_id na coluna.',
          {},
          'after_id',
        );
      }
      [low, high] = [after.position, before.position];
    } else if (after) {
      [low, high] = [after.position, await this.adjacent(stage, after.position, 'next', movingId)];
    } else if (before) {
      [low, high] = [
        await this.adjacent(stage, before.position, 'previous', movingId),
        before.position,
      ];
    } else {
      [low, high] = [null, await this.adjacent(stage, null, 'next', movingId)];
    }
    const position = positionBetween(low, high);
    if (position.length <= POSITION_REBALANCE_LENGTH) return position;
    return this.rebalanceAround(stage, low, movingId);
  }

  private async neighbour(id: string, stage: LeadStage, field: string): Promise<LeadEntity> {
    const lead = await this.leads.findOneBy({ id });
    if (!lead || lead.stage !== stage) {
      throw new LeadException(
        LeadErrorCode.NeighbourNotInStage,
        `O lead de ${field} não está na etapa ${stage}.`,
        {},
        field,
      );
    }
    return lead;
  }

  /** The position right after (or before) `from` in the column, ignoring the lead being moved. */
  private async adjacent(
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
   * Keys got long at this spot: renumber the column with short, evenly spaced keys and answer
   * a fresh key right after `low` (or at the top). Two passes avoid transient duplicates.
   */
  private async rebalanceAround(
    stage: LeadStage,
    low: string | null,
    movingId?: string,
  ): Promise<string> {
    const query = this.leads
      .createQueryBuilder('lead')
      .select(['lead.id', 'lead.position'])
      .andWhere('lead.stage = :stage', { stage })
      .orderBy('lead.position', 'ASC');
    if (movingId) query.andWhere('lead.id <> :movingId', { movingId });
    const column = await query.getMany();
    const insertAt = low === null ? 0 : column.filter((lead) => lead.position <= low).length;
    const keys = evenlySpacedPositions(column.length + 1);
    const assignments = column.map((lead, index) => ({
      id: lead.id,
      position: keys[index < insertAt ? index : index + 1] as string,
    }));
    // The lead being moved may sit in this column: park it out of the way ('~' sorts last).
    if (movingId) await this.leads.update({ id: movingId }, { position: `~~${movingId}` });
    for (const prefix of ['~', '']) {
      for (const { id, position } of assignments) {
        await this.leads.update({ id }, { position: `${prefix}${position}` });
      }
    }
    return keys[insertAt] as string;
  }
}
