import { useEffect, useRef, type RefObject } from 'react';

/**
 * Calls `onVisible` when the returned element scrolls into view (infinite scroll). Without
 * IntersectionObserver (old browsers, jsdom) nothing happens, so keep a button as fallback.
 */
export function useOnVisible<T extends Element>(
  onVisible: () => void,
  enabled: boolean,
): RefObject<T | null> {
  const ref = useRef<T>(null);
  const callbackRef = useRef(onVisible);

  useEffect(() => {
    callbackRef.current = onVisible;
  }, [onVisible]);

  useEffect(() => {
    const element = ref.current;
    if (!enabled || !element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) callbackRef.current();
      },
      { rootMargin: '200px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [enabled]);

  return ref;
}
