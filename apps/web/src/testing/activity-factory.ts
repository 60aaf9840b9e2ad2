import type { ActivityResponse } from '@loved/shared';
import { TEST_ORGANIZATION_ID, TEST_USER } from '@/testing/session';

let sequence = 0;

/** An activity as the API answers it; override what the test is about. */
export function makeActivity(overrides: Partial<ActivityResponse> = {}): ActivityResponse {
  sequence += 1;
  const id = overrides.id ?? `00000000-0000-4000-8000-a${String(sequence).padStart(11, '0')}`;
  const leadId = overrides.lead_id ?? overrides.lead?.id ?? '00000000-0000-4000-8000-00000000c001';
  return {
    id,
    organization_id: TEST_ORGANIZATION_ID,
    lead_id: leadId,
    lead: { id: leadId, name: 'Padaria Pão Quente' },
    type: 'call',
    subject: `Atividade ${sequence}`,
    due_at: '2026-12-04T13:00:00.000Z',
    duration_minutes: null,
    assigned_user_id: TEST_USER.id,
    assigned_user: { id: TEST_USER.id, name: TEST_USER.name, avatar_url: null },
    done: false,
    done_at: null,
    notes: null,
    created_by_user_id: TEST_USER.id,
    created_at: '2026-12-01T12:00:00.000Z',
    updated_at: '2026-12-01T12:00:00.000Z',
    ...overrides,
  };
}
