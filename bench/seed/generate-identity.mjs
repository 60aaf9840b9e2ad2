// Organisations, users and memberships. Every org has one admin with the known bench password
// (the runner logs in as org 0's admin), two managers and a few agents.
import argon2 from 'argon2';
import { FIRST_NAMES, LAST_NAMES, asciiSlug } from './names.mjs';

export const BENCH_PASSWORD = 'bench-password-2026';

/** The moment the data set "ends": fixed, so a seed always yields the same timestamps. */
export const ANCHOR_MS = Date.UTC(2026, 10, 30);
export const DAY_MS = 86_400_000;

export const adminEmail = (orgIndex) => `admin@org${orgIndex}.bench.test`;

/**
 * Argon2id with the library's defaults, as apps/api/src/core/crypto/password-hasher.ts does;
 * hashed once and shared by every bench user (hashing is deliberately slow).
 */
export const hashBenchPassword = () => argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id });

export function generateIdentity(random, sizes, passwordHash) {
  const organizations = [];
  const users = [];
  const memberships = [];
  const createdAt = new Date(ANCHOR_MS - 800 * DAY_MS).toISOString();
  for (const size of sizes) {
    const orgId = random.uuid();
    organizations.push({
      id: orgId,
      name: size.index === 0 ? 'Agência Bench Grande' : `Agência Bench ${size.index}`,
      plan: size.index === 0 ? 'enterprise' : 'pro',
    });
    const roles = [
      'admin',
      'manager',
      'manager',
      ...Array.from({ length: size.agents }, () => 'agent'),
    ];
    const orgUsers = roles.map((role, i) => {
      const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
      const email =
        role === 'admin'
          ? adminEmail(size.index)
          : `${asciiSlug(name)}.${i}@org${size.index}.bench.test`;
      return { id: random.uuid(), name, email, role };
    });
    for (const user of orgUsers) {
      users.push([user.id, user.email, user.name, passwordHash, createdAt, createdAt]);
      memberships.push([orgId, user.id, user.role, createdAt]);
    }
    organizations.at(-1).users = orgUsers;
  }
  return {
    organizations,
    userRows: users,
    membershipRows: memberships,
    organizationRows: organizations.map((o) => [o.id, o.name, o.plan, createdAt, createdAt]),
  };
}
