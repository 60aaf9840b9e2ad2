import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LeadContactActions } from '@/features/leads/components/lead-page/lead-contact-actions';
import { renderWithProviders } from '@/testing/render-with-providers';

describe('LeadContactActions', () => {
  it('calls, opens WhatsApp and writes an e-mail in one click', () => {
    renderWithProviders(<LeadContactActions phone="+5511987651001" email="ana@padaria.test" />);

    expect(screen.getByRole('link', { name: 'Telefonar para (11) 98765-1001' })).toHaveAttribute(
      'href',
      'tel:+5511987651001',
    );
    const whatsApp = screen.getByRole('link', {
      name: 'Conversar no WhatsApp com (11) 98765-1001',
    });
    expect(whatsApp).toHaveAttribute('href', 'https://wa.me/5511987651001');
    expect(whatsApp).toHaveAttribute('target', '_blank');
    expect(whatsApp).toHaveAttribute('rel', 'noopener noreferrer');
    expect(
      screen.getByRole('link', { name: 'Enviar e-mail para ana@padaria.test' }),
    ).toHaveAttribute('href', 'mailto:ana@padaria.test');
    expect(screen.getByText('(11) 98765-1001')).toBeVisible();
  });

  it('offers no phone or WhatsApp for a lead without a phone', () => {
    renderWithProviders(<LeadContactActions phone={null} email="ana@padaria.test" />);

    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(screen.getByRole('link')).toHaveAttribute('href', 'mailto:ana@padaria.test');
  });

  it('offers no e-mail for a lead without one', () => {
    renderWithProviders(<LeadContactActions phone="+5511987651001" email={null} />);

    expect(screen.queryByRole('link', { name: /e-mail/ })).not.toBeInTheDocument();
    expect(screen.getAllByRole('link')).toHaveLength(2);
  });

  it('shows nothing for a lead without contacts', () => {
    renderWithProviders(<LeadContactActions phone={null} email={null} />);

    expect(screen.queryByRole('list', { name: 'Contato' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
