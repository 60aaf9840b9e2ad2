/** What each route declares in `handle`: the name shown in the header and the tab title. */
export type RouteHandle = {
  title: string;
};

export function isRouteHandle(value: unknown): value is RouteHandle {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>).title === 'string'
  );
}
