import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  InlineField,
  type InlineSaveResult,
} from '@/features/leads/components/lead-page/inline-field';
import { Sheet, SheetContent, SheetTitle } from '@/components/ui/sheet';
import { renderWithProviders } from '@/testing/render-with-providers';

function renderField(
  onSave: (draft: string) => Promise<InlineSaveResult>,
  extra: Partial<Parameters<typeof InlineField>[0]> = {},
): void {
  renderWithProviders(
    <InlineField label="Origem" display="Instagram" value="Instagram" onSave={onSave} {...extra} />,
  );
}

describe('InlineField', () => {
  it('reads as text until clicked, then saves the draft with Enter and reads as text again', async () => {
    const onSave = vi.fn(async (): Promise<InlineSaveResult> => ({ status: 'saved' }));
    const user = userEvent.setup();
    renderField(onSave);

    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Editar Origem: Instagram' }));
    const input = screen.getByRole('textbox', { name: 'Origem' });
    expect(input).toHaveFocus();
    await user.clear(input);
    await user.type(input, 'Indicação{Enter}');

    expect(onSave).toHaveBeenCalledWith('Indicação');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Editar Origem/ })).toHaveFocus();
    expect(screen.getByText('Origem: salvo.')).toBeInTheDocument();
  });

  it('opens from the keyboard and cancels with Esc without saving', async () => {
    const onSave = vi.fn(async (): Promise<InlineSaveResult> => ({ status: 'saved' }));
    const user = userEvent.setup();
    renderField(onSave);

    await user.tab();
    await user.keyboard('{Enter}');
    await user.type(screen.getByRole('textbox', { name: 'Origem' }), 'Outra coisa');
    await user.keyboard('{Escape}');

    expect(onSave).not.toHaveBeenCalled();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Editar Origem: Instagram' })).toHaveFocus();
  });

  it('keeps the side panel around it open when Esc cancels the edit', async () => {
    const onOpenChange = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(
      <Sheet open onOpenChange={onOpenChange}>
        <SheetContent closeLabel="Fechar" aria-describedby={undefined}>
          <SheetTitle>Detalhes do lead</SheetTitle>
          <InlineField label="Origem" display="Instagram" value="Instagram" onSave={vi.fn()} />
        </SheetContent>
      </Sheet>,
    );

    await user.click(screen.getByRole('button', { name: /^Editar Origem/ }));
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(onOpenChange).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog')).toBeVisible();

    await user.keyboard('{Escape}');
    expect(onOpenChange).toHaveBeenCalledWith(false);
  });

  it('saves nothing when the draft is the value it started from', async () => {
    const onSave = vi.fn(async (): Promise<InlineSaveResult> => ({ status: 'saved' }));
    const user = userEvent.setup();
    renderField(onSave);

    await user.click(screen.getByRole('button', { name: /^Editar Origem/ }));
    await user.click(screen.getByRole('button', { name: 'Salvar' }));

    expect(onSave).not.toHaveBeenCalled();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('keeps the draft and shows a refusal under the field', async () => {
    const onSave = vi.fn(async (): Promise<InlineSaveResult> => ({
      status: 'invalid',
      message: 'Valor inválido.',
    }));
    const user = userEvent.setup();
    renderField(onSave);

    await user.click(screen.getByRole('button', { name: /^Editar Origem/ }));
    const input = screen.getByRole('textbox', { name: 'Origem' });
    await user.clear(input);
    await user.type(input, '???{Enter}');

    expect(input).toHaveValue('???');
    expect(input).toHaveFocus();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Valor inválido.');
  });

  it('saves a select with Enter', async () => {
    const onSave = vi.fn(async (): Promise<InlineSaveResult> => ({ status: 'saved' }));
    const user = userEvent.setup();
    renderWithProviders(
      <InlineField
        label="Prioridade"
        display="Média"
        value="medium"
        options={[
          { value: 'low', label: 'Baixa' },
          { value: 'medium', label: 'Média' },
          { value: 'high', label: 'Alta' },
        ]}
        onSave={onSave}
      />,
    );

    await user.click(screen.getByRole('button', { name: 'Editar Prioridade: Média' }));
    const select = screen.getByRole('combobox', { name: 'Prioridade' });
    await user.selectOptions(select, 'high');
    select.focus();
    await user.keyboard('{Enter}');

    expect(onSave).toHaveBeenCalledWith('high');
  });

  it('shows a read-only field as text, with no way to edit it', () => {
    renderField(vi.fn(), { readOnly: true, label: 'Responsável', display: 'Bruno Lima' });

    expect(screen.getByText('Bruno Lima')).toBeVisible();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
