import type { MouseEvent, ReactNode } from 'react';

export type SkipLinkProps = {
  /** Id of the element that receives focus; it needs `tabIndex={-1}` to accept it. */
  targetId: string;
  children: ReactNode;
};

/** First stop of the Tab order: hidden until focused, then jumps past the navigation. */
export function SkipLink({ targetId, children }: SkipLinkProps): React.JSX.Element {
  // Focus moves by hand so the router never sees a hash navigation.
  const handleClick = (event: MouseEvent<HTMLAnchorElement>): void => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.focus();
  };

  return (
    <a
      href={`#${targetId}`}
      onClick={handleClick}
      // `not-sr-only` resets padding, so the padding is set again under `focus:`.
      className="sr-only rounded-md bg-primary text-sm font-medium text-primary-foreground shadow-lg outline-none focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50 focus:px-4 focus:py-2 focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2"
    >
      {children}
    </a>
  );
}
