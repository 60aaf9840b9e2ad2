import type { TimelineItem } from '@loved/shared';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TimelineSystemEntry } from '@/features/communications/components/timeline-system-entry';
import { renderWithProviders } from '@/testing/render-with-providers';

type SystemItem = Extract<TimelineItem, { type: 'system' }>;

function renderLine(overrides: Partial<SystemItem>): HTMLElement {
  const item: SystemItem = {
    type: 'system',
    id: 'event-1',
    occurred_at: new Date().toISOString(),
    event: 'activity_done',
    from: 'call',
    to: 'Ligar amanhã',
    actor: { id: 'user-1', name: 'Maria', type: 'user' },
    ...overrides,
  };
  renderWithProviders(
    <ol>
      <TimelineSystemEntry item={item} />
    </ol>,
  );
  return screen.getByRole('listitem');
}

describe('TimelineSystemEntry for a completed activity', () => {
  it('says who completed which activity, once', () => {
    const line = renderLine({});

    expect(line).toHaveTextContent('Maria concluiu a atividade: Ligar amanhã');
    expect(line).not.toHaveTextContent('por Maria');
  });

  it("shows the activity type's icon", () => {
    const call = renderLine({ from: 'call' });
    expect(call.querySelector('svg')).toHaveClass('lucide-phone');
  });

  it('shows a meeting with its own icon', () => {
    const meeting = renderLine({ from: 'meeting', to: 'Apresentação' });
    expect(meeting.querySelector('svg')).toHaveClass('lucide-users');
  });

  it('still reads well without an actor (a removed member)', () => {
    const line = renderLine({ actor: null, to: 'Enviar proposta' });

    expect(line).toHaveTextContent('Atividade concluída: Enviar proposta');
  });

  it('keeps the other lines as they were', () => {
    const line = renderLine({ event: 'stage_changed', from: 'lead', to: 'contato' });

    expect(line).toHaveTextContent('Etapa alterada de Lead para Contato por Maria');
    expect(line.querySelector('svg')).toHaveClass('lucide-arrow-right-left');
  });
});

describe('TimelineSystemEntry made by an integration', () => {
  it("names the API key and marks it as the API's doing", () => {
    const line = renderLine({
      event: 'created',
      from: null,
      to: 'lead',
      actor: { id: 'key-1', name: 'Formulário do site', type: 'api_key' },
    });

    expect(line).toHaveTextContent('Lead criado por Formulário do site (API)');
  });
});
