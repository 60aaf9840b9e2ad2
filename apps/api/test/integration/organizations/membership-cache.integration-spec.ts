import { randomUUID } from 'node:crypto';
import { ClsService } from 'nestjs-cls';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Role } from '@loved/shared';
import {
  MembershipDirectory,
  type MembershipChange,
} from '../../../src/core/tenancy/membership-directory';
import { TenantContextService } from '../../../src/core/tenancy/tenant-context.service';
import { MembersService } from '../../../src/modules/organizations/members.service';
import { addMember, register, type Session } from '../../utils/identity.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Long enough for a broadcast sent during the transaction to reach every process. */
const BROADCAST_MS = 200;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

type Driver = { name: string; redis: boolean };

describe.each<Driver>([
  { name: 'in one process (in-memory pub/sub)', redis: false },
  { name: 'across two API instances (Redis pub/sub)', redis: true },
])('the cached membership follows committed changes only, $name', ({ redis }) => {
  /** `writer` changes memberships; `reader` is the (other) process whose cache must follow. */
  let writer: TestApp;
  let reader: TestApp;
  beforeAll(async () => {
    const env: Record<string, string> = redis
      ? { REDIS_URL, QUEUE_PREFIX: `test-${randomUUID()}` }
      : {};
    writer = await createTestApp({ env, processJobs: false });
    reader = redis ? await createTestApp({ env, processJobs: false }) : writer;
  });
  afterAll(async () => {
    await Promise.all([...new Set([writer, reader])].map((t) => t.close()));
  });

  const directoryOf = (t: TestApp): MembershipDirectory => t.app.get(MembershipDirectory);

  /** Runs `work` as `admin` in one transaction of the writer, as a request would. */
  const asAdminInTransaction = (admin: Session, work: () => Promise<void>): Promise<void> =>
    writer.app
      .get(TenantContextService)
      .run({ organizationId: admin.organizationId, userId: admin.user.id, role: Role.Admin }, work);

  /** A read by another request while the writer's transaction is still open. */
  const readInTheGap = (organizationId: string, userId: string): Promise<Role | null> =>
    writer.app.get(ClsService).exit(() => directoryOf(reader).roleOf(organizationId, userId));

  it('does not keep the old role that a request read before the demotion committed', async () => {
    const admin = await register(writer.app);
    const manager = await addMember(writer.app, admin, 'manager');
    const org = admin.organizationId;
    expect(await directoryOf(reader).roleOf(org, manager.user.id)).toBe(Role.Manager);

    let roleInTheGap: Role | null = null;
    await asAdminInTransaction(admin, async () => {
      await writer.app.get(MembersService).changeRole(manager.user.id, Role.Agent);
      await sleep(BROADCAST_MS);
      roleInTheGap = await readInTheGap(org, manager.user.id);
    });

    expect(roleInTheGap).toBe(Role.Manager);
    await vi.waitFor(async () =>
      expect(await directoryOf(reader).roleOf(org, manager.user.id)).toBe(Role.Agent),
    );
  });

  it('does not keep the membership that a request read before the removal committed', async () => {
    const admin = await register(writer.app);
    const agent = await addMember(writer.app, admin, 'agent');
    const org = admin.organizationId;
    expect(await directoryOf(reader).roleOf(org, agent.user.id)).toBe(Role.Agent);

    await asAdminInTransaction(admin, async () => {
      await writer.app.get(MembersService).remove(agent.user.id);
      await sleep(BROADCAST_MS);
      await readInTheGap(org, agent.user.id);
    });

    await vi.waitFor(async () =>
      expect(await directoryOf(reader).roleOf(org, agent.user.id)).toBeNull(),
    );
  });

  it('announces a change to every process once it commits, and never when it rolls back', async () => {
    const admin = await register(writer.app);
    const manager = await addMember(writer.app, admin, 'manager');
    const heard: MembershipChange[] = [];
    // Other suites publish on the same Redis at the same time: keep this member's changes only.
    const stop = directoryOf(reader).onChange((change) => {
      if (change.userId === manager.user.id) heard.push(change);
    });
    try {
      const rolledBack = asAdminInTransaction(admin, async () => {
        await writer.app.get(MembersService).changeRole(manager.user.id, Role.Agent);
        throw new Error('the request failed after the change');
      });
      await expect(rolledBack).rejects.toThrow('the request failed');
      await sleep(BROADCAST_MS);
      expect(heard).toEqual([]);

      let heardBeforeCommit: MembershipChange[] = [];
      await asAdminInTransaction(admin, async () => {
        await writer.app.get(MembersService).changeRole(manager.user.id, Role.Agent);
        await sleep(BROADCAST_MS);
        heardBeforeCommit = [...heard];
      });
      expect(heardBeforeCommit).toEqual([]);
      await vi.waitFor(() =>
        expect(heard).toEqual([{ organizationId: admin.organizationId, userId: manager.user.id }]),
      );
    } finally {
      stop();
    }
  });
});
