import type { ReadinessResponse } from '@loved/shared';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SystemStatusCard } from '@/features/system-status/components/system-status-card';
import { renderWithProviders } from '@/testing/render-with-providers';
import { stubApi, type StubReply } from '@/testing/stub-api';

const READY = 'GET /health/ready';

/** The readiness endpoint answers each check with the next reply, the last one from then on. */
function stubReadiness(...replies: StubReply[]): void {
  let call = 0;
  stubApi({ [READY]: () => replies[Math.min(call++, replies.length - 1)] ?? { status: 500 } });
}

function makeReadiness(overrides: Partial<ReadinessResponse> = {}): ReadinessResponse {
  return {
    status: 'ok',
    mode: 'embedded',
    checks: { database: 'up', redis: 'skipped', storage: 'up' },
    ...overrides,
  };
}

async function findRow(name: string): Promise<HTMLElement> {
  const label = await screen.findByText(name);
  const row = label.closest('li');
  if (!row) throw new Error(`no list item holds "${name}"`);
  return row;
}

describe('SystemStatusCard', () => {
  it('says it is checking while the readiness answer is on its way', () => {
    stubApi({});

    renderWithProviders(<SystemStatusCard />);

    expect(screen.getByRole('status')).toHaveTextContent('Verificando serviços…');
  });

  it('shows every dependency with its state in Portuguese', async () => {
    stubReadiness({
      body: makeReadiness({
        mode: 'full',
        checks: { database: 'up', redis: 'skipped', storage: 'up' },
      }),
    });

    renderWithProviders(<SystemStatusCard />);

    expect(await findRow('Banco de dados')).toHaveTextContent('Operacional');
    expect(await findRow('Redis')).toHaveTextContent('Não configurado');
    expect(await findRow('Armazenamento')).toHaveTextContent('Operacional');
    expect(screen.getByText('Modo completo')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('shows the time of the last check', async () => {
    stubReadiness({ body: makeReadiness() });

    renderWithProviders(<SystemStatusCard />);

    expect(await screen.findByText(/^Verificado às \d{2}:\d{2}:\d{2}$/)).toBeInTheDocument();
  });

  it('names the dependencies that are down when the API answers 503', async () => {
    stubReadiness({
      status: 503,
      body: {
        type: 'https://loved.crm/problems/dependency-down',
        title: 'Service Unavailable',
        status: 503,
        detail: 'Dependency unavailable: database, storage',
        code: 'DEPENDENCY_DOWN',
        errors: [
          { field: 'database', code: 'dependencyDown', message: 'down' },
          { field: 'storage', code: 'dependencyDown', message: 'down' },
        ],
      },
    });

    renderWithProviders(<SystemStatusCard />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Há serviços indisponíveis');
    expect(alert).toHaveTextContent('Os serviços abaixo não responderam à verificação.');
    const downList = screen.getByRole('list', { name: 'Serviços indisponíveis' });
    const rows = within(downList).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Banco de dados');
    expect(rows[0]).toHaveTextContent('Indisponível');
    expect(rows[1]).toHaveTextContent('Armazenamento');
    expect(rows[1]).toHaveTextContent('Indisponível');
    expect(screen.queryByText('Redis')).not.toBeInTheDocument();
  });

  it('explains a failed check and retries when asked', async () => {
    stubReadiness({ network: true }, { body: makeReadiness() });
    const user = userEvent.setup();

    renderWithProviders(<SystemStatusCard />);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Não foi possível conectar ao servidor.',
    );
    await user.click(screen.getByRole('button', { name: 'Tentar novamente' }));
    expect(await findRow('Banco de dados')).toHaveTextContent('Operacional');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
