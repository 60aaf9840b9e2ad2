import { Injectable } from '@nestjs/common';
import { LeadStage } from '@loved/shared';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import { LeadCreateService } from './lead-create.service';
import type { LeadEntity } from './lead.entity';
import { LeadRepository } from './lead.repository';

const NAME_MAX_LENGTH = 200;

/**
 * The lead an e-mail belongs to: the organisation's lead with that address, or (when the
 * mailbox is set to) a new one in the first column. Serialised per address, so two messages of
 * a new sender synced together make one lead.
 */
@Injectable()
export class LeadByEmailService {
  constructor(
    private readonly tenant: TenantContextService,
    private readonly leads: LeadRepository,
    private readonly creator: LeadCreateService,
  ) {}

  find(email: string): Promise<LeadEntity | null> {
    return this.leads.findByEmail(email.toLowerCase());
  }

  /** Meant for a transaction of its own, as `LeadByPhoneService.findOrCreate`. */
  async findOrCreate(email: string, name: string | null): Promise<LeadEntity> {
    const address = email.toLowerCase();
    const found = await this.leads.findByEmail(address);
    if (found) return found;
    await this.tenant.manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `lead-email:${this.tenant.organizationId}:${address}`,
    ]);
    const raced = await this.leads.findByEmail(address);
    if (raced) return raced;
    await this.creator.create(
      {
        name: name?.trim().slice(0, NAME_MAX_LENGTH) || address,
        email: address,
        source: 'email',
        stage: LeadStage.Lead,
      },
      { allowDuplicate: true },
    );
    const created = await this.leads.findByEmail(address);
    if (!created) throw new Error(`lead for ${address} vanished after insert`);
    return created;
  }
}
