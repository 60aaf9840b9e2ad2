// Small formatting helpers for the results table.
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
