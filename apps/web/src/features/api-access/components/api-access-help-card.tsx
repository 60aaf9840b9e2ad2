import { ExternalLink } from 'lucide-react';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { useTranslation } from '@/lib/i18n/use-translation';

const TITLE_ID = 'api-access-title';

/** Where the interactive API reference is served (by the API itself, not the SPA). */
const API_DOCS_PATH = '/api/docs';

const SIGNATURE_HEADERS = ['webhook-id', 'webhook-timestamp', 'webhook-signature'] as const;

/** Settings → API (admins): how to authenticate with a key and check a webhook's signature. */
export function ApiAccessHelpCard(): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <Card role="region" aria-labelledby={TITLE_ID}>
      <CardHeader>
        <div>
          <CardTitle id={TITLE_ID}>{t('apiAccess.help.title')}</CardTitle>
          <CardDescription>{t('apiAccess.help.description')}</CardDescription>
        </div>
      </CardHeader>
      <CardContent className="flex flex-col gap-4 text-sm">
        <section aria-labelledby="api-access-auth-title" className="flex flex-col gap-1.5">
          <h3 id="api-access-auth-title" className="font-semibold">
            {t('apiAccess.help.authTitle')}
          </h3>
          <p className="text-muted-foreground">{t('apiAccess.help.auth')}</p>
          <pre className="overflow-x-auto rounded-md bg-muted px-3 py-2 font-mono text-xs">
            <code>Authorization: Bearer lcrm_…</code>
          </pre>
        </section>
        <section aria-labelledby="api-access-webhooks-title" className="flex flex-col gap-1.5">
          <h3 id="api-access-webhooks-title" className="font-semibold">
            {t('apiAccess.help.webhooksTitle')}
          </h3>
          <p className="text-muted-foreground">{t('apiAccess.help.webhooks')}</p>
          <ul className="flex flex-wrap gap-2">
            {SIGNATURE_HEADERS.map((header) => (
              <li key={header}>
                <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs">{header}</code>
              </li>
            ))}
          </ul>
        </section>
        <a
          href={API_DOCS_PATH}
          target="_blank"
          rel="noopener noreferrer"
          className="inline-flex w-fit items-center gap-1.5 font-medium text-primary underline-offset-4 hover:underline focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
        >
          {t('apiAccess.help.docs')}
          <ExternalLink aria-hidden="true" className="size-3.5" />
          <span className="sr-only">{t('apiAccess.help.newTab')}</span>
        </a>
      </CardContent>
    </Card>
  );
}
