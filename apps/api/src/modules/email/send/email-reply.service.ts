import { Injectable } from '@nestjs/common';
import { Channel, type EmailMetadata } from '@loved/shared';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../../core/tenancy/tenant-scoped.repository';
import { CommunicationEntity } from '../../communications/communication.entity';
import { EmailException } from '../email.exception';

/** The e-mail a reply answers: one of the same lead's, so a thread never crosses leads. */
@Injectable()
export class EmailReplyService {
  constructor(
    @InjectTenantRepository(CommunicationEntity)
    private readonly communications: TenantScopedRepository<CommunicationEntity>,
  ) {}

  async parentOf(
    leadId: string,
    communicationId: string,
  ): Promise<Pick<EmailMetadata, 'message_id' | 'references'>> {
    const parent = await this.communications.findOneBy({
      id: communicationId,
      leadId,
      channel: Channel.Email,
    });
    const metadata = parent?.metadata as Partial<EmailMetadata> | undefined;
    if (!metadata?.message_id) throw EmailException.replyNotFound();
    return { message_id: metadata.message_id, references: metadata.references ?? [] };
  }
}
