import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { RateLimiterService, type RateLimitRule } from '../../core/redis/rate-limiter.service';
import { TooManyAttemptsException } from './auth.exception';
import { clientNetwork } from './utils/client-network.util';

/**
 * Two fixed windows guard the password check: one per e-mail (a guesser spread over many IPs)
 * and one per client network (one client spraying many e-mails; an IPv6 client by its /64). Every attempt is counted before
 * the password is checked; a success then clears its e-mail's window and gives its IP hit
 * back, so the limits count failures.
 */
@Injectable()
export class LoginRateLimitService {
  private readonly perEmail: RateLimitRule;
  private readonly perIp: RateLimitRule;

  constructor(
    private readonly limiter: RateLimiterService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const windowSeconds = config.env.LOGIN_FAILURE_WINDOW_SECONDS;
    this.perEmail = { limit: config.env.LOGIN_MAX_FAILURES_PER_EMAIL, windowSeconds };
    this.perIp = { limit: config.env.LOGIN_MAX_FAILURES_PER_IP, windowSeconds };
  }

  /** Counts the attempt; throws 429 when it goes over either limit. `email` is normalised. */
  async admit(email: string, ip: string): Promise<void> {
    const [byEmail, byIp] = await Promise.all([
      this.limiter.consume(emailKey(email), this.perEmail),
      this.limiter.consume(ipKey(ip), this.perIp),
    ]);
    if (byEmail.blocked || byIp.blocked) {
      throw new TooManyAttemptsException(
        Math.max(byEmail.retryAfterSeconds, byIp.retryAfterSeconds),
      );
    }
  }

  /** The attempt admitted for `email` from `ip` had the right password. */
  async succeeded(email: string, ip: string): Promise<void> {
    await Promise.all([this.limiter.reset(emailKey(email)), this.limiter.refund(ipKey(ip))]);
  }
}

const emailKey = (email: string): string => `login:email:${email}`;
const ipKey = (ip: string): string => `login:ip:${clientNetwork(ip)}`;
