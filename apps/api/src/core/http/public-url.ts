import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/app-config';

/**
 * The address the outside world reaches the API at: PUBLIC_BASE_URL when set (behind a proxy
 * the request's own host is the proxy's view), else the request's scheme and host.
 */
export function publicOrigin(config: AppConfig, request: FastifyRequest): string {
  const configured = config.env.PUBLIC_BASE_URL?.replace(/\/+$/, '');
  return configured ?? `${request.protocol}://${request.host}`;
}
