import { Injectable } from '@nestjs/common';
import { LEAD_STAGES, type LeadStage } from '@loved/shared';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import { LeadAccessService } from './lead-access.service';
import type { LeadEntity } from './lead.entity';
import { LeadErrorCode, LeadException } from './lead.exception';
import { LeadRepository } from './lead.repository';
import {
  POSITION_REBALANCE_LENGTH,
  POSITION_SHORT_LENGTH,
  positionBetween,
  positionsAvoiding,
  positionsBetween,
} from './utils/lead-position.util';

export type Placement = { beforeId?: string; afterId?: string };

/** Rows on each side of the spot in the first rekey window. */
const REKEY_RADIUS = 16;

/**
 * Places leads inside a stage column. Lock order, everywhere: column advisory locks in board
 * order, then rows. Moves into one column are serialised by its lock, so concurrent moves never
 * compute the same key; a rekey locks its rows too, so a lead edited or moved out meanwhile is
 * never overwritten. The unique index on (organization_id, stage, position) guards the rest.
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
      this.columnLockKey(stage),
    ]);
  }

  /**
   * Before moving lead `id` to `stage`: locks its current column and `stage`, in board order, in
   * one round trip (the current stage is read inside the statement). Lock the row after this.
   * Should a concurrent move change the lead's column before its row is locked, the stale
   * column is locked instead of the new one; the row lock still keeps a rekey there off it.
   */
  async lockColumnsForMove(id: string, stage: LeadStage): Promise<void> {
    await this.tenant.manager.query(
      `SELECT pg_advisory_xact_lock(hashtextextended($1 || s.stage, 0))
         FROM unnest($2::text[]) AS s(stage)
        WHERE s.stage = $3
           OR s.stage = (SELECT lead.stage FROM leads lead WHERE lead.organization_id = $4 AND lead.id = $5)`,
      [this.columnLockKey(''), LEAD_STAGES, stage, this.tenant.organizationId, id],
    );
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
    return this.rekeyAround(stage, low, high, movingId);
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
   * Keys got long at this spot (many inserts at one place). Rekeys only a window of rows
   * around it, `radius` rows on each side, doubled until fresh keys spread between the window's
   * outer neighbours fit in POSITION_SHORT_LENGTH; the whole column is the last step, where
   * integer keys always fit. One UPDATE writes the positions only. Answers the key for the new
   * slot right after `low`. Call with the column locked.
   */
  private async rekeyAround(
    stage: LeadStage,
    low: string | null,
    high: string | null,
    movingId?: string,
  ): Promise<string> {
    for (let radius = REKEY_RADIUS; ; radius *= 2) {
      const lowBound =
        low === null
          ? null
          : await this.leads.positionAtDistance(stage, low, 'previous', radius, movingId);
      const highBound =
        high === null
          ? null
          : await this.leads.positionAtDistance(stage, high, 'next', radius, movingId);
      const wholeColumn = lowBound === null && highBound === null;
      const fits = positionsBetween(lowBound, highBound, radius * 2 + 1).every(
        (key) => key.length <= POSITION_SHORT_LENGTH,
      );
      if (fits || wholeColumn) return this.rekey(stage, lowBound, highBound, low, movingId);
    }
  }

  /** Rekeys the rows strictly between two bounds, leaving a slot after `low`; answers its key. */
  private async rekey(
    stage: LeadStage,
    lowBound: string | null,
    highBound: string | null,
    low: string | null,
    movingId?: string,
  ): Promise<string> {
    const locked = await this.leads.lockPositionsBetween(stage, lowBound, highBound);
    const rows = locked.filter((row) => row.id !== movingId);
    const insertAt = low === null ? 0 : rows.filter((row) => row.position <= low).length;
    const keys = positionsAvoiding(
      lowBound,
      highBound,
      rows.length + 1,
      new Set(locked.filter((row) => row.id === movingId).map((row) => row.position)),
    );
    const assignments = rows
      .map((row, index) => ({
        id: row.id,
        position: keys[index < insertAt ? index : index + 1] as string,
      }))
      .filter((assignment, index) => assignment.position !== rows[index]?.position);
    await this.leads.reorder(stage, assignments);
    return keys[insertAt] as string;
  }

  private columnLockKey(stage: string): string {
    return `leads-column:${this.tenant.organizationId}:${stage}`;
  }
}
