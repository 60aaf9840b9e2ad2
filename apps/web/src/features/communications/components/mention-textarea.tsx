import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentProps,
  type KeyboardEvent,
} from 'react';
import { Textarea } from '@/components/ui/textarea';
import type { MentionCandidate } from '@/features/communications/types/mention-candidate';
import {
  filterMentionCandidates,
  findMentionQuery,
  insertMention,
} from '@/features/communications/utils/note-mentions';
import { cn } from '@/lib/cn';
import { useTranslation } from '@/lib/i18n/use-translation';

/** Enough to pick from without the list covering the whole composer. */
const MAX_OPTIONS = 8;

export type MentionTextareaProps = Omit<
  ComponentProps<'textarea'>,
  'value' | 'onChange' | 'role'
> & {
  value: string;
  onValueChange: (value: string) => void;
  candidates: readonly MentionCandidate[];
  /** A member was picked from the list ("@Nome " is already in the text). */
  onMention: (candidate: MentionCandidate) => void;
};

/**
 * A textarea where "@" opens the team to mention (an ARIA combobox with a listbox): typing
 * filters it, ↑/↓ move, Enter or Tab pick, Esc closes. Focus stays in the text all along.
 */
export function MentionTextarea({
  value,
  onValueChange,
  candidates,
  onMention,
  className,
  onKeyDown,
  ...props
}: MentionTextareaProps): React.JSX.Element {
  const { t } = useTranslation();
  const listId = useId();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const pendingCaret = useRef<number | null>(null);
  const [caret, setCaret] = useState(0);
  const [activeIndex, setActiveIndex] = useState(0);
  // The "@" whose list was closed (Esc, or a pick): it stays closed until another "@".
  const [dismissedStart, setDismissedStart] = useState<number | null>(null);

  const typed = findMentionQuery(value, caret);
  const mention = typed && typed.start !== dismissedStart ? typed : null;
  const matches = mention ? filterMentionCandidates(candidates, mention.query) : [];
  const options = matches.slice(0, MAX_OPTIONS);
  // A name with a space that matches nobody is just text that followed an "@".
  const isOpen = mention !== null && (options.length > 0 || !mention.query.includes(' '));
  const active = options[Math.min(activeIndex, options.length - 1)];
  const optionId = (index: number): string => `${listId}-option-${index}`;

  useLayoutEffect(() => {
    if (pendingCaret.current === null || !textareaRef.current) return;
    textareaRef.current.setSelectionRange(pendingCaret.current, pendingCaret.current);
    setCaret(pendingCaret.current);
    pendingCaret.current = null;
  }, [value]);

  // Once the caret leaves every "@", a later "@" at the same place may open the list again.
  if (typed === null && dismissedStart !== null) setDismissedStart(null);

  // Esc must close the list, not the side panel around the composer: Radix listens for it on
  // the document in the capture phase, so only a window capture listener runs before it.
  const mentionStart = mention?.start ?? null;
  useEffect(() => {
    if (!isOpen || mentionStart === null) return;
    const handleEscape = (event: globalThis.KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.target !== textareaRef.current) return;
      event.preventDefault();
      event.stopPropagation();
      setDismissedStart(mentionStart);
    };
    window.addEventListener('keydown', handleEscape, { capture: true });
    return () => window.removeEventListener('keydown', handleEscape, { capture: true });
  }, [isOpen, mentionStart]);

  const choose = (candidate: MentionCandidate): void => {
    if (!mention) return;
    const next = insertMention(value, mention, caret, candidate.name);
    pendingCaret.current = next.caret;
    setDismissedStart(mention.start);
    onValueChange(next.text);
    onMention(candidate);
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    onKeyDown?.(event);
    if (!isOpen || event.defaultPrevented || options.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActiveIndex((index) => (index + step + options.length) % options.length);
      return;
    }
    if ((event.key === 'Enter' || event.key === 'Tab') && !event.shiftKey && active) {
      event.preventDefault();
      choose(active);
    }
  };

  return (
    <div className="relative">
      <Textarea
        {...props}
        ref={textareaRef}
        role="combobox"
        aria-multiline="true"
        aria-autocomplete="list"
        aria-haspopup="listbox"
        aria-expanded={isOpen}
        aria-controls={isOpen ? listId : undefined}
        aria-activedescendant={isOpen && active ? optionId(options.indexOf(active)) : undefined}
        className={className}
        value={value}
        onChange={(event) => {
          setActiveIndex(0);
          setCaret(event.target.selectionStart);
          onValueChange(event.target.value);
        }}
        onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
        onKeyDown={handleKeyDown}
        onBlur={(event) => {
          props.onBlur?.(event);
          if (mention) setDismissedStart(mention.start);
        }}
      />
      {isOpen ? (
        <ul
          id={listId}
          role="listbox"
          aria-label={t('mentions.listLabel')}
          className="absolute inset-x-0 top-full z-30 mt-1 max-h-64 overflow-y-auto rounded-lg border border-border bg-surface p-1 shadow-lg"
        >
          {options.length === 0 ? (
            <li role="presentation" className="px-2 py-1.5 text-sm text-muted-foreground">
              {t('mentions.noMatch')}
            </li>
          ) : (
            options.map((candidate, index) => (
              <li
                key={candidate.id}
                id={optionId(index)}
                role="option"
                aria-selected={candidate === active}
                className={cn(
                  'cursor-pointer rounded-md px-2 py-1.5 text-sm',
                  candidate === active && 'bg-muted',
                )}
                // Keeps focus (and the caret) in the textarea while picking with the mouse.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(candidate)}
                onMouseEnter={() => setActiveIndex(index)}
              >
                {candidate.name}
              </li>
            ))
          )}
        </ul>
      ) : null}
    </div>
  );
}
