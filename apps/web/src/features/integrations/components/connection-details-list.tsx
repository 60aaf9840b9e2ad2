export type ConnectionDetailsRow = readonly [term: string, value: string | null];

export type ConnectionDetailsListProps = {
  /** In reading order; a row without a value is left out. */
  rows: readonly ConnectionDetailsRow[];
};

/** What the provider told us about the connection, as term and value pairs. */
export function ConnectionDetailsList({
  rows,
}: ConnectionDetailsListProps): React.JSX.Element | null {
  const shown = rows.filter((row): row is readonly [string, string] => Boolean(row[1]));
  if (shown.length === 0) return null;

  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-3">
      {shown.map(([term, value]) => (
        <div key={term} className="flex flex-col gap-0.5">
          <dt className="text-xs text-muted-foreground">{term}</dt>
          <dd className="font-medium break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
