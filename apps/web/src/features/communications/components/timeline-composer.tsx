import type { CommunicationResponse } from '@loved/shared';
import { Phone, StickyNote } from 'lucide-react';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs';
import { CallForm } from '@/features/communications/components/call-form';
import { NoteForm } from '@/features/communications/components/note-form';
import type { ComposerTab } from '@/features/communications/types/composer-tab';
import type { MentionCandidate } from '@/features/communications/types/mention-candidate';
import { useTranslation } from '@/lib/i18n/use-translation';

export type TimelineComposerProps = {
  leadId: string;
  /** Tabs other features offer (a WhatsApp message), after the note and the call. */
  extraTabs?: readonly ComposerTab[];
  /** The open tab, when the caller steers it (an e-mail's "Responder" opens the e-mail tab). */
  tab?: string;
  onTabChange?: (tab: string) => void;
  /** The team, for "@" mentions in notes. */
  mentionCandidates?: readonly MentionCandidate[];
  /** A call was logged with the call form. */
  onCallLogged?: (communication: CommunicationResponse) => void;
};

/**
 * Adds to the timeline by hand: an internal note or a call made outside the CRM, plus what
 * app/ plugs in. A tab's content mounts only while it is open, so nothing is fetched for a
 * tab nobody opened.
 */
export function TimelineComposer({
  leadId,
  extraTabs = [],
  tab,
  onTabChange,
  mentionCandidates,
  onCallLogged,
}: TimelineComposerProps): React.JSX.Element {
  const { t } = useTranslation();

  return (
    <Tabs
      defaultValue="note"
      value={tab}
      onValueChange={onTabChange}
      className="flex min-w-0 flex-col gap-3 rounded-xl border border-border bg-surface p-4 shadow-xs"
    >
      {/* Four or five channels do not fit a phone's width: the tabs scroll, the page does not. */}
      <TabsList aria-label={t('timeline.composer.label')} className="max-w-full overflow-x-auto">
        <TabsTrigger value="note">
          <StickyNote aria-hidden="true" />
          {t('timeline.composer.note')}
        </TabsTrigger>
        <TabsTrigger value="call">
          <Phone aria-hidden="true" />
          {t('timeline.composer.call')}
        </TabsTrigger>
        {extraTabs.map(({ value, label, icon: Icon }) => (
          <TabsTrigger key={value} value={value}>
            <Icon aria-hidden="true" />
            {label}
          </TabsTrigger>
        ))}
      </TabsList>
      <TabsContent value="note">
        <NoteForm leadId={leadId} mentionCandidates={mentionCandidates} />
      </TabsContent>
      <TabsContent value="call">
        <CallForm leadId={leadId} onLogged={onCallLogged} />
      </TabsContent>
      {extraTabs.map(({ value, content }) => (
        <TabsContent key={value} value={value}>
          {content}
        </TabsContent>
      ))}
    </Tabs>
  );
}
