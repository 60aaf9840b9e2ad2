import { Extensions1764368000000 } from './1764368000000-extensions';
import { Identity1795904975300 } from './1795904975300-identity';
import { Leads1795906001963 } from './1795906001963-leads';
import { Communications1795906430535 } from './1795906430535-communications';
import { IdentityRowLevelSecurity1796000000000 } from './1796000000000-identity-row-level-security';
import { Files1796100000000 } from './1796100000000-files';
import { SearchAtScale1796200000000 } from './1796200000000-search-at-scale';
import { TimelineBoardAutovacuum1796300000000 } from './1796300000000-timeline-board-autovacuum';
import { Positions1796400000000 } from './1796400000000-positions';
import { Integrations1796500000000 } from './1796500000000-integrations';
import { AiSummaries1796600000000 } from './1796600000000-ai-summaries';
import { PipelineResults1796700000000 } from './1796700000000-pipeline-results';
import { EmailSync1796800000000 } from './1796800000000-email-sync';
import { EmailDropbox1796900000000 } from './1796900000000-email-dropbox';
import { WorkingThePipeline1797000000000 } from './1797000000000-working-the-pipeline';
import { AnalyticsIndexes1797200000000 } from './1797200000000-analytics-indexes';
import { IntegrationHealth1797300000000 } from './1797300000000-integration-health';
import { IdempotencyKeys1797400000000 } from './1797400000000-idempotency-keys';
import { ApiKeys1797500000000 } from './1797500000000-api-keys';
import { WebhookDeliveryRetention1797700000000 } from './1797700000000-webhook-delivery-retention';
import { OutboundWebhooks1797600000000 } from './1797600000000-outbound-webhooks';

/** Applied in this order; a new migration is added at the end. */
export const MIGRATIONS = [Extensions1764368000000, Identity1795904975300, Leads1795906001963, Communications1795906430535, IdentityRowLevelSecurity1796000000000, Files1796100000000, SearchAtScale1796200000000, TimelineBoardAutovacuum1796300000000, Positions1796400000000, Integrations1796500000000, AiSummaries1796600000000, PipelineResults1796700000000, EmailSync1796800000000, EmailDropbox1796900000000, WorkingThePipeline1797000000000, AnalyticsIndexes1797200000000, IntegrationHealth1797300000000, IdempotencyKeys1797400000000, ApiKeys1797500000000, OutboundWebhooks1797600000000, WebhookDeliveryRetention1797700000000];
