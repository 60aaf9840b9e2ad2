import { describe, expect, it } from 'vitest';
import { Role, type LiveEvent } from '@loved/shared';
import type { StreamIdentity } from './event-stream-token.service';
import { visibleTo } from './event-stream.service';

const ORG = '5f0c1a52-6a0e-4d8e-9d43-2f7b8c6a1e01';
const ME = '0b6c2f1e-4a8d-4f3b-9c21-7d5e8a9b0c1d';
const OTHER = '1b6c2f1e-4a8d-4f3b-9c21-7d5e8a9b0c1d';

const event = (overrides: Partial<LiveEvent>): LiveEvent => ({
  type: 'lead.updated',
  organization_id: ORG,
  lead_id: '2b6c2f1e-4a8d-4f3b-9c21-7d5e8a9b0c1d',
  assigned_user_id: null,
  occurred_at: '2026-12-04T10:00:00.000Z',
  ...overrides,
});
const stream = (userId: string, role: Role): StreamIdentity => ({
  organizationId: ORG,
  userId,
  role,
});

describe('visibleTo', () => {
  it('gives a personal event to its recipient only, whatever the role', () => {
    const personal = event({ type: 'notification.created', recipient_user_id: ME });
    expect(visibleTo(personal, stream(ME, Role.Agent))).toBe(true);
    expect(visibleTo(personal, stream(OTHER, Role.Admin))).toBe(false);
    expect(visibleTo(personal, stream(OTHER, Role.Manager))).toBe(false);
  });

  it('still keeps agents to their own and unassigned leads', () => {
    expect(visibleTo(event({ assigned_user_id: OTHER }), stream(ME, Role.Agent))).toBe(false);
    expect(visibleTo(event({ assigned_user_id: ME }), stream(ME, Role.Agent))).toBe(true);
    expect(visibleTo(event({ assigned_user_id: null }), stream(ME, Role.Agent))).toBe(true);
    expect(visibleTo(event({ assigned_user_id: OTHER }), stream(ME, Role.Manager))).toBe(true);
  });
});
