import type { GraphMediaMessage, GraphOutboundMessage } from './graph-api.types';

type GraphMessageBody = Record<string, unknown>;

/** Meta's media object; caption and filename only where Meta accepts them. */
function mediaObject(message: GraphMediaMessage): Record<string, string> {
  const media: Record<string, string> = { id: message.mediaId };
  // Meta refuses a caption on audio and stickers, even one a loosely typed caller let through.
  if (message.type === 'audio' || message.type === 'sticker') return media;
  if ('caption' in message && message.caption) media.caption = message.caption;
  if ('filename' in message && message.filename) media.filename = message.filename;
  return media;
}

function typedPart(message: GraphOutboundMessage): GraphMessageBody {
  switch (message.type) {
    case 'text':
      return {
        type: 'text',
        text: { body: message.text, preview_url: message.previewUrl ?? false },
      };
    case 'template': {
      const { name, language, components } = message.template;
      const template: GraphMessageBody = { name, language: { code: language } };
      if (components && components.length > 0) template.components = components;
      return { type: 'template', template };
    }
    default:
      return { type: message.type, [message.type]: mediaObject(message) };
  }
}

/** The JSON body of `POST /{phone_number_id}/messages` for one outbound message. */
export function toGraphMessageBody(
  message: GraphOutboundMessage & { to: string },
): GraphMessageBody {
  const body: GraphMessageBody = {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    to: message.to,
    ...typedPart(message),
  };
  if (message.replyToWamid) body.context = { message_id: message.replyToWamid };
  return body;
}
