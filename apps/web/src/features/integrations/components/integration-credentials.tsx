import { KeyRound } from 'lucide-react';
import { Fragment, useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import {
  DisconnectIntegrationDialog,
  type DisconnectIntegrationDialogProps,
} from '@/features/integrations/components/disconnect-integration-dialog';
import type { ConnectFormSlotProps } from '@/features/integrations/types/connect-form';
import type {
  IntegrationCardProvider,
  IntegrationSummary,
} from '@/features/integrations/types/integration-card';
import { useTranslation } from '@/lib/i18n/use-translation';

export type IntegrationCredentialsProps = {
  provider: IntegrationCardProvider;
  integration: Pick<IntegrationSummary, 'status' | 'updated_at'>;
  renderForm: (form: ConnectFormSlotProps) => ReactNode;
  disconnect: DisconnectIntegrationDialogProps['disconnect'];
  /** The number named in the disconnect question. */
  disconnectNumber: string;
};

/**
 * The credentials part of a card: the form while not active (or while an admin updates a working
 * connection), and the buttons to update or disconnect a connected one.
 */
export function IntegrationCredentials({
  provider,
  integration,
  renderForm,
  disconnect,
  disconnectNumber,
}: IntegrationCredentialsProps): React.JSX.Element {
  const { t } = useTranslation();
  const [isEditing, setIsEditing] = useState(false);
  const isActive = integration.status === 'active';

  return (
    <>
      {!isActive || isEditing ? (
        // A new status or save starts the form afresh from what the API now says.
        <Fragment key={`${integration.status}:${integration.updated_at ?? ''}`}>
          {renderForm({
            onConnected: () => setIsEditing(false),
            onCancel: isEditing ? () => setIsEditing(false) : undefined,
          })}
        </Fragment>
      ) : null}
      {integration.status !== 'disconnected' ? (
        <div className="flex flex-wrap justify-end gap-2">
          {isActive && !isEditing ? (
            <Button variant="outline" onClick={() => setIsEditing(true)}>
              <KeyRound aria-hidden="true" />
              {t(`integrations.${provider}.form.edit`)}
            </Button>
          ) : null}
          <DisconnectIntegrationDialog
            provider={provider}
            number={disconnectNumber}
            disconnect={disconnect}
          />
        </div>
      ) : null}
    </>
  );
}
