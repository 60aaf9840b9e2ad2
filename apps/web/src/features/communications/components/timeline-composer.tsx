import { Phone, StickyNote } from 'lucide-react';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs';
import { CallForm } from '@/features/communications/components/call-form';
import { NoteForm } from '@/features/communications/components/note-form';
import { useTranslation } from '@/lib/i18n/use-translation';

export type TimelineComposerProps = {
  leadId: string;
};

/** Adds to the timeline by hand: an internal note or a call made outside the CRM. */
export function TimelineComposer({ leadId }: TimelineComposerProps): React.JSX.Element {
  const { t } = useTranslation();

  return (
    <Tabs
      defaultValue="note"
      className="flex flex-col gap-3 rounded-xl border border-border bg-surface p-4 shadow-xs"
    >
      <TabsList aria-label={t('timeline.composer.label')}>
        <TabsTrigger value="note">
          <StickyNote aria-hidden="true" />
          {t('timeline.composer.note')}
        </TabsTrigger>
        <TabsTrigger value="call">
          <Phone aria-hidden="true" />
          {t('timeline.composer.call')}
        </TabsTrigger>
      </TabsList>
      <TabsContent value="note">
        <NoteForm leadId={leadId} />
      </TabsContent>
      <TabsContent value="call">
        <CallForm leadId={leadId} />
      </TabsContent>
    </Tabs>
  );
}
