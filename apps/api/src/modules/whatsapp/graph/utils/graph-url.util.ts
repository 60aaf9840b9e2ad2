const VERSION_SUFFIX = /\/v\d+\.\d+$/;

/**
 * The versioned root of every call: `GRAPH_API_BASE_URL` plus `GRAPH_API_VERSION`, unless the
 * base URL already ends with a version (then it is used as it is).
 */
export function graphRootUrl(baseUrl: string, version: string): string {
  const trimmed = baseUrl.replace(/\/+$/, '');
  return VERSION_SUFFIX.test(trimmed) ? trimmed : `${trimmed}/${version}`;
}

/** `root` + path segments (each percent-encoded) + query. */
export function graphUrl(
  root: string,
  segments: readonly string[],
  query: Record<string, string> = {},
): URL {
  const url = new URL(`${root}/${segments.map(encodeURIComponent).join('/')}`);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url;
}
