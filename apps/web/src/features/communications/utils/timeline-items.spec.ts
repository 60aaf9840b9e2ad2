import type { CommunicationResponse } from '@loved/shared';
import { describe, expect, it } from 'vitest';
import {
  itemOf,
  timelineItemsOf,
  withCommunication,
  withCommunicationInPages,
  withPage,
} from '@/features/communications/utils/timeline-items';
import { makeCommunication } from '@/testing/communication-factory';

const at = (sent_at: string, id: string): CommunicationResponse =>
  makeCommunication({ id, sent_at });

describe('timeline items', () => {
  it('puts a new communication on top', () => {
    const items = [
      itemOf(at('2026-01-02T00:00:00Z', 'b')),
      itemOf(at('2026-01-01T00:00:00Z', 'a')),
    ];

    const next = withCommunication(items, at('2026-01-03T00:00:00Z', 'c'), false);

    expect(next.map((item) => item.id)).toEqual(['c', 'b', 'a']);
  });

  it('never shows the same communication twice', () => {
    const items = [itemOf(at('2026-01-02T00:00:00Z', 'b'))];

    const next = withCommunication(
      items,
      { ...at('2026-01-02T00:00:00Z', 'b'), status: 'read' },
      false,
    );

    expect(next).toHaveLength(1);
    expect(next[0]).toMatchObject({ communication: { status: 'read' } });
  });

  it("keeps the author's name of a communication when a newer copy of it arrives live", () => {
    const author = { id: 'user-1', name: 'Ana Souza', type: 'user' } as const;
    const items = [itemOf(at('2026-01-02T00:00:00Z', 'b'), author)];

    const next = withCommunication(
      items,
      { ...at('2026-01-02T00:00:00Z', 'b'), status: 'read', updated_at: '2026-01-02T00:01:00Z' },
      false,
    );

    expect(next[0]).toMatchObject({ author, communication: { status: 'read' } });
  });

  it('keeps a newer copy of a communication over an older one that arrives late', () => {
    const delivered = {
      ...at('2026-01-02T00:00:00Z', 'b'),
      status: 'delivered' as const,
      updated_at: '2026-01-02T00:00:05Z',
    };
    const items = [itemOf(delivered)];

    const next = withCommunication(
      items,
      { ...delivered, status: 'sent', updated_at: '2026-01-02T00:00:01Z' },
      false,
    );

    expect(next[0]).toMatchObject({ communication: { status: 'delivered' } });
  });

  it('leaves an older communication to its page when more pages remain', () => {
    const items = [itemOf(at('2026-01-05T00:00:00Z', 'e'))];

    expect(withCommunication(items, at('2026-01-01T00:00:00Z', 'a'), true)).toHaveLength(1);
  });

  it('skips items of a page that are already shown', () => {
    const items = [itemOf(at('2026-01-05T00:00:00Z', 'e'))];
    const page = [itemOf(at('2026-01-05T00:00:00Z', 'e')), itemOf(at('2026-01-04T00:00:00Z', 'd'))];

    expect(withPage(items, page).map((item) => item.id)).toEqual(['e', 'd']);
  });

  it('puts a live communication into the loaded page it belongs to', () => {
    const pages = [
      { items: [itemOf(at('2026-01-05T00:00:00Z', 'e'))], next_cursor: 'p2' },
      { items: [itemOf(at('2026-01-02T00:00:00Z', 'b'))], next_cursor: 'p3' },
    ];

    const next = withCommunicationInPages(pages, at('2026-01-03T00:00:00Z', 'c'));

    expect(timelineItemsOf(next).map((item) => item.id)).toEqual(['e', 'c', 'b']);
    expect(next[1]?.items.map((item) => item.id)).toEqual(['c', 'b']);
  });

  it('leaves a communication older than every loaded page to the page that will hold it', () => {
    const pages = [{ items: [itemOf(at('2026-01-05T00:00:00Z', 'e'))], next_cursor: 'p2' }];

    const next = withCommunicationInPages(pages, at('2026-01-01T00:00:00Z', 'a'));

    expect(timelineItemsOf(next).map((item) => item.id)).toEqual(['e']);
  });

  it('updates a communication in place on whichever page holds it', () => {
    const pages = [
      { items: [itemOf(at('2026-01-05T00:00:00Z', 'e'))], next_cursor: 'p2' },
      { items: [itemOf(at('2026-01-02T00:00:00Z', 'b'))], next_cursor: null },
    ];

    const next = withCommunicationInPages(pages, {
      ...at('2026-01-02T00:00:00Z', 'b'),
      status: 'read',
    });

    const updated = next[1]?.items[0];
    expect(updated?.type === 'communication' && updated.communication.status).toBe('read');
    expect(timelineItemsOf(next)).toHaveLength(2);
  });
});
