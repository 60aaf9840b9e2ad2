import { randomUUID } from 'node:crypto';
import type { RegisterRequest } from '@loved/shared';

const FIRST_NAMES = ['Ana', 'Bruno', 'Carla', 'Diego', 'Elisa', 'Fábio', 'Gabriela', 'Heitor'];

/** A unique, valid registration; every test gets people of its own. */
export function makeRegistration(overrides: Partial<RegisterRequest> = {}): RegisterRequest {
  const id = randomUUID().slice(0, 8);
  const name = FIRST_NAMES[Math.floor(Math.random() * FIRST_NAMES.length)] ?? 'Ana';
  return {
    name: `${name} ${id}`,
    email: `${name
      .normalize('NFD')
      .replace(/[^a-zA-Z]/g, '')
      .toLowerCase()}.${id}@agencia.test`,
    password: `senha-forte-${id}`,
    ...overrides,
  };
}

export function makeOrganizationName(): string {
  return `Agência ${randomUUID().slice(0, 8)}`;
}
