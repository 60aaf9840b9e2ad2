import { useSessionStore } from '@/stores/session.store';

/** The current organisation's id, for query keys; null while none is chosen. */
export function useOrganizationId(): string | null {
  return useSessionStore((state) => state.organizationId);
}
