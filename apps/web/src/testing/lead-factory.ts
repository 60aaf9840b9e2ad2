import type { LeadResponse } from '@loved/shared';

let sequence = 0;

/** A lead as the API answers it; override what the test is about. */
export function makeLead(overrides: Partial<LeadResponse> = {}): LeadResponse {
  sequence += 1;
  const id = overrides.id ?? `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
  return {
    id,
    organization_id: 'org-1',
    name: `Lead ${sequence}`,
    email: null,
    phone: null,
    stage: 'lead',
    source: null,
    estimated_value: null,
    estimated_value_cents: null,
    tags: [],
    assigned_user_id: null,
    assigned_user: null,
    priority: 'medium',
    outcome: null,
    lost_reason: null,
    stage_changed_at: '2026-01-01T12:00:00.000Z',
    last_contact_at: null,
    last_contact_channel: null,
    communications_count: 0,
    has_ai_summary: false,
    next_activity: null,
    health: null,
    closed_at: null,
    position: String(sequence).padStart(4, '0'),
    version: 1,
    created_at: '2026-01-01T12:00:00.000Z',
    updated_at: '2026-01-01T12:00:00.000Z',
    ...overrides,
  };
}
