import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/**
 * After a submit that failed validation, moves focus to the first field marked invalid, so
 * the user (and their screen reader) lands on the message even if it was scrolled away.
 */
export function useFocusFirstInvalid<T extends HTMLElement>(): {
  formRef: RefObject<T | null>;
  /** Call after marking the fields invalid. */
  focusFirstInvalid: () => void;
} {
  const formRef = useRef<T>(null);
  const [failedSubmits, setFailedSubmits] = useState(0);

  useEffect(() => {
    if (failedSubmits === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [failedSubmits]);

  const focusFirstInvalid = useCallback(() => setFailedSubmits((count) => count + 1), []);
  return { formRef, focusFirstInvalid };
}
