import type { EventStreamTokenResponse } from '@loved/shared';
import { apiClient } from '@/lib/api-client';

/** POST /events/token: a short-lived, single-use token for one EventSource connection. */
export async function createEventToken(signal?: AbortSignal): Promise<EventStreamTokenResponse> {
  // The API refuses a JSON request with an empty body, so an empty object goes along.
  const response = await apiClient.post<EventStreamTokenResponse>('/events/token', {}, { signal });
  return response.data;
}
