import { useMatches } from 'react-router';
import { isRouteHandle, type RouteHandle } from '@/app/route-handle';

/** The handle of the deepest matched route that declares one. */
export function useRouteHandle(): RouteHandle | null {
  const matches = useMatches();
  const handles = matches.map((match) => match.handle).filter(isRouteHandle);
  return handles.at(-1) ?? null;
}
