import {
  WHATSAPP_WINDOW_HOURS,
  type LeadHealth,
  type LeadOutcome,
  type StageHealthSetting,
} from '@loved/shared';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** What of a lead its health reads. */
export type LeadHealthInput = {
  outcome: LeadOutcome | null;
  stageChangedAt: Date;
  lastContactAt: Date | null;
  awaitingReplySince: Date | null;
  lastInboundWhatsappAt: Date | null;
};

/**
 * A lead's deal-health signals at `now` under its stage's thresholds (see `LeadHealth`). Each
 * signal holds from the boundary on: rotting at exactly `rotting_days` days idle, unanswered at
 * exactly `unanswered_hours` hours. Won and lost deals have no health.
 */
export function computeLeadHealth(
  lead: LeadHealthInput,
  setting: Pick<StageHealthSetting, 'rotting_days' | 'unanswered_hours'>,
  now: Date,
): LeadHealth | null {
  if (lead.outcome !== null) return null;
  const idleSince =
    lead.lastContactAt && lead.lastContactAt > lead.stageChangedAt
      ? lead.lastContactAt
      : lead.stageChangedAt;
  const idleMs = Math.max(0, now.getTime() - idleSince.getTime());
  const waitingMs = lead.awaitingReplySince
    ? now.getTime() - lead.awaitingReplySince.getTime()
    : null;
  const windowClosesAt = lead.lastInboundWhatsappAt
    ? new Date(lead.lastInboundWhatsappAt.getTime() + WHATSAPP_WINDOW_HOURS * HOUR_MS)
    : null;
  return {
    idle_since: idleSince.toISOString(),
    idle_days: Math.floor(idleMs / DAY_MS),
    rotting: setting.rotting_days !== null && idleMs >= setting.rotting_days * DAY_MS,
    unanswered_since: lead.awaitingReplySince?.toISOString() ?? null,
    unanswered:
      waitingMs !== null &&
      setting.unanswered_hours !== null &&
      waitingMs >= setting.unanswered_hours * HOUR_MS,
    whatsapp_window_closes_at:
      windowClosesAt && windowClosesAt > now ? windowClosesAt.toISOString() : null,
  };
}
