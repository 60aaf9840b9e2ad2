import type { IntegrationError, IntegrationStatus } from '@loved/shared';
import type { Dictionary } from '@/lib/i18n/translate';

/**
 * A provider with a card in Settings. Its texts live under `integrations.<provider>` in the
 * dictionary, so the shared pieces take the provider and a missing text fails to compile.
 */
export type IntegrationCardProvider = keyof Dictionary['integrations'];

/** What every provider's integration response has, as the shared card pieces read it. */
export type IntegrationSummary = {
  status: IntegrationStatus;
  updated_at: string | null;
  last_error: IntegrationError | null;
};
