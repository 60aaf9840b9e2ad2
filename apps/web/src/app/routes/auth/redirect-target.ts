import { paths } from '@/config/paths';

/** Where to go after signing in: the page that sent the user to /entrar, else home (the agenda). */
export function redirectTarget(state: unknown): string {
  if (typeof state !== 'object' || state === null) return paths.home;
  const from = (state as Record<string, unknown>).from;
  // Only paths of this app: an absolute URL here would be an open redirect.
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//')
    ? from
    : paths.home;
}
