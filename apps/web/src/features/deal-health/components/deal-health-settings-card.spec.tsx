import type { StageHealthSetting, StageHealthSettingsResponse } from '@loved/shared';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Toaster } from '@/components/toaster';
import { DealHealthSettingsCard } from '@/features/deal-health/components/deal-health-settings-card';
import { renderWithProviders } from '@/testing/render-with-providers';
import { signInForTest } from '@/testing/session';
import { stubApi, type StubApi, type StubHandler } from '@/testing/stub-api';

const SETTINGS: StageHealthSetting[] = [
  { stage: 'lead', rotting_days: 3, unanswered_hours: 4 },
  { stage: 'contato', rotting_days: 5, unanswered_hours: 4 },
  { stage: 'proposta', rotting_days: 7, unanswered_hours: 8 },
  { stage: 'negociacao', rotting_days: 7, unanswered_hours: 8 },
  { stage: 'fechado', rotting_days: null, unanswered_hours: null },
];

function stubSettings(put?: StubHandler): StubApi {
  return stubApi({
    'GET /pipeline/health-settings': { body: { stages: SETTINGS } },
    'PUT /pipeline/health-settings':
      put ?? (({ body }) => ({ body: body as StageHealthSettingsResponse })),
  });
}

function renderCard(canEdit: boolean): void {
  renderWithProviders(
    <>
      <DealHealthSettingsCard canEdit={canEdit} />
      <Toaster />
    </>,
  );
}

describe('DealHealthSettingsCard', () => {
  beforeEach(() => {
    signInForTest();
  });

  it("shows every stage's thresholds, a closed stage's as off", async () => {
    stubSettings();
    renderCard(true);

    expect(await screen.findByRole('spinbutton', { name: 'Dias parado em Proposta' })).toHaveValue(
      7,
    );
    expect(screen.getByRole('spinbutton', { name: 'Horas sem resposta em Lead' })).toHaveValue(4);
    expect(
      screen.getByRole('checkbox', { name: 'Dias parado desligado em Fechado' }),
    ).toBeChecked();
    expect(screen.getByRole('spinbutton', { name: 'Dias parado em Fechado' })).toBeDisabled();
  });

  it('saves the thresholds, a signal turned off as null, and says so', async () => {
    const api = stubSettings();
    const user = userEvent.setup();
    renderCard(true);

    const days = await screen.findByRole('spinbutton', { name: 'Dias parado em Proposta' });
    await user.clear(days);
    await user.type(days, '10');
    await user.click(
      screen.getByRole('checkbox', { name: 'Horas sem resposta desligado em Lead' }),
    );
    await user.click(screen.getByRole('button', { name: 'Salvar' }));

    expect(await screen.findByText('Limites de saúde do funil salvos.')).toBeVisible();
    const [request] = api.requestsTo('PUT /pipeline/health-settings');
    expect(request?.body).toEqual({
      stages: [
        { stage: 'lead', rotting_days: 3, unanswered_hours: null },
        { stage: 'contato', rotting_days: 5, unanswered_hours: 4 },
        { stage: 'proposta', rotting_days: 10, unanswered_hours: 8 },
        { stage: 'negociacao', rotting_days: 7, unanswered_hours: 8 },
        { stage: 'fechado', rotting_days: null, unanswered_hours: null },
      ],
    });
  });

  it('refuses a value out of range before asking the API, on the field itself', async () => {
    const api = stubSettings();
    const user = userEvent.setup();
    renderCard(true);

    const days = await screen.findByRole('spinbutton', { name: 'Dias parado em Contato' });
    await user.clear(days);
    await user.type(days, '0');
    const hours = screen.getByRole('spinbutton', { name: 'Horas sem resposta em Contato' });
    await user.clear(hours);
    await user.type(hours, '721');
    await user.click(screen.getByRole('button', { name: 'Salvar' }));

    expect(days).toHaveAccessibleDescription('Use um número inteiro de 1 a 365.');
    expect(hours).toHaveAccessibleDescription('Use um número inteiro de 1 a 720.');
    expect(days).toHaveFocus();
    expect(api.requestsTo('PUT /pipeline/health-settings')).toHaveLength(0);
  });

  it("shows the API's field errors beside the field they name", async () => {
    stubSettings(() => ({
      status: 400,
      body: {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: 'Validation failed',
        code: 'VALIDATION_FAILED',
        errors: [
          {
            field: 'stages.3.unanswered_hours',
            code: 'max',
            params: { max: 720 },
            message: 'unanswered_hours must not be greater than 720',
          },
        ],
      },
    }));
    const user = userEvent.setup();
    renderCard(true);

    await screen.findByRole('spinbutton', { name: 'Dias parado em Lead' });
    await user.click(screen.getByRole('button', { name: 'Salvar' }));

    const hours = screen.getByRole('spinbutton', { name: 'Horas sem resposta em Negociação' });
    expect(await screen.findByText('Informe um valor até 720.')).toBeVisible();
    expect(hours).toHaveAccessibleDescription('Informe um valor até 720.');
  });

  it('shows agents the thresholds read-only, without a save button', async () => {
    signInForTest({ role: 'agent' });
    stubSettings();
    renderCard(false);

    const region = await screen.findByRole('region', { name: 'Saúde do funil' });
    const days = await within(region).findByRole('spinbutton', { name: 'Dias parado em Lead' });
    expect(days).toHaveAttribute('readonly');
    expect(
      within(region).getByRole('checkbox', { name: 'Dias parado desligado em Lead' }),
    ).toBeDisabled();
    expect(within(region).getByText(/Só administradores podem alterar/)).toBeVisible();
    expect(within(region).queryByRole('button', { name: 'Salvar' })).toBeNull();
  });
});
