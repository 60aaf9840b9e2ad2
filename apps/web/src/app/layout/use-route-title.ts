import { useMatches } from 'react-router';
import { isRouteHandle } from '@/app/route-handle';

/** Title of the deepest matched route that declares one. */
export function useRouteTitle(): string | null {
  const matches = useMatches();
  const titled = matches.map((match) => match.handle).filter(isRouteHandle);
  return titled.at(-1)?.title ?? null;
}
