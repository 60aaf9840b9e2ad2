import type { LeadSort } from '@loved/shared';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { LeadListTable } from '@/features/lead-list/components/lead-list-table';
import { makeLead } from '@/testing/lead-factory';

function renderTable(sort: LeadSort | undefined, onSortChange = vi.fn()): typeof onSortChange {
  render(
    <MemoryRouter>
      <LeadListTable
        leads={[
          makeLead({
            name: 'Padaria Pão Quente',
            stage: 'proposta',
            estimated_value: '2500.00',
            estimated_value_cents: 250000,
            priority: 'high',
            outcome: null,
            assigned_user: { id: 'u1', name: 'Ana Souza', avatar_url: null },
          }),
          makeLead({ name: 'Oficina do Zé', outcome: 'won', stage: 'fechado' }),
        ]}
        sort={sort}
        onSortChange={onSortChange}
        isSelected={() => false}
        isPartlySelected={false}
        allSelected={false}
        onToggle={vi.fn()}
        onToggleAll={vi.fn()}
      />
    </MemoryRouter>,
  );
  return onSortChange;
}

describe('LeadListTable', () => {
  it('shows what a rep scans for: stage, value in R$, owner, priority and result in words', () => {
    renderTable(undefined);
    const padaria = screen.getByRole('row', { name: /Padaria Pão Quente/ });
    expect(padaria).toHaveTextContent('Proposta');
    expect(padaria).toHaveTextContent(/R\$\s2\.500,00/);
    expect(padaria).toHaveTextContent('Ana Souza');
    expect(padaria).toHaveTextContent('Alta');
    expect(padaria).toHaveTextContent('Em aberto');
    expect(screen.getByRole('row', { name: /Oficina do Zé/ })).toHaveTextContent('Sem responsável');
    expect(screen.getByRole('row', { name: /Oficina do Zé/ })).toHaveTextContent('Ganho');
    expect(screen.getByRole('link', { name: 'Padaria Pão Quente' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/leads\//),
    );
  });

  it('asks for the largest values first when the value header is clicked', async () => {
    const onSortChange = renderTable(undefined);
    await userEvent.click(screen.getByRole('button', { name: 'Valor' }));
    expect(onSortChange).toHaveBeenCalledWith('-estimated_value');
  });

  it('marks the sorted column with aria-sort and only that one', () => {
    renderTable('-estimated_value');
    expect(screen.getByRole('columnheader', { name: 'Valor' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(screen.getByRole('columnheader', { name: 'Nome' })).not.toHaveAttribute('aria-sort');
  });

  it('sorts from the keyboard: the header is a button that Enter presses', async () => {
    const onSortChange = renderTable('name');
    const user = userEvent.setup();
    screen.getByRole('button', { name: 'Nome' }).focus();
    await user.keyboard('{Enter}');
    expect(onSortChange).toHaveBeenCalledWith('-name');
  });
});
