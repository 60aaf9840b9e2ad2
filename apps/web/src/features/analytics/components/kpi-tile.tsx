export type KpiTileProps = { label: string; value: string; hint?: string };

/** One headline figure, as a term and its description inside the caller's `<dl>`. */
export function KpiTile({ label, value, hint }: KpiTileProps): React.JSX.Element {
  return (
    <div className="flex flex-col gap-1 rounded-lg border border-border p-4">
      <dt className="text-sm text-muted-foreground">{label}</dt>
      <dd className="text-2xl font-semibold tracking-tight tabular-nums">{value}</dd>
      {hint ? <dd className="text-xs text-muted-foreground tabular-nums">{hint}</dd> : null}
    </div>
  );
}
