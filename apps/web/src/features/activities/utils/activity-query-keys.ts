import { tenantQueryKey } from '@/lib/tenant-query-key';

/** Every cached list of activities of an organisation (a lead's, "Minha agenda"). */
export function activitiesQueryKey(organizationId: string | null): readonly unknown[] {
  return [...tenantQueryKey(organizationId), 'activities'];
}

export function leadActivitiesQueryKey(
  organizationId: string | null,
  leadId: string,
): readonly unknown[] {
  return [...activitiesQueryKey(organizationId), 'lead', leadId];
}

export function myDayQueryKey(organizationId: string | null): readonly unknown[] {
  return [...activitiesQueryKey(organizationId), 'my-day'];
}
