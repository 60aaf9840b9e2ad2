import type { SchemaDefinition } from './core/database/database-bootstrap';
import { IdempotencyKeyEntity } from './core/idempotency/idempotency-key.entity';
import { ApiKeyEntity } from './modules/api-keys/api-key.entity';
import { MIGRATIONS } from './migrations/migrations';
import { ActivityEntity } from './modules/activities/activity.entity';
import { AiSummaryEntity } from './modules/ai-summaries/ai-summary.entity';
import { RefreshTokenEntity } from './modules/auth/refresh-token.entity';
import { CommunicationEntity } from './modules/communications/communication.entity';
import { PendingStatusEntity } from './modules/communications/pending-status.entity';
import { FileAttachmentEntity } from './modules/files/file-attachment.entity';
import { FileDeletionEntity } from './modules/files/file-deletion.entity';
import { WebhookEventEntity } from './modules/integrations/inbox/webhook-event.entity';
import { IntegrationEntity } from './modules/integrations/integration.entity';
import { EmailDropboxEntity } from './modules/email/dropbox/email-dropbox.entity';
import { StageHealthSettingEntity } from './modules/deal-health/stage-health-setting.entity';
import { LeadEventEntity } from './modules/leads/lead-event.entity';
import { LeadEntity } from './modules/leads/lead.entity';
import { LostReasonEntity } from './modules/lost-reasons/lost-reason.entity';
import { NotificationSettingsEntity } from './modules/notifications/notification-settings.entity';
import { NotificationEntity } from './modules/notifications/notification.entity';
import { InvitationEntity } from './modules/organizations/invitation.entity';
import { MembershipEntity } from './modules/organizations/membership.entity';
import { OrganizationEntity } from './modules/organizations/organization.entity';
import { SavedFilterEntity } from './modules/saved-filters/saved-filter.entity';
import { UserEntity } from './modules/users/user.entity';
import { WebhookDeliveryEntity } from './modules/webhook-endpoints/webhook-delivery.entity';
import { WebhookEndpointEntity } from './modules/webhook-endpoints/webhook-endpoint.entity';

/** Every entity and migration of the API, in one place for the app, the migrator and the tests. */
export const DATABASE_SCHEMA: SchemaDefinition = {
  entities: [
    UserEntity,
    OrganizationEntity,
    MembershipEntity,
    InvitationEntity,
    RefreshTokenEntity,
    LeadEntity,
    LeadEventEntity,
    CommunicationEntity,
    FileAttachmentEntity,
    FileDeletionEntity,
    IntegrationEntity,
    WebhookEventEntity,
    PendingStatusEntity,
    AiSummaryEntity,
    LostReasonEntity,
    SavedFilterEntity,
    EmailDropboxEntity,
    ActivityEntity,
    NotificationEntity,
    NotificationSettingsEntity,
    StageHealthSettingEntity,
    IdempotencyKeyEntity,
    WebhookEndpointEntity,
    WebhookDeliveryEntity,
    ApiKeyEntity,
  ],
  migrations: MIGRATIONS,
};
