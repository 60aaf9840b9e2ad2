import { Mail, MessageCircle, Phone } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { useTranslation } from '@/lib/i18n/use-translation';
import { formatPhone, mailtoHref, telHref, whatsAppHref } from '@/utils/phone-format';

export type LeadContactActionsProps = {
  phone: string | null;
  email: string | null;
};

/**
 * One click to reach the lead from the rep's own device: call (`tel:`), WhatsApp (`wa.me`)
 * and e-mail (`mailto:`), each only when the lead has that contact.
 */
export function LeadContactActions({
  phone,
  email,
}: LeadContactActionsProps): React.JSX.Element | null {
  const { t } = useTranslation();
  if (!phone && !email) return null;
  const shownPhone = phone ? formatPhone(phone) : '';

  return (
    <ul aria-label={t('lead.contact.label')} className="flex flex-wrap items-center gap-2">
      {phone ? (
        <>
          <li>
            <Button asChild variant="outline" size="sm">
              <a
                href={telHref(phone)}
                aria-label={t('lead.contact.phoneLabel', { phone: shownPhone })}
              >
                <Phone aria-hidden="true" className="text-orange-600" />
                {shownPhone}
              </a>
            </Button>
          </li>
          <li>
            <Button asChild variant="outline" size="sm">
              <a
                href={whatsAppHref(phone)}
                target="_blank"
                rel="noopener noreferrer"
                aria-label={t('lead.contact.whatsappLabel', { phone: shownPhone })}
              >
                <MessageCircle aria-hidden="true" className="text-green-600" />
                {t('lead.contact.whatsapp')}
              </a>
            </Button>
          </li>
        </>
      ) : null}
      {email ? (
        <li>
          <Button asChild variant="outline" size="sm">
            <a href={mailtoHref(email)} aria-label={t('lead.contact.emailLabel', { email })}>
              <Mail aria-hidden="true" className="text-blue-600" />
              {t('lead.contact.email')}
            </a>
          </Button>
        </li>
      ) : null}
    </ul>
  );
}
