import type { ReadinessResponse } from '@loved/shared';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getReadiness } from '@/features/system-status/api/get-readiness';
import { SystemStatusCard } from '@/features/system-status/components/system-status-card';
import { ApiError } from '@/lib/api-client';

vi.mock('@/features/system-status/api/get-readiness', () => ({ getReadiness: vi.fn() }));

const getReadinessMock = vi.mocked(getReadiness);

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
  beforeEach(() => {
    getReadinessMock.mockReset();
  });

  it('says it is checking while the readiness answer is on its way', () => {
    getReadinessMock.mockReturnValue(new Promise(() => undefined));

    render(<SystemStatusCard />);

    expect(screen.getByRole('status')).toHaveTextContent('Verificando serviços…');
  });

  it('shows every dependency with its state in Portuguese', async () => {
    getReadinessMock.mockResolvedValue(
      makeReadiness({ mode: 'full', checks: { database: 'up', redis: 'skipped', storage: 'up' } }),
    );

    render(<SystemStatusCard />);

    expect(await findRow('Banco de dados')).toHaveTextContent('Operacional');
    expect(await findRow('Redis')).toHaveTextContent('Não configurado');
    expect(await findRow('Armazenamento')).toHaveTextContent('Operacional');
    expect(screen.getByText('Modo completo')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('shows the time of the last check', async () => {
    getReadinessMock.mockResolvedValue(makeReadiness());

    render(<SystemStatusCard />);

    expect(await screen.findByText(/^Verificado às \d{2}:\d{2}:\d{2}$/)).toBeInTheDocument();
  });

  it('names the dependencies that are down when the API answers 503', async () => {
    getReadinessMock.mockRejectedValue(
      new ApiError({
        type: 'https://loved.crm/problems/dependency-down',
        title: 'Service Unavailable',
        status: 503,
        detail: 'Dependência indisponível: database, storage',
        code: 'DEPENDENCY_DOWN',
        errors: [
          { field: 'database', message: 'down' },
          { field: 'storage', message: 'down' },
        ],
      }),
    );

    render(<SystemStatusCard />);

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
    getReadinessMock.mockRejectedValueOnce(
      new ApiError({
        type: 'about:blank',
        title: 'Network Error',
        status: 0,
        detail: 'Não foi possível conectar ao servidor.',
      }),
    );
    getReadinessMock.mockResolvedValueOnce(makeReadiness());
    const user = userEvent.setup();

    render(<SystemStatusCard />);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Não foi possível conectar ao servidor.',
    );
    await user.click(screen.getByRole('button', { name: 'Tentar novamente' }));
    expect(await findRow('Banco de dados')).toHaveTextContent('Operacional');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
