import { Injectable, Logger } from '@nestjs/common';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { UsersService } from '../users/users.service';

export const DEMO_ORGANIZATION_NAME = 'Agência Demo';
export const DEMO_ADMIN_EMAIL = 'demo@loved.crm';

export type DemoLogin = { email: string; password: string; created: boolean };

/**
 * The demo data `npm start` shows on a fresh machine: "Agência Demo" and its admin. Runs on
 * every boot with SEED_DEMO and does nothing once the demo admin exists.
 */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    private readonly tenant: TenantContextService,
    private readonly users: UsersService,
    private readonly organizations: OrganizationsService,
  ) {}

  async seed(password: string): Promise<DemoLogin> {
    if (await this.users.findByEmail(DEMO_ADMIN_EMAIL)) {
      return { email: DEMO_ADMIN_EMAIL, password, created: false };
    }
    await this.tenant.runAsUser(undefined, async () => {
      const admin = await this.users.create({
        name: 'Demo Admin',
        email: DEMO_ADMIN_EMAIL,
        password,
      });
      await this.organizations.create(DEMO_ORGANIZATION_NAME, admin.id);
    });
    this.logger.log({ organization: DEMO_ORGANIZATION_NAME }, 'demo organisation created');
    return { email: DEMO_ADMIN_EMAIL, password, created: true };
  }
}
