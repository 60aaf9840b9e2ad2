import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Role } from '@loved/shared';
import {
  MembershipDirectory,
  type MembershipChange,
} from '../../core/tenancy/membership-directory';
import { EventStreamTokenService, type StreamIdentity } from './event-stream-token.service';
import { EventStreamService } from './event-stream.service';
import { LiveErrorCode, LiveException } from './live.exception';

/** Membership reads before giving up on a user whose membership keeps changing meanwhile. */
const MAX_MEMBERSHIP_READS = 3;

type PendingCheck = MembershipChange & { changed: boolean };

/**
 * Keeps event streams in step with membership: a token opens a stream only for someone who is
 * a member now, with the role they have now, and a committed change to a membership (on any
 * process) ends that user's streams in that organisation.
 */
@Injectable()
export class StreamAccessService implements OnModuleInit, OnModuleDestroy {
  private readonly pending = new Set<PendingCheck>();
  private stopListening: (() => void) | undefined;

  constructor(
    private readonly tokens: EventStreamTokenService,
    private readonly streams: EventStreamService,
    private readonly memberships: MembershipDirectory,
  ) {}

  onModuleInit(): void {
    this.stopListening = this.memberships.onChange((change) => this.handleChange(change));
  }

  onModuleDestroy(): void {
    this.stopListening?.();
  }

  /** Redeems `token` and answers who may stream, with their current role; throws otherwise. */
  async admit(token: string | undefined): Promise<StreamIdentity> {
    const minted = token ? await this.tokens.redeem(token) : null;
    if (!minted) {
      throw new LiveException(
        LiveErrorCode.InvalidStreamToken,
        'The event stream token is invalid, expired or already used.',
      );
    }
    const role = await this.currentRole(minted);
    if (!role) {
      throw new LiveException(
        LiveErrorCode.NotAMember,
        'You are no longer a member of this organization.',
      );
    }
    return { ...minted, role };
  }

  /**
   * Reads the membership from the database, not the guard's cache. A change broadcast while the
   * read runs may have committed after it started, so the read is repeated: the stream is not
   * registered yet, and closing it later would miss that broadcast.
   */
  private async currentRole(identity: StreamIdentity): Promise<Role | null> {
    const check: PendingCheck = { ...identity, changed: false };
    this.pending.add(check);
    try {
      for (let read = 1; read <= MAX_MEMBERSHIP_READS; read += 1) {
        check.changed = false;
        const role = await this.memberships.currentRoleOf(identity.organizationId, identity.userId);
        if (!check.changed) return role;
      }
      return null;
    } finally {
      this.pending.delete(check);
    }
  }

  private handleChange(change: MembershipChange): void {
    for (const check of this.pending) {
      if (check.organizationId === change.organizationId && check.userId === change.userId) {
        check.changed = true;
      }
    }
    this.streams.closeFor(change);
  }
}
