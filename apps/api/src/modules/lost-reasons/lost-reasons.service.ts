import { Injectable } from '@nestjs/common';
import type { ListEnvelope, LostReason } from '@loved/shared';
import { isUniqueViolation } from '../../core/database/unique-violation';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import type { CreateLostReasonDto, UpdateLostReasonDto } from './dto/lost-reason.dto';
import { LostReasonEntity } from './lost-reason.entity';
import { LostReasonException } from './lost-reason.exception';

const toLostReason = (row: LostReasonEntity): LostReason => ({
  id: row.id,
  label: row.label,
  position: row.position,
});

/** The organisation's editable list of reasons a deal is lost. */
@Injectable()
export class LostReasonsService {
  constructor(
    @InjectTenantRepository(LostReasonEntity)
    private readonly reasons: TenantScopedRepository<LostReasonEntity>,
  ) {}

  async list(): Promise<ListEnvelope<LostReason>> {
    const rows = await this.reasons.find({ order: { position: 'ASC', createdAt: 'ASC' } });
    return { items: rows.map(toLostReason), next_cursor: null };
  }

  async create(input: CreateLostReasonDto): Promise<LostReason> {
    const last = await this.reasons.findOne({ where: {}, order: { position: 'DESC' } });
    const row = this.reasons.create({ label: input.label, position: (last?.position ?? -1) + 1 });
    if (!(await this.reasons.insertIfAbsent(row))) throw LostReasonException.exists();
    return toLostReason(row);
  }

  async update(id: string, input: UpdateLostReasonDto): Promise<LostReason> {
    const row = await this.require(id);
    if (input.label !== undefined) row.label = input.label;
    if (input.position !== undefined) row.position = input.position;
    try {
      return toLostReason(await this.reasons.save(row));
    } catch (error) {
      if (isUniqueViolation(error)) throw LostReasonException.exists();
      throw error;
    }
  }

  /** Leads lost for this reason keep its label. */
  async remove(id: string): Promise<void> {
    if ((await this.reasons.delete({ id })) === 0) throw LostReasonException.notFound();
  }

  private async require(id: string): Promise<LostReasonEntity> {
    const row = await this.reasons.findOneBy({ id });
    if (!row) throw LostReasonException.notFound();
    return row;
  }
}
