import { Injectable, Logger } from '@nestjs/common';
import { Role } from '@loved/shared';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import { ActivitiesService } from '../activities/activities.service';
import { addDays, dateIn, zonedInstant } from '../activities/utils/zoned-time.util';
import { LeadsService } from '../leads/leads.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { UsersService } from '../users/users.service';
import { DEMO_ACTIVITIES } from './demo-activities.seed';
import { DEMO_LEADS } from './demo-leads.seed';

export const DEMO_ORGANIZATION_NAME = 'Agência Demo';
export const DEMO_ADMIN_EMAIL = 'demo@loved.crm';

export type DemoLogin = { email: string; password: string; created: boolean };

/**
 * The demo data `npm start` shows on a fresh machine: "Agência Demo", its admin and a board of
 * leads. Runs on every boot with SEED_DEMO and does nothing once the demo admin exists.
 */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    private readonly tenant: TenantContextService,
    private readonly users: UsersService,
    private readonly organizations: OrganizationsService,
    private readonly leads: LeadsService,
    private readonly activities: ActivitiesService,
  ) {}

  async seed(password: string): Promise<DemoLogin> {
    if (await this.users.isEmailRegistered(DEMO_ADMIN_EMAIL)) {
      return { email: DEMO_ADMIN_EMAIL, password, created: false };
    }
    // One transaction: a failed seed leaves no admin behind, so the next boot seeds again.
    await this.tenant.runAsUser(undefined, async () => {
      const admin = await this.users.create({
        name: 'Demo Admin',
        email: DEMO_ADMIN_EMAIL,
        password,
      });
      const organization = await this.organizations.create(DEMO_ORGANIZATION_NAME, admin.id);
      await this.tenant.run(
        { organizationId: organization.id, userId: admin.id, role: Role.Admin },
        async () => this.seedActivities(await this.seedLeads(admin.id)),
      );
    });
    this.logger.log(
      { organization: DEMO_ORGANIZATION_NAME, leads: DEMO_LEADS.length },
      'demo organisation created',
    );
    return { email: DEMO_ADMIN_EMAIL, password, created: true };
  }

  /** Through `LeadsService`, so demo leads get positions and timeline events like real ones. */
  private async seedLeads(adminId: string): Promise<Map<string, string>> {
    const idsByName = new Map<string, string>();
    for (const { assignedToAdmin, outcome, lostReason, ...input } of DEMO_LEADS) {
      const lead = await this.leads.create({
        ...input,
        assigned_user_id: assignedToAdmin ? adminId : null,
      });
      idsByName.set(lead.name, lead.id);
      if (outcome) {
        await this.leads.update(lead.id, {
          version: lead.version,
          outcome,
          lost_reason: lostReason ?? null,
        });
      }
    }
    return idsByName;
  }

  /**
   * The admin's agenda around the day of the first boot, in the organisation's time zone,
   * through `ActivitiesService` so cards get their next activity and completions their
   * timeline line.
   */
  private async seedActivities(leadIds: Map<string, string>): Promise<void> {
    const { time_zone: timeZone } = await this.organizations.getCurrent();
    const today = dateIn(timeZone);
    for (const { leadName, day, time, durationMinutes, done, ...input } of DEMO_ACTIVITIES) {
      const leadId = leadIds.get(leadName);
      if (!leadId) throw new Error(`demo activity for an unknown demo lead: ${leadName}`);
      const activity = await this.activities.create({
        ...input,
        lead_id: leadId,
        due_at: zonedInstant(addDays(today, day), time, timeZone).toISOString(),
        duration_minutes: durationMinutes ?? null,
      });
      if (done) await this.activities.update(activity.id, { done: true });
    }
  }
}
