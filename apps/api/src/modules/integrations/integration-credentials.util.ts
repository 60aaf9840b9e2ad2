import type { IntegrationProvider } from '@loved/shared';

/** Associated data binding sealed credentials to their organisation and provider. */
export const credentialsContext = (organizationId: string, provider: IntegrationProvider): string =>
  `${organizationId}:${provider}`;
