import { expect, type Page } from '@playwright/test';
import type { Account } from './api';

/** Signs in through /entrar, as a person would, and waits for home: Minha agenda. */
export async function signInToAgenda(
  page: Page,
  account: Pick<Account, 'email' | 'password'>,
): Promise<void> {
  await page.goto('/entrar');
  await page.getByLabel('E-mail').fill(account.email);
  await page.getByLabel('Senha').fill(account.password);
  await page.getByRole('button', { name: 'Entrar', exact: true }).click();
  await expect(page).toHaveURL(/\/agenda$/);
}

/** Signs in, then opens the board (where most specs start); on a phone too, sidebar closed. */
export async function signIn(
  page: Page,
  account: Pick<Account, 'email' | 'password'>,
): Promise<void> {
  await signInToAgenda(page, account);
  await page.goto('/pipeline');
  await expect(page.getByRole('heading', { level: 1, name: 'Pipeline' })).toBeVisible();
}

export function mainNav(page: Page): ReturnType<Page['getByRole']> {
  return page.getByRole('navigation', { name: 'Navegação principal' });
}

/** A stage column of the board, found by its heading. */
export function column(page: Page, stage: string): ReturnType<Page['getByRole']> {
  return page.getByRole('region', { name: stage, exact: true });
}

/** A card of the board: its drag handle is a button named after the lead. */
export function card(
  scope: Page | ReturnType<Page['getByRole']>,
  name: string,
): ReturnType<Page['getByRole']> {
  return scope.getByRole('button', { name, exact: true });
}
