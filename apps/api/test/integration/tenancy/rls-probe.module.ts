import { Controller, Get, Module, type DynamicModule } from '@nestjs/common';
import { TenantContextService } from '../../../src/core/tenancy/tenant-context.service';

/** A tenant route that runs a raw query with no WHERE clause on the request's connection. */
@Controller('test-rls-probe')
class RlsProbeController {
  constructor(private readonly tenant: TenantContextService) {}

  @Get()
  async unscoped(): Promise<{ organizations: string[]; memberships: string[] }> {
    const memberships = await this.tenant.manager.query<Array<{ organization_id: string }>>(
      'SELECT organization_id FROM memberships',
    );
    const organizations = await this.tenant.manager.query<Array<{ id: string }>>(
      'SELECT id FROM organizations',
    );
    return {
      memberships: [...new Set(memberships.map((r) => r.organization_id))],
      organizations: organizations.map((r) => r.id),
    };
  }
}

@Module({ controllers: [RlsProbeController] })
class RlsProbeModule {}

export const withRlsProbe = (root: DynamicModule): DynamicModule => ({
  module: class RlsProbeRoot {},
  imports: [root, RlsProbeModule],
});
