// Small formatting helpers for the results table, and percentiles of measured latencies.
export const ms = (value) =>
  value === null || value === undefined
    ? '—'
    : value >= 1000
      ? `${(value / 1000).toFixed(1)} s`
      : `${Math.round(value)} ms`;

export const rate = (value) =>
  value === null || value === undefined
    ? '—'
    : value >= 100
      ? Math.round(value).toLocaleString('en-US')
      : value.toFixed(1);

/** Nearest-rank percentile `p` (0–100) of ascending `sorted` values; null when empty. */
export const percentile = (sorted, p) =>
  sorted.length === 0
    ? null
    : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
