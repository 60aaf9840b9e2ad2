import type { CommunicationResponse } from '@loved/shared';
import type { CommunicationEntity } from './communication.entity';

export const toCommunicationResponse = (c: CommunicationEntity): CommunicationResponse => ({
  id: c.id,
  organization_id: c.organizationId,
  lead_id: c.leadId,
  channel: c.channel,
  direction: c.direction,
  content: c.content,
  subject: c.subject,
  metadata: c.metadata,
  attachments: c.attachments,
  external_id: c.externalId,
  status: c.status,
  author_user_id: c.authorUserId,
  author_api_key_id: c.authorApiKeyId,
  sent_at: c.sentAt.toISOString(),
  created_at: c.createdAt.toISOString(),
  updated_at: c.updatedAt.toISOString(),
});
