import { ApiAccessHelpCard } from '@/features/api-access/components/api-access-help-card';
import { ApiKeysCard } from '@/features/api-access/components/api-keys-card';
import { WebhookEndpointsCard } from '@/features/api-access/components/webhook-endpoints-card';

/** Settings → API (admins only; the API refuses everyone else): help, keys and webhooks. */
export function ApiAccessSettings(): React.JSX.Element {
  return (
    <>
      <ApiAccessHelpCard />
      <ApiKeysCard />
      <WebhookEndpointsCard />
    </>
  );
}
