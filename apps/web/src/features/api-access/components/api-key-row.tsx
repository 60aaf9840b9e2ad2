import type { ApiKeyResponse } from '@loved/shared';
import { ApiKeyScopeBadges } from '@/features/api-access/components/api-key-scope-badges';
import { RevokeApiKeyDialog } from '@/features/api-access/components/revoke-api-key-dialog';
import { useTranslation } from '@/lib/i18n/use-translation';

export type ApiKeyRowProps = {
  apiKey: ApiKeyResponse;
  /** Now, to tell a key that expired from one that will. */
  now?: Date;
};

/** One key: its name and start, its scopes, who made it, when it was last used, its end. */
export function ApiKeyRow({ apiKey, now = new Date() }: ApiKeyRowProps): React.JSX.Element {
  const { t, relative, dateTime, date } = useTranslation();
  const expiresAt = apiKey.expires_at;
  const hasExpired = expiresAt !== null && new Date(expiresAt) <= now;
  const created = relative(apiKey.created_at);

  return (
    <li className="flex flex-wrap items-start justify-between gap-3 py-3">
      <div className="flex min-w-0 flex-1 flex-col gap-1.5">
        <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
          <span className="font-medium">{apiKey.name}</span>
          <code
            className="font-mono text-xs text-muted-foreground"
            title={t('apiAccess.keys.prefixLabel')}
          >
            {`${apiKey.prefix}…`}
          </code>
        </p>
        <ApiKeyScopeBadges
          scopes={apiKey.scopes}
          label={t('apiAccess.keys.scopesOf', { name: apiKey.name })}
        />
        <p className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-muted-foreground">
          <time dateTime={apiKey.created_at} title={dateTime(apiKey.created_at)}>
            {apiKey.created_by
              ? t('apiAccess.keys.createdBy', { name: apiKey.created_by.name, date: created })
              : t('apiAccess.keys.createdAt', { date: created })}
          </time>
          {apiKey.last_used_at ? (
            <time dateTime={apiKey.last_used_at} title={dateTime(apiKey.last_used_at)}>
              {t('apiAccess.keys.lastUsed', { date: relative(apiKey.last_used_at) })}
            </time>
          ) : (
            <span>{t('apiAccess.keys.neverUsed')}</span>
          )}
          {expiresAt ? (
            <time
              dateTime={expiresAt}
              title={dateTime(expiresAt)}
              className={hasExpired ? 'font-medium text-destructive' : undefined}
            >
              {hasExpired
                ? t('apiAccess.keys.expiredAt', { date: date(expiresAt) })
                : t('apiAccess.keys.expiresAt', { date: date(expiresAt) })}
            </time>
          ) : (
            <span>{t('apiAccess.keys.noExpiry')}</span>
          )}
        </p>
      </div>
      <RevokeApiKeyDialog apiKey={apiKey} />
    </li>
  );
}
