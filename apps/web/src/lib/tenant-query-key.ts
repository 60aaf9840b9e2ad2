/**
 * The prefix of every query key that holds an organisation's data. Keys carry the organisation
 * so an answer for one organisation can never be served while another is current.
 */
export function tenantQueryKey(organizationId: string | null): readonly ['org', string] {
  return ['org', organizationId ?? 'none'];
}
