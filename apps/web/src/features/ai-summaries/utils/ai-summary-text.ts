import type { AiSummaryResponse } from '@loved/shared';

/** The first non-empty line of a summary's text, for a collapsed history entry. */
export function firstLineOf(text: string | null): string {
  return (
    text
      ?.split('\n')
      .map((line) => line.trim())
      .find((line) => line !== '') ?? ''
  );
}

/** When a summary was written: when it finished, else when it was asked for. */
export function generatedAtOf(summary: AiSummaryResponse): string {
  return summary.completed_at ?? summary.created_at;
}

/** A 0–1 score as a whole percentage, kept within 0–100 (0.873 → 87). */
export function confidencePercentOf(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 100);
}

/** A 0–1 score as people read it (0.873 → "87%"), in the interface language. */
export function formatConfidence(score: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(
    confidencePercentOf(score) / 100,
  );
}
