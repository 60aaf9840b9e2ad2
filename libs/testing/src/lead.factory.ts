import { randomInt, randomUUID } from 'node:crypto';
import type { CreateLeadRequest } from '@loved/shared';

const NAMES = [
  'João Silva',
  'Maria Oliveira',
  'Conceição Souza',
  'José Araújo',
  'Ana Lúcia Pereira',
  'Luís Gonçalves',
];

/** A unique, valid lead: its e-mail and mobile never collide with another test's. */
export function makeLead(overrides: Partial<CreateLeadRequest> = {}): CreateLeadRequest {
  const id = randomUUID().slice(0, 8);
  const name = NAMES[randomInt(NAMES.length)] ?? 'João Silva';
  return {
    name: `${name} ${id}`,
    email: `lead.${id}@cliente.test`,
    phone: `+55 11 9${String(randomInt(10_000_000, 99_999_999))}`,
    source: 'Instagram',
    tags: ['site'],
    ...overrides,
  };
}
