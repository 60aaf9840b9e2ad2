import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebhookDeliveryRetention } from '../../../src/modules/webhook-endpoints/webhook-delivery-retention.service';
import { adminQuery } from '../../utils/admin-query';
import { register, type Session } from '../../utils/identity.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';
import { createEndpoint } from './webhook.helpers';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('outbound webhook delivery retention', () => {
  let t: TestApp;
  let admins: Session[];
  beforeAll(async () => {
    t = await createTestApp({ env: { WEBHOOK_DELIVERY_RETENTION_DAYS: '30' } });
    admins = [await register(t.app), await register(t.app)];
  });
  afterAll(() => t.close());

  /** A delivery of `admin`'s endpoint in `status`, created `ageDays` ago (as the schema owner). */
  async function storeDelivery(
    admin: Session,
    endpointId: string,
    status: 'pending' | 'succeeded' | 'failed',
    ageDays: number,
  ): Promise<string> {
    const [row] = await adminQuery<{ id: string }>(
      `INSERT INTO webhook_deliveries (organization_id, endpoint_id, event_type, data, status, created_at, next_attempt_at)
       VALUES ($1, $2, 'lead.created', '{}', $3, now() - make_interval(days => $4), NULL) RETURNING id`,
      [admin.organizationId, endpointId, status, ageDays],
    );
    return row?.id ?? '';
  }

  it('removes finished deliveries past the retention in every organisation, never pending ones', async () => {
    const kept: string[] = [];
    const removed: string[] = [];
    for (const admin of admins) {
      const endpoint = await createEndpoint(t.app, admin, 'http://127.0.0.1:9/hooks', [
        'lead.created',
      ]);
      removed.push(await storeDelivery(admin, endpoint.id, 'succeeded', 31));
      removed.push(await storeDelivery(admin, endpoint.id, 'failed', 45));
      kept.push(await storeDelivery(admin, endpoint.id, 'pending', 90));
      kept.push(await storeDelivery(admin, endpoint.id, 'succeeded', 29));
    }

    const count = await t.app
      .get(WebhookDeliveryRetention)
      .purge(new Date(Date.now() + DAY_MS / 24));

    expect(count).toBeGreaterThanOrEqual(removed.length);
    const left = await adminQuery<{ id: string }>(
      'SELECT id FROM webhook_deliveries WHERE id = ANY($1)',
      [[...kept, ...removed]],
    );
    expect(left.map((r) => r.id).sort()).toEqual([...kept].sort());
  });
});
