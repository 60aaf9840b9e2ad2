import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { LeadImportDialog } from '@/features/lead-list/components/lead-import-dialog';
import { renderWithProviders } from '@/testing/render-with-providers';
import { signInForTest } from '@/testing/session';
import { stubApi } from '@/testing/stub-api';

const CSV = [
  'Nome;E-mail;Telefone;Valor;Observações',
  'Padaria Pão Quente;contato@padaria.test;(11) 98765-1001;1.500,00;cliente antigo',
  'Sem Nome Válido;isto-nao-e-email;;;',
  'Oficina do Zé;;;;',
].join('\n');

function csvFile(text = CSV): File {
  return new File([text], 'leads.csv', { type: 'text/csv' });
}

async function openAndChoose(text?: string): Promise<HTMLElement> {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Importar CSV' }));
  const dialog = await screen.findByRole('dialog', { name: 'Importar leads de um CSV' });
  await user.upload(within(dialog).getByLabelText('Arquivo CSV'), csvFile(text));
  return dialog;
}

describe('LeadImportDialog', () => {
  beforeEach(() => {
    signInForTest();
  });

  it('previews the first rows with the field each column fills, unknown ones ignored', async () => {
    const api = stubApi({});
    renderWithProviders(<LeadImportDialog />);
    const dialog = await openAndChoose();

    const preview = await within(dialog).findByRole('table');
    const headers = within(preview).getAllByRole('columnheader');
    // Each header reads "<CSV column> preenche <lead field>", or is marked as ignored.
    expect(headers.map((header) => header.textContent)).toEqual([
      'Nomepreenche Nome',
      'E-mailpreenche E-mail',
      'Telefonepreenche Telefone',
      'Valorpreenche Valor estimado',
      'ObservaçõesIgnorada',
    ]);
    expect(within(preview).getByRole('cell', { name: 'Padaria Pão Quente' })).toBeInTheDocument();
    expect(within(dialog).getByText(/3 linhas de dados · 1 coluna ignorada/)).toBeInTheDocument();
    // Nothing is sent before the user asks.
    expect(api.requests).toHaveLength(0);
    expect(within(dialog).getByRole('button', { name: 'Importar 3 linhas' })).toBeEnabled();
  });

  it('warns before sending a file without a name column', async () => {
    stubApi({});
    renderWithProviders(<LeadImportDialog />);
    const dialog = await openAndChoose('Empresa,Email\nPadaria,p@x.test\n');

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Falta a coluna nome');
    expect(within(dialog).getByRole('button', { name: 'Importar 1 linha' })).toBeDisabled();
  });

  it('uploads the file and reports what was imported and each refused row with its line', async () => {
    const api = stubApi({
      'POST /leads/import': {
        body: {
          imported: 2,
          skipped: 0,
          errors: [{ row: 3, message: 'e-mail inválido: "isto-nao-e-email"' }],
        },
      },
    });
    renderWithProviders(<LeadImportDialog />);
    const dialog = await openAndChoose();
    const user = userEvent.setup();

    await user.click(await within(dialog).findByRole('button', { name: 'Importar 3 linhas' }));

    const report = await within(dialog).findByRole('region', { name: 'Resultado da importação' });
    expect(report).toHaveTextContent('2 leads importados');
    expect(report).toHaveTextContent('1 linha recusada');
    const refused = within(report).getByRole('row', { name: /isto-nao-e-email/ });
    expect(refused).toHaveTextContent('3');
    expect(api.requestsTo('POST /leads/import')).toHaveLength(1);
    expect(api.requestsTo('POST /leads/import')[0]?.body).toBeInstanceOf(FormData);
  });

  it('shows why the API refused the whole file', async () => {
    stubApi({
      'POST /leads/import': {
        status: 400,
        body: {
          type: 'about:blank',
          title: 'Bad Request',
          status: 400,
          detail: 'too many rows',
          code: 'LEAD_IMPORT_TOO_MANY_ROWS',
        },
      },
    });
    renderWithProviders(<LeadImportDialog />);
    const dialog = await openAndChoose();
    const user = userEvent.setup();

    await user.click(await within(dialog).findByRole('button', { name: 'Importar 3 linhas' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'O arquivo tem linhas demais para uma importação.',
    );
  });
});
