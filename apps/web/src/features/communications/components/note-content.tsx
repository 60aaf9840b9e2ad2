import { mentionSegments } from '@/features/communications/utils/note-mentions';

export type NoteContentProps = {
  content: string;
  /** Names of the members the note mentions: their "@Nome" stands out. */
  mentionNames: readonly string[];
};

/** A note's text with its mentions highlighted. */
export function NoteContent({ content, mentionNames }: NoteContentProps): React.JSX.Element {
  return (
    <>
      {mentionSegments(content, mentionNames).map((segment, index) =>
        segment.isMention ? (
          <mark key={index} className="rounded bg-brand-soft px-0.5 font-medium text-brand">
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
