import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

const SCREENSHOTS_DIR = fileURLToPath(
  new URL('../../../test-results/screenshots/', import.meta.url),
);

/** Saves a full-page screenshot to test-results/screenshots/<name>.png for people to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`), fullPage: true });
}
