import { describe, expect, it } from 'vitest';
import { toGraphMessageBody } from './graph-outbound-message.mapper';

const to = '5511987654321';

describe('toGraphMessageBody', () => {
  it('writes a text with its preview flag', () => {
    expect(toGraphMessageBody({ type: 'text', text: 'Oi', to })).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to,
      type: 'text',
      text: { body: 'Oi', preview_url: false },
    });
  });

  it('writes a template with its language code and components', () => {
    const components = [{ type: 'body', parameters: [{ type: 'text', text: 'Ana' }] }];

    const body = toGraphMessageBody({
      type: 'template',
      template: { name: 'boas_vindas', language: 'pt_BR', components },
      to,
    });

    expect(body.template).toEqual({ name: 'boas_vindas', language: { code: 'pt_BR' }, components });
  });

  it('keeps caption and filename only where Meta accepts them', () => {
    const document = toGraphMessageBody({
      type: 'document',
      mediaId: '42',
      caption: 'Contrato',
      filename: 'contrato.pdf',
      to,
    });
    const audio = toGraphMessageBody({ type: 'audio', mediaId: '43', to });

    expect(document.document).toEqual({ id: '42', caption: 'Contrato', filename: 'contrato.pdf' });
    expect(audio.audio).toEqual({ id: '43' });
  });

  it('quotes the replied-to message as context', () => {
    const body = toGraphMessageBody({ type: 'text', text: 'Sim', to, replyToWamid: 'wamid.X' });

    expect(body.context).toEqual({ message_id: 'wamid.X' });
  });
});
