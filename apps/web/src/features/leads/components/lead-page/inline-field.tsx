import { Pencil, TriangleAlert } from 'lucide-react';
import {
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type HTMLAttributes,
  type KeyboardEvent,
} from 'react';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { cn } from '@/lib/cn';
import { useTranslation } from '@/lib/i18n/use-translation';

export type InlineFieldOption = { value: string; label: string };

/**
 * How a save ended: saved; refused with a message for under the field; or met someone else's
 * change (409), whose value is shown while the user's draft stays to be saved again.
 */
export type InlineSaveResult =
  | { status: 'saved' }
  | { status: 'invalid'; message: string }
  | { status: 'conflict'; current: string };

export type InlineFieldProps = {
  label: string;
  /** The value as read (formatted); empty shows a dash, or "Adicionar" when editable. */
  display: string;
  /** What the editor starts from; a draft equal to it saves nothing. */
  value: string;
  /** A select of these instead of a text input. */
  options?: readonly InlineFieldOption[];
  type?: 'text' | 'email' | 'tel';
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  placeholder?: string;
  hint?: string;
  /** Shown and never edited (with `readOnlyHint` saying why, if given). */
  readOnly?: boolean;
  readOnlyHint?: string;
  onSave: (draft: string) => Promise<InlineSaveResult>;
};

/**
 * A field read as text that turns into an input on click or Enter: Enter (or Salvar) saves it,
 * Esc (or Cancelar) puts the value back. Errors stay under the field with the draft kept.
 */
export function InlineField({
  label,
  display,
  value,
  options,
  type = 'text',
  inputMode,
  placeholder,
  hint,
  readOnly = false,
  readOnlyHint,
  onSave,
}: InlineFieldProps): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const [isEditing, setIsEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const viewRef = useRef<HTMLButtonElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const wasEditing = useRef(false);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const isEmpty = display === '';

  // The input takes the focus when the field opens (its text selected), the field's button
  // when it closes: the keyboard goes on from where it was.
  useEffect(() => {
    if (isEditing === wasEditing.current) return;
    wasEditing.current = isEditing;
    const target = isEditing ? document.getElementById(id) : viewRef.current;
    target?.focus();
    if (target instanceof HTMLInputElement) target.select();
  }, [isEditing, id]);

  // A refused save gives the focus back to the input it took it from (disabled while saving).
  const wasSaving = useRef(false);
  useEffect(() => {
    if (wasSaving.current && !isSaving && isEditing) document.getElementById(id)?.focus();
    wasSaving.current = isSaving;
  }, [isSaving, isEditing, id]);

  // Esc belongs to the field being edited, not to a panel or dialog around it: those listen
  // on the document's capture phase, so the field marks the key as handled before (window).
  useEffect(() => {
    if (!isEditing) return;
    const claimEscape = (event: globalThis.KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      if (event.target instanceof Node && formRef.current?.contains(event.target)) {
        event.preventDefault();
      }
    };
    window.addEventListener('keydown', claimEscape, { capture: true });
    return () => window.removeEventListener('keydown', claimEscape, { capture: true });
  }, [isEditing]);

  const handleStart = (): void => {
    setDraft(value);
    setError(null);
    setConflict(null);
    setAnnouncement('');
    setIsEditing(true);
  };

  const handleCancel = (): void => {
    setIsEditing(false);
    setError(null);
    setConflict(null);
  };

  const handleSave = async (): Promise<void> => {
    if (isSaving) return;
    if (draft === value) {
      handleCancel();
      return;
    }
    setIsSaving(true);
    setError(null);
    try {
      const result = await onSave(draft);
      if (result.status === 'saved') {
        setAnnouncement(t('lead.inline.saved', { field: label }));
        handleCancel();
      } else if (result.status === 'invalid') {
        setConflict(null);
        setError(result.message);
      } else {
        setConflict(result.current || t('common.noValue'));
      }
    } finally {
      setIsSaving(false);
    }
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    void handleSave();
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLFormElement>): void => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      handleCancel();
      return;
    }
    // A select does not submit its form on Enter by itself.
    if (event.key === 'Enter' && event.target instanceof HTMLSelectElement) {
      event.preventDefault();
      void handleSave();
    }
  };

  const control = {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    disabled: isSaving,
  };

  return (
    <div>
      {isEditing ? (
        <form
          ref={formRef}
          noValidate
          onSubmit={handleSubmit}
          onKeyDown={handleKeyDown}
          className="-mx-2 flex flex-col gap-1.5 rounded-lg bg-muted/60 p-2"
        >
          <label htmlFor={id} className="text-xs font-medium text-muted-foreground">
            {label}
          </label>
          {options ? (
            <Select {...control} value={draft} onChange={(event) => setDraft(event.target.value)}>
              {options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </Select>
          ) : (
            <Input
              {...control}
              type={type}
              inputMode={inputMode}
              placeholder={placeholder}
              autoComplete="off"
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
            />
          )}
          {hint ? (
            <p id={hintId} className="text-xs text-muted-foreground">
              {hint}
            </p>
          ) : null}
          {error ? (
            <p id={errorId} className="text-xs font-medium text-destructive">
              {error}
            </p>
          ) : null}
          {conflict !== null ? (
            <Alert>
              <TriangleAlert aria-hidden="true" />
              <AlertTitle>{t('lead.inline.conflictTitle')}</AlertTitle>
              <AlertDescription>{t('lead.inline.conflict', { value: conflict })}</AlertDescription>
            </Alert>
          ) : null}
          <div className="flex justify-end gap-2">
            <Button
              type="button"
              variant="ghost"
              size="sm"
              disabled={isSaving}
              onClick={handleCancel}
            >
              {t('common.cancel')}
            </Button>
            <Button type="submit" size="sm" disabled={isSaving} aria-busy={isSaving}>
              {isSaving ? t('common.saving') : t('common.save')}
            </Button>
          </div>
        </form>
      ) : (
        <div className="flex flex-col gap-0.5">
          <span id={`${id}-label`} className="text-xs font-medium text-muted-foreground">
            {label}
          </span>
          {readOnly ? (
            <span
              aria-labelledby={`${id}-label`}
              title={readOnlyHint}
              className="min-h-8 py-1 text-sm break-words"
            >
              {isEmpty ? t('common.noValue') : display}
            </span>
          ) : (
            <button
              ref={viewRef}
              type="button"
              aria-label={`${t('lead.inline.edit', { field: label })}: ${display || t('common.noValue')}`}
              onClick={handleStart}
              className="group -mx-2 flex min-h-8 items-center justify-between gap-2 rounded-md px-2 py-1 text-left text-sm break-words hover:bg-muted focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
            >
              <span className={cn('min-w-0', isEmpty && 'text-muted-foreground')}>
                {isEmpty ? t('lead.inline.empty') : display}
              </span>
              <Pencil
                aria-hidden="true"
                className="size-3.5 shrink-0 text-muted-foreground opacity-60 transition-opacity group-hover:opacity-100 group-focus-visible:opacity-100"
              />
            </button>
          )}
        </div>
      )}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
