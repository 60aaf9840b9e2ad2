import { trace } from '@opentelemetry/api';
import type { SpanAttribute } from './span-attribute.constant';

/**
 * Adds attributes to the span of the current request or job. Without a registered SDK there is
 * no active span, so this costs a lookup and does nothing.
 */
export function annotateActiveSpan(
  attributes: Partial<Record<SpanAttribute, string | number | undefined>>,
): void {
  const span = trace.getActiveSpan();
  if (!span) return;
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== undefined) span.setAttribute(key, value);
  }
}
