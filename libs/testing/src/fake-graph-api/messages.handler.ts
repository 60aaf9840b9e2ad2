import { errorReply, type FakeReply, jsonReply } from '../fake-http/fake-reply';
import { failureReply, invalidParameter, unsupportedRequest } from './fake-graph-error';
import { newWamid } from './fake-graph-ids';
import type { FakeGraphContext } from './fake-graph-context.type';
import { validateSendBody } from './send-message.validator';

function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * A template must exist in the number's WABA, but only once the test declared the WABA's
 * templates with `setTemplates`: tests that never do may send any template.
 */
function templateProblem(
  ctx: FakeGraphContext,
  wabaId: string,
  template: { name: string; language: string },
): FakeReply | null {
  const known = ctx.state.templates.get(wabaId);
  if (!known) return null;
  const found = known.some(
    (t) =>
      t.name === template.name &&
      t.language === template.language &&
      (t.status ?? 'APPROVED') === 'APPROVED',
  );
  if (found) return null;
  return errorReply(
    failureReply({
      code: 132001,
      httpStatus: 404,
      details: `template name (${template.name}) does not exist in ${template.language}`,
    }),
  );
}

/** `POST /{phone_number_id}/messages`: sends (and read receipts) after Meta's synchronous checks. */
export function handleSendMessage(ctx: FakeGraphContext, phoneNumberId: string): FakeReply {
  const phone = ctx.state.phones.get(phoneNumberId);
  if (!phone || !ctx.state.canUsePhone(ctx.token, phoneNumberId)) {
    return errorReply(unsupportedRequest(ctx.method, phoneNumberId));
  }
  if (!ctx.contentType?.startsWith('application/json')) {
    return errorReply(invalidParameter('The parameter messaging_product is required.'));
  }
  const body = parseJson(ctx.rawBody);
  const validation = validateSendBody(body);
  if (!validation.ok) return errorReply(validation.error);
  const send = validation.value;
  if (send.kind === 'read') {
    ctx.state.readReceipts.push({ phoneNumberId, messageId: send.messageId });
    return jsonReply({ success: true });
  }
  if (send.template) {
    const problem = templateProblem(ctx, phone.wabaId, send.template);
    if (problem) return problem;
  }
  const waId = ctx.state.waIdFor(send.to);
  const wamid = newWamid(waId);
  ctx.state.sentMessages.push({
    phoneNumberId,
    wamid,
    to: send.to,
    waId,
    type: send.type,
    body: send.body,
    receivedAt: new Date(),
  });
  // Meta adds `message_status` to template sends only.
  const message = send.template ? { id: wamid, message_status: 'accepted' } : { id: wamid };
  return jsonReply({
    messaging_product: 'whatsapp',
    contacts: [{ input: send.to, wa_id: waId }],
    messages: [message],
  });
}
