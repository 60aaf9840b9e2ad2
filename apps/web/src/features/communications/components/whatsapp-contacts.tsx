import { Contact } from 'lucide-react';
import type { WhatsAppContact } from '@/features/communications/utils/whatsapp-message';
import { useTranslation } from '@/lib/i18n/use-translation';

export type WhatsAppContactsProps = {
  contacts: WhatsAppContact[];
};

/** Contact cards shared in the chat: each name with its numbers. */
export function WhatsAppContacts({ contacts }: WhatsAppContactsProps): React.JSX.Element {
  const { t } = useTranslation();

  return (
    <ul aria-label={t('timeline.whatsapp.contacts')} className="flex flex-col gap-2">
      {contacts.map((contact, index) => (
        <li key={`${contact.name}-${index}`} className="flex items-start gap-2 text-sm">
          <Contact aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
          <div>
            <p className="font-medium">{contact.name}</p>
            {contact.phones.length > 0 ? (
              <p className="text-xs text-muted-foreground">{contact.phones.join(', ')}</p>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
