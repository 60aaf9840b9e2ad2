import { Module } from '@nestjs/common';
import { MembershipDirectory } from '../../core/tenancy/membership-directory';
import { provideTenantRepository } from '../../core/tenancy/tenant-scoped.repository';
import { UsersModule } from '../users/users.module';
import { InvitationEntity } from './invitation.entity';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';
import { MembersController } from './members.controller';
import { MembersService } from './members.service';
import { MembershipDirectoryService } from './membership-directory.service';
import { MembershipEntity } from './membership.entity';
import { OrganizationsController } from './organizations.controller';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [UsersModule],
  controllers: [OrganizationsController, MembersController, InvitationsController],
  providers: [
    OrganizationsService,
    MembersService,
    InvitationsService,
    MembershipDirectoryService,
    { provide: MembershipDirectory, useExisting: MembershipDirectoryService },
    provideTenantRepository(MembershipEntity),
    provideTenantRepository(InvitationEntity),
  ],
  exports: [OrganizationsService, InvitationsService, MembersService, MembershipDirectory],
})
export class OrganizationsModule {}
