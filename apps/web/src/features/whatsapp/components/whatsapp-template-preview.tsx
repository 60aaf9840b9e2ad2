import type { WhatsAppTemplate } from '@loved/shared';
import {
  fillTemplateText,
  templateTextOf,
  type TemplateValues,
} from '@/features/whatsapp/utils/template-parameters';
import { useTranslation } from '@/lib/i18n/use-translation';

export type WhatsAppTemplatePreviewProps = {
  template: WhatsAppTemplate;
  values: TemplateValues;
};

/** The template as the customer will read it, with the variables typed so far. */
export function WhatsAppTemplatePreview({
  template,
  values,
}: WhatsAppTemplatePreviewProps): React.JSX.Element {
  const { t } = useTranslation();
  const header = templateTextOf(template, 'HEADER');
  const body = templateTextOf(template, 'BODY');
  const footer = templateTextOf(template, 'FOOTER');

  return (
    <figure className="flex flex-col gap-1 rounded-lg border border-border bg-muted/50 p-3 text-sm text-foreground">
      <figcaption className="text-xs font-medium text-muted-foreground">
        {t('whatsapp.templates.preview')}
      </figcaption>
      {header ? (
        <p className="font-semibold">{fillTemplateText(header, 'header', values)}</p>
      ) : null}
      {body ? (
        <p className="break-words whitespace-pre-wrap">{fillTemplateText(body, 'body', values)}</p>
      ) : null}
      {footer ? <p className="text-xs text-muted-foreground">{footer}</p> : null}
    </figure>
  );
}
