import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';

export type EmailHtmlViewProps = {
  /** The e-mail's HTML as the API stores it: sanitised, remote images as `data-blocked-src`. */
  html: string;
  /** Whether the reader asked to load the remote images. */
  showImages: boolean;
};

/**
 * The formatted e-mail. The only place the SPA renders HTML from outside: the API sanitises
 * every e-mail body before storing it (scripts, event handlers, forms and styles that reach out
 * are removed, and remote images are parked in `data-blocked-src`), so this HTML can be put in
 * the page as is. Remote images load only after the reader asks, since loading them tells the
 * sender the e-mail was opened.
 */
export function EmailHtmlView({ html, showImages }: EmailHtmlViewProps): React.JSX.Element {
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!showImages || !container) return;
    for (const image of container.querySelectorAll<HTMLImageElement>('img[data-blocked-src]')) {
      const source = image.getAttribute('data-blocked-src');
      if (source && /^https?:\/\//i.test(source)) image.setAttribute('src', source);
    }
  }, [showImages, html]);

  return (
    <div
      ref={containerRef}
      role="document"
      aria-label={t('timeline.email.formattedLabel')}
      className="max-h-[32rem] overflow-auto rounded-lg border border-border bg-background p-3 text-sm break-words [&_img]:max-w-full"
      // Safe: sanitised server-side before it was stored (see the comment above).
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
