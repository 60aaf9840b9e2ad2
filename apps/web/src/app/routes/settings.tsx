import { PageHeader } from '@/components/page-header';
import { ApiAccessSettings } from '@/features/api-access/components/api-access-settings';
import { EmailIntegrationCard } from '@/features/integrations/components/email-integration-card';
import { TwilioIntegrationCard } from '@/features/integrations/components/twilio-integration-card';
import { WhatsAppIntegrationCard } from '@/features/integrations/components/whatsapp-integration-card';
import { DealHealthSettingsCard } from '@/features/deal-health/components/deal-health-settings-card';
import { LostReasonsCard } from '@/features/leads/components/lost-reasons-card';
import { NotificationSettingsCard } from '@/features/notifications/components/notification-settings-card';
import { InviteCard } from '@/features/organizations/components/invite-card';
import { OrganizationNameForm } from '@/features/organizations/components/organization-name-form';
import { OrganizationTimeZoneForm } from '@/features/organizations/components/organization-time-zone-form';
import { TeamCard } from '@/features/organizations/components/team-card';
import { SystemStatusCard } from '@/features/system-status/components/system-status-card';
import { useTranslation } from '@/lib/i18n/use-translation';
import { selectCurrentMembership, useSessionStore } from '@/stores/session.store';

/**
 * `/configuracoes`: organisation name and team; admins edit, everyone else reads. The lost
 * reasons are for admins and managers; integrations (WhatsApp, Twilio calls, e-mail) and the system
 * status (database, Redis, storage) and API access (keys, webhooks) for admins only: the API
 * refuses them to anyone else.
 */
export function SettingsRoute(): React.JSX.Element {
  const { t } = useTranslation();
  const role = useSessionStore((state) => selectCurrentMembership(state)?.role);
  const currentUserId = useSessionStore((state) => state.user?.id ?? null);
  const isAdmin = role === 'admin';
  const canEditLostReasons = isAdmin || role === 'manager';

  return (
    <>
      <PageHeader title={t('titles.settings')} description={t('settings.description')} />
      <div className="flex flex-col gap-6">
        <OrganizationNameForm canEdit={isAdmin} />
        <OrganizationTimeZoneForm canEdit={isAdmin} />
        <TeamCard currentUserId={currentUserId} canManage={isAdmin} />
        <NotificationSettingsCard />
        {isAdmin ? <InviteCard /> : null}
        {isAdmin ? <WhatsAppIntegrationCard /> : null}
        {isAdmin ? <TwilioIntegrationCard /> : null}
        {isAdmin ? <EmailIntegrationCard /> : null}
        {canEditLostReasons ? <LostReasonsCard canEdit /> : null}
        <DealHealthSettingsCard canEdit={isAdmin} />
        {isAdmin ? <ApiAccessSettings /> : null}
        {isAdmin ? <SystemStatusCard /> : null}
      </div>
    </>
  );
}
