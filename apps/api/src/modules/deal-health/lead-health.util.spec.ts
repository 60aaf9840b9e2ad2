import { describe, expect, it } from 'vitest';
import { computeLeadHealth, type LeadHealthInput } from './lead-health.util';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = new Date('2026-12-04T12:00:00.000Z');
const ago = (ms: number): Date => new Date(NOW.getTime() - ms);

const lead = (overrides: Partial<LeadHealthInput> = {}): LeadHealthInput => ({
  outcome: null,
  stageChangedAt: ago(HOUR),
  lastContactAt: null,
  awaitingReplySince: null,
  lastInboundWhatsappAt: null,
  ...overrides,
});
const SETTING = { rotting_days: 5, unanswered_hours: 4 };

describe('computeLeadHealth', () => {
  it('is not rotting one millisecond before N days idle, and is at exactly N days', () => {
    const before = computeLeadHealth(lead({ stageChangedAt: ago(5 * DAY - 1) }), SETTING, NOW);
    expect(before).toMatchObject({ rotting: false, idle_days: 4 });
    const at = computeLeadHealth(lead({ stageChangedAt: ago(5 * DAY) }), SETTING, NOW);
    expect(at).toMatchObject({ rotting: true, idle_days: 5 });
  });

  it('counts idle time from the later of the stage change and the last contact', () => {
    const health = computeLeadHealth(
      lead({ stageChangedAt: ago(9 * DAY), lastContactAt: ago(2 * DAY) }),
      SETTING,
      NOW,
    );
    expect(health).toMatchObject({
      rotting: false,
      idle_days: 2,
      idle_since: ago(2 * DAY).toISOString(),
    });
  });

  it('flags a customer message at exactly X hours without a reply, not before', () => {
    const before = computeLeadHealth(lead({ awaitingReplySince: ago(4 * HOUR - 1) }), SETTING, NOW);
    expect(before).toMatchObject({
      unanswered: false,
      unanswered_since: ago(4 * HOUR - 1).toISOString(),
    });
    const at = computeLeadHealth(lead({ awaitingReplySince: ago(4 * HOUR) }), SETTING, NOW);
    expect(at?.unanswered).toBe(true);
    expect(computeLeadHealth(lead(), SETTING, NOW)).toMatchObject({
      unanswered: false,
      unanswered_since: null,
    });
  });

  it('keeps the WhatsApp window open until 24 hours after the last inbound message', () => {
    const open = computeLeadHealth(
      lead({ lastInboundWhatsappAt: ago(24 * HOUR - 60_000) }),
      SETTING,
      NOW,
    );
    expect(open?.whatsapp_window_closes_at).toBe(new Date(NOW.getTime() + 60_000).toISOString());
    const closed = computeLeadHealth(lead({ lastInboundWhatsappAt: ago(24 * HOUR) }), SETTING, NOW);
    expect(closed?.whatsapp_window_closes_at).toBeNull();
  });

  it('turns a signal off when its threshold is null', () => {
    const health = computeLeadHealth(
      lead({ stageChangedAt: ago(400 * DAY), awaitingReplySince: ago(900 * HOUR) }),
      { rotting_days: null, unanswered_hours: null },
      NOW,
    );
    expect(health).toMatchObject({ rotting: false, unanswered: false, idle_days: 400 });
  });

  it('has no health once the deal is won or lost', () => {
    expect(computeLeadHealth(lead({ outcome: 'won' }), SETTING, NOW)).toBeNull();
    expect(computeLeadHealth(lead({ outcome: 'lost' }), SETTING, NOW)).toBeNull();
  });
});
