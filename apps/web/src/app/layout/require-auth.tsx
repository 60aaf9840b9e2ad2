import { Navigate, Outlet, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import { useSessionStore } from '@/stores/session.store';

/** The pages behind sign-in: without a session, off to /entrar (and back here afterwards). */
export function RequireAuth(): React.JSX.Element {
  const location = useLocation();
  const isSignedIn = useSessionStore((state) => state.accessToken !== null);
  if (!isSignedIn) {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to={paths.login} replace state={{ from }} />;
  }
  return <Outlet />;
}
