import type { ApiKeyScope } from '@loved/shared';
import { Badge } from '@/components/ui/badge';
import { useTranslation } from '@/lib/i18n/use-translation';

export type ApiKeyScopeBadgesProps = {
  scopes: readonly ApiKeyScope[];
  /** Names the list for screen readers ("Escopos de Site"). */
  label: string;
};

/** What a key may do, one badge per scope, with the scope's code as a tooltip. */
export function ApiKeyScopeBadges({ scopes, label }: ApiKeyScopeBadgesProps): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1">
      {scopes.map((scope) => (
        <li key={scope}>
          <Badge variant="secondary" title={scope}>
            {t(`apiAccess.keys.scopes.${scope}.label`)}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
