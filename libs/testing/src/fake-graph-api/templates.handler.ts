import { errorReply, type FakeReply, jsonReply } from '../fake-http/fake-reply';
import { unsupportedRequest } from './fake-graph-error';
import { newGraphId } from './fake-graph-ids';
import type { FakeGraphContext } from './fake-graph-context.type';
import type { FakeTemplate } from './fake-graph-api.type';

const DEFAULT_LIMIT = 25;
const MAX_LIMIT = 1000;

const cursorOf = (index: number): string => Buffer.from(`idx:${index}`).toString('base64url');

function indexOf(cursor: string | undefined): number {
  if (!cursor) return 0;
  const match = /^idx:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? Number(match[1]) + 1 : 0;
}

function toWire(template: FakeTemplate): Record<string, unknown> {
  return {
    name: template.name,
    language: template.language,
    status: template.status ?? 'APPROVED',
    category: template.category ?? 'UTILITY',
    components: template.components ?? [{ type: 'BODY', text: `Olá! (${template.name})` }],
    id: template.id ?? newGraphId(),
  };
}

/** `GET /{waba_id}/message_templates`: cursor-paged like Graph (`limit`, `after`, `status`). */
export function handleListTemplates(ctx: FakeGraphContext, wabaId: string): FakeReply {
  if (!ctx.state.canUseWaba(ctx.token, wabaId)) {
    return errorReply(unsupportedRequest(ctx.method, wabaId));
  }
  const status = ctx.query.status?.toUpperCase();
  const all = (ctx.state.templates.get(wabaId) ?? [])
    .map(toWire)
    .filter((t) => status === undefined || t.status === status);
  const limit = Math.min(Math.max(Number(ctx.query.limit) || DEFAULT_LIMIT, 1), MAX_LIMIT);
  const start = indexOf(ctx.query.after);
  const data = all.slice(start, start + limit);
  if (data.length === 0) return jsonReply({ data: [] });
  const last = start + data.length - 1;
  const paging: Record<string, unknown> = {
    cursors: { before: cursorOf(start), after: cursorOf(last) },
  };
  if (last < all.length - 1) {
    const next = new URL(`/v23.0/${wabaId}/message_templates`, ctx.baseUrl);
    next.searchParams.set('limit', String(limit));
    next.searchParams.set('after', cursorOf(last));
    if (status) next.searchParams.set('status', status);
    paging.next = next.toString();
  }
  return jsonReply({ data, paging });
}
