import type { CommunicationResponse } from '@loved/shared';
import { ImageOff, SmilePlus } from 'lucide-react';
import { WhatsAppContacts } from '@/features/communications/components/whatsapp-contacts';
import { WhatsAppDocumentLink } from '@/features/communications/components/whatsapp-document-link';
import { WhatsAppImage } from '@/features/communications/components/whatsapp-image';
import { WhatsAppLocation } from '@/features/communications/components/whatsapp-location';
import { WhatsAppMediaPlayer } from '@/features/communications/components/whatsapp-media-player';
import { WhatsAppSticker } from '@/features/communications/components/whatsapp-sticker';
import {
  captionOf,
  contactsOf,
  locationOf,
  mediaOf,
  messageTypeOf,
  reactionOf,
} from '@/features/communications/utils/whatsapp-message';
import type { TranslationKey } from '@/lib/i18n/translate';
import { useTranslation } from '@/lib/i18n/use-translation';

export type WhatsAppMessageBodyProps = {
  communication: CommunicationResponse;
};

/** Types whose text is the message itself (a reply button's label, a template as sent…). */
const TEXT_TYPES = new Set(['text', 'button', 'interactive', 'template']);

/** Media types, each with the word that names it when its file cannot be shown. */
const MEDIA_LABELS = {
  image: 'timeline.whatsapp.image',
  sticker: 'timeline.whatsapp.sticker',
  audio: 'timeline.whatsapp.audio',
  video: 'timeline.whatsapp.video',
  document: 'timeline.whatsapp.document',
} as const satisfies Record<string, TranslationKey>;

type MediaType = keyof typeof MEDIA_LABELS;

function isMediaType(type: string): type is MediaType {
  return type in MEDIA_LABELS;
}

const TEXT_CLASS = 'text-sm break-words whitespace-pre-wrap text-foreground/90';

/**
 * What a WhatsApp message says, by its type: text, a photo to enlarge, a player for audio and
 * video, a document to download, a map link, contacts, a reaction. A type this page does not
 * know yet shows the text the API stored for it.
 */
export function WhatsAppMessageBody({
  communication,
}: WhatsAppMessageBodyProps): React.JSX.Element | null {
  const { t } = useTranslation();
  const type = messageTypeOf(communication);
  const content = communication.content.trim() ? communication.content : null;

  if (isMediaType(type)) {
    const media = mediaOf(communication);
    const caption = captionOf(communication);
    const fileId = media?.file_id ?? null;
    // The API records an inbound medium first and downloads its file from Meta afterwards.
    if (!media || !fileId) {
      return (
        <div className="flex flex-col gap-2">
          <p className="flex items-center gap-1.5 text-xs text-muted-foreground">
            <ImageOff aria-hidden="true" className="size-3.5" />
            {t('timeline.whatsapp.mediaUnavailable', {
              name: media?.name || t(MEDIA_LABELS[type]),
            })}
          </p>
          {caption ? <p className={TEXT_CLASS}>{caption}</p> : null}
        </div>
      );
    }
    return (
      <div className="flex flex-col gap-2">
        {type === 'image' ? (
          <WhatsAppImage fileId={fileId} attachment={media} caption={caption} />
        ) : null}
        {type === 'sticker' ? <WhatsAppSticker fileId={fileId} /> : null}
        {type === 'audio' ? (
          <WhatsAppMediaPlayer
            fileId={fileId}
            kind="audio"
            isVoice={communication.metadata.voice === true}
          />
        ) : null}
        {type === 'video' ? <WhatsAppMediaPlayer fileId={fileId} kind="video" /> : null}
        {type === 'document' ? <WhatsAppDocumentLink fileId={fileId} attachment={media} /> : null}
        {caption ? <p className={TEXT_CLASS}>{caption}</p> : null}
      </div>
    );
  }

  if (type === 'location') {
    const location = locationOf(communication);
    if (location) return <WhatsAppLocation location={location} />;
  }

  if (type === 'contacts') {
    const contacts = contactsOf(communication);
    if (contacts.length > 0) return <WhatsAppContacts contacts={contacts} />;
  }

  if (type === 'reaction') {
    const reaction = reactionOf(communication);
    return (
      <p className="flex items-center gap-1.5 text-sm text-muted-foreground">
        <SmilePlus aria-hidden="true" className="size-4" />
        {reaction?.emoji
          ? t('timeline.whatsapp.reaction', { emoji: reaction.emoji })
          : t('timeline.whatsapp.reactionRemoved')}
      </p>
    );
  }

  if (content) return <p className={TEXT_CLASS}>{content}</p>;
  if (TEXT_TYPES.has(type)) return null;
  return (
    <p className="text-sm text-muted-foreground italic">
      {t('timeline.whatsapp.unsupported', { type })}
    </p>
  );
}
