import { describe, expect, it } from 'vitest';
import { Role } from '@loved/shared';
import { PubSubService } from '../../core/redis/pub-sub.service';
import type { MembershipChange } from '../../core/tenancy/membership-directory';
import type { TenantContextService } from '../../core/tenancy/tenant-context.service';
import { MembershipDirectoryService } from './membership-directory.service';

type Read = (role: Role | null) => void;

/** A directory over the in-process pub/sub whose database reads and commits the test controls. */
function makeDirectory(): {
  directory: MembershipDirectoryService;
  reads: Read[];
  commit: () => void;
} {
  const reads: Read[] = [];
  const pendingCommit: Array<() => void> = [];
  const tenant = {
    runAsUser: (): Promise<{ role: Role } | null> =>
      new Promise((resolve) => reads.push((role) => resolve(role ? { role } : null))),
    afterCommit: (callback: () => void): void => {
      pendingCommit.push(callback);
    },
  };
  const directory = new MembershipDirectoryService(
    tenant as unknown as TenantContextService,
    new PubSubService(null),
  );
  directory.onModuleInit();
  const commit = (): void => pendingCommit.splice(0).forEach((callback) => callback());
  return { directory, reads, commit };
}

describe('MembershipDirectoryService', () => {
  it('answers a repeated question from its cache', async () => {
    const { directory, reads } = makeDirectory();
    const first = directory.roleOf('org', 'user');
    reads[0]?.(Role.Manager);
    expect(await first).toBe(Role.Manager);
    expect(await directory.roleOf('org', 'user')).toBe(Role.Manager);
    expect(reads).toHaveLength(1);
  });

  it('keeps the cached role until the change commits, then reads again', async () => {
    const { directory, reads, commit } = makeDirectory();
    const first = directory.roleOf('org', 'user');
    reads[0]?.(Role.Manager);
    await first;

    directory.changed('org', 'user');
    expect(await directory.roleOf('org', 'user')).toBe(Role.Manager);
    commit();
    const after = directory.roleOf('org', 'user');
    reads[1]?.(Role.Agent);
    expect(await after).toBe(Role.Agent);
  });

  it('does not cache a role read while a change committed', async () => {
    const { directory, reads, commit } = makeDirectory();
    const overlapping = directory.roleOf('org', 'user');
    directory.changed('org', 'user');
    commit();
    reads[0]?.(Role.Manager);
    expect(await overlapping).toBe(Role.Manager);

    const next = directory.roleOf('org', 'user');
    expect(reads).toHaveLength(2);
    reads[1]?.(Role.Agent);
    expect(await next).toBe(Role.Agent);
  });

  it('tells its listeners of a change once it commits', () => {
    const { directory, commit } = makeDirectory();
    const heard: MembershipChange[] = [];
    directory.onChange((change) => heard.push(change));
    directory.changed('org', 'user');
    expect(heard).toEqual([]);
    commit();
    expect(heard).toEqual([{ organizationId: 'org', userId: 'user' }]);
  });
});
