import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { expect } from 'vitest';
import {
  Channel,
  CommunicationStatus,
  type Direction,
  type AiSummaryResponse,
  type CommunicationResponse,
  type LiveEvent,
} from '@loved/shared';
import { TenantContextService } from '../../../src/core/tenancy/tenant-context.service';
import { CommunicationsService } from '../../../src/modules/communications/communications.service';
import { LiveEventsService } from '../../../src/modules/live/live-events.service';
import { adminQuery } from '../../utils/admin-query';
import { asMember, type Session } from '../../utils/identity.helpers';

export const requestSummary = (app: NestFastifyApplication, session: Session, leadId: string) =>
  app.inject({
    method: 'POST',
    url: `/api/v1/leads/${leadId}/ai-summaries`,
    headers: asMember(session, session.organizationId),
  });

export const getSummary = (app: NestFastifyApplication, session: Session, id: string) =>
  app.inject({
    method: 'GET',
    url: `/api/v1/ai-summaries/${id}`,
    headers: asMember(session, session.organizationId),
  });

export const listSummaries = (app: NestFastifyApplication, session: Session, query = '') =>
  app.inject({
    method: 'GET',
    url: `/api/v1/ai-summaries${query}`,
    headers: asMember(session, session.organizationId),
  });

/** Polls the summary until its job has finished with it (done or failed). */
export async function waitForSummary(
  app: NestFastifyApplication,
  session: Session,
  id: string,
  timeoutMs = 15_000,
): Promise<AiSummaryResponse> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await getSummary(app, session, id);
    expect(res.statusCode).toBe(200);
    const summary = res.json<AiSummaryResponse>();
    if (summary.status !== 'pending') return summary;
    if (Date.now() > deadline) throw new Error(`summary ${id} still pending after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Requests a summary (202) and waits for its job. */
export async function summarise(
  app: NestFastifyApplication,
  session: Session,
  leadId: string,
): Promise<AiSummaryResponse> {
  const res = await requestSummary(app, session, leadId);
  expect(res.statusCode, res.body).toBe(202);
  return waitForSummary(app, session, res.json<AiSummaryResponse>().id);
}

export type TimelineEntry = {
  channel: Channel;
  direction: Direction;
  content: string;
  subject?: string;
  metadata?: Record<string, unknown>;
  /** Minutes before now. */
  minutesAgo: number;
};

/**
 * Stores communications on a lead as the channels do (through the one write path), with the
 * times given, so a test controls their order.
 */
export async function addTimeline(
  app: NestFastifyApplication,
  session: Session,
  leadId: string,
  entries: TimelineEntry[],
): Promise<CommunicationResponse[]> {
  const tenant = app.get(TenantContextService);
  const communications = app.get(CommunicationsService);
  const stored: CommunicationResponse[] = [];
  for (const entry of entries) {
    const { communication } = await tenant.run(
      { organizationId: session.organizationId, userId: session.user.id },
      () =>
        communications.record({
          leadId,
          channel: entry.channel,
          direction: entry.direction,
          content: entry.content,
          subject: entry.subject ?? null,
          metadata: entry.metadata ?? {},
          status:
            entry.channel === Channel.Note
              ? CommunicationStatus.Sent
              : CommunicationStatus.Delivered,
          sentAt: new Date(Date.now() - entry.minutesAgo * 60_000),
        }),
    );
    stored.push(communication);
  }
  return stored;
}

/** Collects the organisation's live events (in process: the test app has no Redis). */
export function collectLiveEvents(
  app: NestFastifyApplication,
  organizationId: string,
): { events: LiveEvent[]; stop: () => void } {
  const events: LiveEvent[] = [];
  const stop = app.get(LiveEventsService).subscribe(organizationId, (event) => events.push(event));
  return { events, stop };
}

/** Stores summaries this month as the schema owner, to use up a quota without a provider. */
export async function storeSummaries(
  organizationId: string,
  leadId: string,
  count: number,
  status: 'done' | 'failed' | 'pending' = 'done',
): Promise<void> {
  await adminQuery(
    `INSERT INTO ai_summaries (organization_id, lead_id, conversation_id, status, provider, model, summary, created_at)
     SELECT $1, $2, $2, $3, 'local', 'local-extractive-v1', 'resumo', now()
       FROM generate_series(1, $4)`,
    [organizationId, leadId, status, count],
  );
}

export async function setPlan(
  organizationId: string,
  plan: 'free' | 'pro' | 'enterprise',
): Promise<void> {
  await adminQuery('UPDATE organizations SET plan = $2 WHERE id = $1', [organizationId, plan]);
}
