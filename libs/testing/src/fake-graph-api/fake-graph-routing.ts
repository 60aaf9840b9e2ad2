import type { FakeGraphRoute } from './fake-graph-api.type';
import type { FakeGraphState } from './fake-graph-state';

/** Where the fake serves downloads, mirroring Meta's `lookaside.fbsbx.com` path. */
export const MEDIA_DOWNLOAD_PATH = '/whatsapp_business/attachments/';

export type FakeGraphEndpoint =
  | { kind: 'phone'; phoneNumberId: string }
  | { kind: 'media'; mediaId: string }
  | { kind: 'messages'; phoneNumberId: string }
  | { kind: 'media-upload'; phoneNumberId: string }
  | { kind: 'media-download' }
  | { kind: 'templates'; wabaId: string }
  | { kind: 'unknown' };

const VERSION_PREFIX = /^\/v\d+(?:\.\d+)?(?=\/|$)/;

/** Finds the endpoint a request names; any `/vNN.N` prefix, or none, is accepted. */
export function resolveEndpoint(
  method: string,
  pathname: string,
  state: FakeGraphState,
): FakeGraphEndpoint {
  if (method === 'GET' && pathname === MEDIA_DOWNLOAD_PATH) return { kind: 'media-download' };
  const segments = pathname.replace(VERSION_PREFIX, '').split('/').filter(Boolean);
  const [objectId, edge, ...rest] = segments;
  if (objectId === undefined || rest.length > 0) return { kind: 'unknown' };
  if (edge === undefined) {
    if (method === 'GET' && state.phones.has(objectId)) {
      return { kind: 'phone', phoneNumberId: objectId };
    }
    return method === 'GET' || method === 'DELETE'
      ? { kind: 'media', mediaId: objectId }
      : { kind: 'unknown' };
  }
  if (method === 'POST' && edge === 'messages')
    return { kind: 'messages', phoneNumberId: objectId };
  if (method === 'POST' && edge === 'media')
    return { kind: 'media-upload', phoneNumberId: objectId };
  if (method === 'GET' && edge === 'message_templates')
    return { kind: 'templates', wabaId: objectId };
  return { kind: 'unknown' };
}

/** The family a failure or delay targets; `null` for paths the fake does not serve. */
export function routeOf(endpoint: FakeGraphEndpoint): FakeGraphRoute | null {
  switch (endpoint.kind) {
    case 'phone':
      return 'phone';
    case 'media':
    case 'media-upload':
      return 'media';
    case 'messages':
      return 'messages';
    case 'media-download':
      return 'media-download';
    case 'templates':
      return 'templates';
    case 'unknown':
      return null;
  }
}
