import { ExternalLink, MapPin } from 'lucide-react';
import {
  mapUrlOf,
  type WhatsAppLocation as Location,
} from '@/features/communications/utils/whatsapp-message';
import { useTranslation } from '@/lib/i18n/use-translation';

export type WhatsAppLocationProps = {
  location: Location;
};

/** A shared location: its name and address, and a link that opens it on a map. */
export function WhatsAppLocation({ location }: WhatsAppLocationProps): React.JSX.Element {
  const { t } = useTranslation();

  return (
    <div className="flex items-start gap-2 text-sm">
      <MapPin aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
      <div className="min-w-0">
        <p className="font-medium">{location.name ?? t('timeline.whatsapp.location')}</p>
        {location.address ? (
          <p className="text-xs text-muted-foreground">{location.address}</p>
        ) : null}
        <a
          href={mapUrlOf(location)}
          target="_blank"
          rel="noopener noreferrer"
          className="mt-1 inline-flex items-center gap-1 text-xs font-medium text-primary underline-offset-4 hover:underline focus-visible:underline focus-visible:outline-none"
        >
          {location.name
            ? t('timeline.whatsapp.openMapNamed', { name: location.name })
            : t('timeline.whatsapp.openMap')}
          <ExternalLink aria-hidden="true" className="size-3" />
        </a>
      </div>
    </div>
  );
}
