import { describe, expect, it } from 'vitest';
import { parseLiveEvent } from '@/features/live/utils/parse-live-event';

describe('parseLiveEvent', () => {
  it('reads a lead event', () => {
    const data = JSON.stringify({
      type: 'lead.moved',
      organization_id: 'org-1',
      lead_id: 'lead-1',
      assigned_user_id: null,
      occurred_at: '2026-01-01T00:00:00.000Z',
    });

    expect(parseLiveEvent(data, 'lead.moved')).toMatchObject({
      type: 'lead.moved',
      lead_id: 'lead-1',
    });
  });

  it('takes the type from the event name when the data leaves it out', () => {
    const data = JSON.stringify({ lead_id: 'lead-1', organization_id: 'org-1' });

    expect(parseLiveEvent(data, 'lead.deleted')?.type).toBe('lead.deleted');
  });

  it('reads a notification about the organisation itself, which names no lead', () => {
    const data = JSON.stringify({
      type: 'notification.created',
      organization_id: 'org-1',
      lead_id: null,
      assigned_user_id: null,
      recipient_user_id: 'user-1',
      occurred_at: '2026-01-01T00:00:00.000Z',
    });

    expect(parseLiveEvent(data, 'notification.created')).toMatchObject({
      type: 'notification.created',
      lead_id: null,
    });
  });

  it('ignores data that is not a live event', () => {
    expect(parseLiveEvent('not json', 'lead.moved')).toBeNull();
    expect(parseLiveEvent(JSON.stringify({ type: 'ping' }), 'ping')).toBeNull();
    expect(
      parseLiveEvent(JSON.stringify({ type: 'lead.moved', lead_id: 7 }), 'lead.moved'),
    ).toBeNull();
  });
});
