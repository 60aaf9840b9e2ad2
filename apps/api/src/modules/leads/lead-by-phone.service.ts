import { Injectable } from '@nestjs/common';
import { LeadStage } from '@loved/shared';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import { LeadCreateService } from './lead-create.service';
import type { LeadEntity } from './lead.entity';
import { LeadRepository } from './lead.repository';
import type { NormalizedPhone } from './utils/lead-phone.util';

export type LeadByPhone = { lead: LeadEntity; created: boolean };

const NAME_MAX_LENGTH = 200;

/**
 * The lead a phone call or message belongs to: the organisation's lead with that number (a
 * Brazilian mobile matches with or without its ninth digit), or a new one in the first column.
 * Serialised per number, so two messages of a new contact arriving together make one lead.
 */
@Injectable()
export class LeadByPhoneService {
  constructor(
    private readonly tenant: TenantContextService,
    private readonly leads: LeadRepository,
    private readonly creator: LeadCreateService,
  ) {}

  /** The organisation's lead with this number, if any (one indexed read). */
  find(phone: NormalizedPhone): Promise<LeadEntity | null> {
    return this.leads.findByPhoneKey(phone.matchKey);
  }

  /**
   * Finds or creates. Meant for a transaction of its own: creating holds the column's lock
   * until commit, so the caller records the message in the next transaction, not this one.
   */
  async findOrCreate(
    phone: NormalizedPhone,
    defaults: { name: string | null; source: string },
  ): Promise<LeadByPhone> {
    const found = await this.leads.findByPhoneKey(phone.matchKey);
    if (found) return { lead: found, created: false };
    await this.tenant.manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `lead-phone:${this.tenant.organizationId}:${phone.matchKey}`,
    ]);
    const raced = await this.leads.findByPhoneKey(phone.matchKey);
    if (raced) return { lead: raced, created: false };
    const name = defaults.name?.trim().slice(0, NAME_MAX_LENGTH) || phone.e164;
    await this.creator.create(
      { name, phone: phone.e164, source: defaults.source, stage: LeadStage.Lead },
      { allowDuplicate: true },
    );
    const created = await this.leads.findByPhoneKey(phone.matchKey);
    if (!created) throw new Error(`lead for ${phone.matchKey} vanished after insert`);
    return { lead: created, created: true };
  }
}
