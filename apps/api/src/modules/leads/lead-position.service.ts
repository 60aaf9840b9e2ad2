import { Injectable } from '@nestjs/common';
import type { LeadStage } from '@loved/shared';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import { LeadAccessService } from './lead-access.service';
import type { LeadEntity } from './lead.entity';
import { LeadErrorCode, LeadException } from './lead.exception';
import { LeadRepository } from './lead.repository';
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
    private readonly leads: LeadRepository,
    private readonly access: LeadAccessService,
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
    return positionsBetween(null, await this.leads.adjacentPosition(stage, null, 'next'), count);
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
      [low, high] = [
        after.position,
        await this.leads.adjacentPosition(stage, after.position, 'next', movingId),
      ];
    } else if (before) {
      [low, high] = [
        await this.leads.adjacentPosition(stage, before.position, 'previous', movingId),
        before.position,
      ];
    } else {
      [low, high] = [null, await this.leads.adjacentPosition(stage, null, 'next', movingId)];
    }
    const position = positionBetween(low, high);
    if (position.length <= POSITION_REBALANCE_LENGTH) return position;
    return this.rebalanceAround(stage, low, movingId);
  }

  /** A neighbour the caller cannot see answers exactly as one that does not exist. */
  private async neighbour(id: string, stage: LeadStage, field: string): Promise<LeadEntity> {
    const lead = await this.leads.findVisible(id, this.access.visibility);
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

  /**
   * Keys got long at this spot: renumber the column with short, evenly spaced keys and answer
   * a fresh key right after `low` (or at the top). Two passes avoid transient duplicates.
   */
  private async rebalanceAround(
    stage: LeadStage,
    low: string | null,
    movingId?: string,
  ): Promise<string> {
    const column = await this.leads.columnPositions(stage, movingId);
    const insertAt = low === null ? 0 : column.filter((lead) => lead.position <= low).length;
    const keys = evenlySpacedPositions(column.length + 1);
    const assignments = column.map((lead, index) => ({
      id: lead.id,
      position: keys[index < insertAt ? index : index + 1] as string,
    }));
    // The lead being moved may sit in this column: park it out of the way ('~' sorts last).
    if (movingId) await this.leads.setPosition(movingId, `~~${movingId}`);
    for (const prefix of ['~', '']) {
      for (const { id, position } of assignments) {
        await this.leads.setPosition(id, `${prefix}${position}`);
      }
    }
    return keys[insertAt] as string;
  }
}
