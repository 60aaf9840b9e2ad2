import type { LeadResponse, LiveEvent } from '@loved/shared';
import { useCallback, useEffect, useState } from 'react';
import { getLead } from '@/features/leads/api/get-lead';
import { ApiError } from '@/lib/api-client';
import type { LiveSubscribe } from '@/types/live';

export type LeadState =
  | { status: 'loading' }
  | { status: 'ready'; lead: LeadResponse }
  /** 404: no such lead here (deleted, or another organisation's). */
  | { status: 'not-found' }
  | { status: 'error'; error: unknown };

export type UseLeadResult = {
  state: LeadState;
  reload: () => void;
  /** A newer version of the lead (after a save, or the `current` of a 409). */
  setLead: (lead: LeadResponse) => void;
};

function applyEvent(state: LeadState, event: LiveEvent): LeadState {
  if (state.status !== 'ready' || event.lead_id !== state.lead.id) return state;
  if (event.type === 'lead.deleted') return { status: 'not-found' };
  if (event.lead) {
    return event.lead.version >= state.lead.version ? { status: 'ready', lead: event.lead } : state;
  }
  const communication = event.communication;
  if (event.type !== 'communication.created' || !communication) return state;
  const lead = state.lead;
  const isNewerContact =
    communication.direction !== 'internal' &&
    (lead.last_contact_at === null || lead.last_contact_at <= communication.sent_at);
  return {
    status: 'ready',
    lead: {
      ...lead,
      communications_count: lead.communications_count + 1,
      ...(isNewerContact
        ? { last_contact_at: communication.sent_at, last_contact_channel: communication.channel }
        : {}),
    },
  };
}

type Keyed = { key: string; state: LeadState };

/** One lead, kept current by live events when a subscription is given. */
export function useLead(leadId: string, subscribeLive?: LiveSubscribe): UseLeadResult {
  const [attempt, setAttempt] = useState(0);
  // The answer remembers which request it belongs to; anything else is still loading.
  const key = `${leadId}#${attempt}`;
  const [keyed, setKeyed] = useState<Keyed | null>(null);
  const state: LeadState = keyed?.key === key ? keyed.state : { status: 'loading' };

  useEffect(() => {
    const controller = new AbortController();
    getLead(leadId, controller.signal)
      .then((lead): LeadState => ({ status: 'ready', lead }))
      .catch((error: unknown): LeadState => {
        // A malformed id is as absent as an unknown one.
        if (error instanceof ApiError && (error.status === 404 || error.status === 400)) {
          return { status: 'not-found' };
        }
        return { status: 'error', error };
      })
      .then((next) => {
        if (!controller.signal.aborted) setKeyed({ key, state: next });
      });
    return () => controller.abort();
  }, [leadId, key]);

  useEffect(() => {
    if (!subscribeLive) return;
    return subscribeLive((event) =>
      setKeyed(
        (current) => current && { key: current.key, state: applyEvent(current.state, event) },
      ),
    );
  }, [subscribeLive]);

  const reload = useCallback(() => setAttempt((current) => current + 1), []);
  const setLead = useCallback((lead: LeadResponse) => {
    setKeyed((current) => {
      if (!current) return current;
      const { state: previous } = current;
      if (previous.status === 'ready' && previous.lead.version > lead.version) return current;
      return { key: current.key, state: { status: 'ready', lead } };
    });
  }, []);

  return { state, reload, setLead };
}
