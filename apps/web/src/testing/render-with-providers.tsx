import { QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { queryClient } from '@/lib/query-client';

/** Renders `ui` with what the app provides around every page (the query cache). */
export function renderWithProviders(ui: ReactNode): RenderResult {
  return render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>);
}
