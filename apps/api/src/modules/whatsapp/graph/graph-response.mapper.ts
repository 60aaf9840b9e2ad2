import type { WhatsAppTemplate, WhatsAppTemplateComponent } from '@loved/shared';
import type { GraphMediaInfo, GraphPhoneNumber, GraphSendResult } from './graph-api.types';
import type { GraphHttpResult } from './graph-circuit-breakers';
import { unexpectedResponse } from './graph-error.mapper';
import { firstRecord, isRecord, numberOrNull, stringOrNull } from './utils/graph-json.util';

/** Graph's answers, read from `unknown` into our types; a missing required field is an error. */

export function toPhoneNumber({ status, body }: GraphHttpResult): GraphPhoneNumber {
  const id = isRecord(body) ? stringOrNull(body.id) : null;
  const display = isRecord(body) ? stringOrNull(body.display_phone_number) : null;
  if (!isRecord(body) || id === null || display === null) {
    throw unexpectedResponse(status, 'phone number without id or display_phone_number');
  }
  return { id, display_phone_number: display, verified_name: stringOrNull(body.verified_name) };
}

export function toMediaInfo({ status, body }: GraphHttpResult): GraphMediaInfo {
  const url = isRecord(body) ? stringOrNull(body.url) : null;
  const mimeType = isRecord(body) ? stringOrNull(body.mime_type) : null;
  if (!isRecord(body) || url === null || mimeType === null) {
    throw unexpectedResponse(status, 'media without url or mime_type');
  }
  return {
    url,
    mime_type: mimeType,
    sha256: stringOrNull(body.sha256),
    file_size: numberOrNull(body.file_size),
  };
}

export function toSendResult({ status, body }: GraphHttpResult): GraphSendResult {
  const message = isRecord(body) ? firstRecord(body.messages) : null;
  const wamid = stringOrNull(message?.id);
  if (!isRecord(body) || wamid === null)
    throw unexpectedResponse(status, 'send without messages[0].id');
  return { wamid, waId: stringOrNull(firstRecord(body.contacts)?.wa_id) };
}

export function toUploadedMediaId({ status, body }: GraphHttpResult): { id: string } {
  const id = isRecord(body) ? stringOrNull(body.id) : null;
  if (id === null) throw unexpectedResponse(status, 'upload without id');
  return { id };
}

function toTemplate(raw: unknown): WhatsAppTemplate | null {
  if (!isRecord(raw)) return null;
  const name = stringOrNull(raw.name);
  const language = stringOrNull(raw.language);
  if (name === null || language === null) return null;
  const components: WhatsAppTemplateComponent[] = Array.isArray(raw.components)
    ? raw.components.filter(isRecord)
    : [];
  return {
    name,
    language,
    category: stringOrNull(raw.category),
    status: stringOrNull(raw.status) ?? 'UNKNOWN',
    components,
  };
}

/** One page of `/{waba_id}/message_templates`, and the cursor of the next when there is one. */
export function toTemplatePage({ status, body }: GraphHttpResult): {
  templates: WhatsAppTemplate[];
  after: string | null;
} {
  if (!isRecord(body) || !Array.isArray(body.data)) {
    throw unexpectedResponse(status, 'template list without data');
  }
  const templates = body.data.map(toTemplate).filter((t): t is WhatsAppTemplate => t !== null);
  const paging = isRecord(body.paging) ? body.paging : null;
  const cursors = paging !== null && isRecord(paging.cursors) ? paging.cursors : null;
  // Graph marks the last page by leaving `next` out; the cursor alone does not say so.
  const after = stringOrNull(paging?.next) !== null ? stringOrNull(cursors?.after) : null;
  return { templates, after };
}
