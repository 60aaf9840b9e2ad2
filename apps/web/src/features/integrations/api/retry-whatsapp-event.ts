import type { InfiniteData } from '@tanstack/react-query';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import {
  failedWhatsAppEventsQueryKey,
  type WebhookEventsPage,
} from '@/features/integrations/api/get-whatsapp-events';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';

/** POST /integrations/whatsapp/events/:id/retry (admin): 202, the event is queued again. */
export async function retryWhatsAppEvent(eventId: string): Promise<void> {
  await apiClient.post(`/integrations/whatsapp/events/${encodeURIComponent(eventId)}/retry`);
}

/** Queues a failed event again and takes it off the failed list; a refusal reloads the list. */
export function useRetryWhatsAppEvent(): UseMutationResult<void, Error, string> {
  const queryClient = useQueryClient();
  const queryKey = failedWhatsAppEventsQueryKey(useOrganizationId());
  return useMutation({
    mutationFn: retryWhatsAppEvent,
    onSuccess: (_nothing, eventId) => {
      queryClient.setQueryData<InfiniteData<WebhookEventsPage, string | undefined>>(
        queryKey,
        (data) =>
          data && {
            ...data,
            pages: data.pages.map((page) => ({
              ...page,
              items: page.items.filter((event) => event.id !== eventId),
            })),
          },
      );
    },
    // Gone or no longer failed (someone else retried it): the list is out of date.
    onError: () => queryClient.invalidateQueries({ queryKey }),
  });
}
