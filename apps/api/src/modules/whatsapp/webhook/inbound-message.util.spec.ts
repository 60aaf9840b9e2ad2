import { describe, expect, it } from 'vitest';
import { parseInboundMessage, type ParsedInboundMessage } from './inbound-message.util';
import { readWebhookPayload } from './whatsapp-payload.util';

// Message shapes follow Meta's `messages` webhook reference, one per type; values are ours.
const SENDER = '5511987654321';
const WAMID = 'wamid.HBgNNTUxMTk4NzY1NDMyMRUCABIYFDNBMDY1NTBGQ0QwN0VCMkJFRTQ1AA==';
const BUSINESS = { display_phone_number: '551140028922', phone_number_id: '106540352242922' };
const ANA = [{ profile: { name: 'Ana Souza' }, wa_id: SENDER }];

type Fields = Record<string, unknown>;

/**
 * Parses one message the way the webhook delivers it: wrapped in a full payload, read by
 * `readWebhookPayload`, then handed over with its change's contacts and metadata.
 */
/** `contacts: null` sends a change without a contacts list, as for system messages. */
function receive(fields: Fields, contacts: unknown[] | null = ANA): ParsedInboundMessage {
  const payload = readWebhookPayload({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: BUSINESS,
              ...(contacts ? { contacts } : {}),
              messages: [{ from: SENDER, id: WAMID, timestamp: '1750016800', ...fields }],
            },
          },
        ],
      },
    ],
  });
  const value = payload?.entry[0]?.changes[0]?.value;
  const message = value?.messages?.[0];
  if (!value || !message) throw new Error('the fixture should be a valid webhook');
  return parseInboundMessage(message, value.contacts, value.metadata);
}

describe('parseInboundMessage', () => {
  describe('for any message', () => {
    it('gives the wamid, sender, time, profile name and the seed metadata', () => {
      const parsed = receive({ type: 'text', text: { body: 'Quero um orçamento' } });
      expect(parsed).toEqual({
        wamid: WAMID,
        waId: SENDER,
        sentAt: new Date('2025-06-15T19:46:40.000Z'),
        type: 'text',
        content: 'Quero um orçamento',
        contactName: 'Ana Souza',
        metadata: {
          phone_number: '+5511987654321',
          contact_name: 'Ana Souza',
          message_type: 'text',
          wa_id: SENDER,
          timestamp: 1750016800,
          business_phone_number_id: '106540352242922',
          business_display_phone_number: '551140028922',
        },
        media: null,
        reactionTo: null,
      });
    });

    it('keeps only the digits of a sender written with "+"', () => {
      const parsed = receive({ from: '+5511987654321', type: 'text', text: { body: 'Oi' } });
      expect(parsed.waId).toBe(SENDER);
      expect(parsed.metadata.phone_number).toBe('+5511987654321');
      expect(parsed.contactName).toBe('Ana Souza');
    });

    it('has no contact name when the sender hides their profile', () => {
      const parsed = receive({ type: 'text', text: { body: 'Oi' } }, [{ wa_id: SENDER }]);
      expect(parsed.contactName).toBeNull();
      expect(parsed.metadata.contact_name).toBeNull();
    });

    it('has no contact name when the change lists no contacts', () => {
      expect(receive({ type: 'text', text: { body: 'Oi' } }, null).contactName).toBeNull();
    });

    it("picks the sender's profile among several contacts", () => {
      const contacts = [
        { profile: { name: 'Bruno Lima' }, wa_id: '5521998877665' },
        { profile: { name: 'Ana Souza' }, wa_id: SENDER },
      ];
      expect(receive({ type: 'text', text: { body: 'Oi' } }, contacts).contactName).toBe(
        'Ana Souza',
      );
    });

    it('takes the only contact as the sender even if Meta wrote the id without the ninth digit', () => {
      const contacts = [{ profile: { name: 'Ana Souza' }, wa_id: '551187654321' }];
      expect(receive({ type: 'text', text: { body: 'Oi' } }, contacts).contactName).toBe(
        'Ana Souza',
      );
    });

    it('records a reply to an earlier message', () => {
      const parsed = receive({
        type: 'text',
        text: { body: 'Sim, pode ser amanhã' },
        context: { from: '551140028922', id: 'wamid.earlier' },
      });
      expect(parsed.metadata.context).toEqual({
        message_id: 'wamid.earlier',
        from: '551140028922',
        forwarded: false,
        frequently_forwarded: false,
      });
    });

    it('records a forwarded and a frequently forwarded message', () => {
      const once = receive({
        type: 'text',
        text: { body: 'Olha isso' },
        context: { forwarded: true },
      });
      const often = receive({
        type: 'text',
        text: { body: 'Olha isso' },
        context: { frequently_forwarded: true },
      });
      expect(once.metadata.context).toMatchObject({ message_id: null, forwarded: true });
      expect(often.metadata.context).toMatchObject({ forwarded: true, frequently_forwarded: true });
    });

    it('records the catalog product a question is about', () => {
      const parsed = receive({
        type: 'text',
        text: { body: 'Ainda tem disponível?' },
        context: {
          from: '551140028922',
          id: 'wamid.product',
          referred_product: { catalog_id: '194836987003835', product_retailer_id: 'di9ozbzfi4' },
        },
      });
      expect(parsed.metadata.context?.referred_product).toEqual({
        catalog_id: '194836987003835',
        product_retailer_id: 'di9ozbzfi4',
      });
    });

    it('records the Click to WhatsApp ad the conversation came from', () => {
      const referral = {
        source_url: 'https://fb.me/3cr4Wqqkv',
        source_id: '120226305854810726',
        source_type: 'ad',
        body: 'Casamentos na praia com 20% off',
        headline: 'Fale conosco',
        media_type: 'image',
        image_url: 'https://scontent.xx.fbcdn.net/v/t45.1',
        ctwa_clid: 'Aff-n8ZTODiE79d22KtAwQKj9e',
        welcome_message: { text: 'Olá! Como podemos ajudar?' },
      };
      const parsed = receive({ type: 'text', text: { body: 'Quero saber mais' }, referral });
      expect(parsed.metadata.referral).toEqual(referral);
    });
  });

  describe('text', () => {
    it('shows the body', () => {
      expect(receive({ type: 'text', text: { body: 'Bom dia!' } }).content).toBe('Bom dia!');
    });
  });

  describe('image', () => {
    const image = {
      mime_type: 'image/jpeg',
      sha256: 'gj0zU5gNWTbNBEH7jVH5vqHbGAjS5Qo5OOVzW6m3OCQ=',
      id: '1003383421387256',
    };

    it('shows the caption and names the file after the kind', () => {
      const parsed = receive({ type: 'image', image: { ...image, caption: 'Vestido escolhido' } });
      expect(parsed.content).toBe('Vestido escolhido');
      expect(parsed.media).toEqual({
        id: '1003383421387256',
        kind: 'image',
        mimeType: 'image/jpeg',
        filename: 'imagem.jpg',
        sha256: image.sha256,
      });
      expect(parsed.metadata).toMatchObject({
        media_id: '1003383421387256',
        mime_type: 'image/jpeg',
        filename: 'imagem.jpg',
        caption: 'Vestido escolhido',
      });
    });

    it('shows a placeholder without a caption', () => {
      const parsed = receive({ type: 'image', image });
      expect(parsed.content).toBe('[Imagem]');
      expect(parsed.metadata).not.toHaveProperty('caption');
    });

    it('treats a blank caption as none', () => {
      expect(receive({ type: 'image', image: { ...image, caption: '  ' } }).content).toBe(
        '[Imagem]',
      );
    });
  });

  describe('document', () => {
    const document = {
      filename: 'Contrato buffet.pdf',
      mime_type: 'application/pdf',
      sha256: 'ZtxvLuvE+0kvZ6nGmPXwWmgVwEWdxbdLbUV2ZeAQpyE=',
      id: '1278942310227423',
    };

    it('shows the file name', () => {
      const parsed = receive({ type: 'document', document });
      expect(parsed.content).toBe('[Documento: Contrato buffet.pdf]');
      expect(parsed.media).toMatchObject({ kind: 'document', filename: 'Contrato buffet.pdf' });
    });

    it('adds the caption after the file name', () => {
      const parsed = receive({
        type: 'document',
        document: { ...document, caption: 'Segue assinado' },
      });
      expect(parsed.content).toBe('[Documento: Contrato buffet.pdf] — Segue assinado');
      expect(parsed.metadata.caption).toBe('Segue assinado');
    });

    it('names a document sent without a name after its MIME type', () => {
      const { filename: _name, ...unnamed } = document;
      const parsed = receive({ type: 'document', document: unnamed });
      expect(parsed.content).toBe('[Documento: documento.pdf]');
      expect(parsed.media?.filename).toBe('documento.pdf');
    });
  });

  describe('audio', () => {
    const audio = {
      mime_type: 'audio/ogg; codecs=opus',
      sha256: 'wvqXMe6n7n1W0zphvLPoLj+s/NtKqmr3zZ7YzTP7xFI=',
      id: '1908647269898587',
    };

    it('shows a voice recording as such', () => {
      const parsed = receive({ type: 'audio', audio: { ...audio, voice: true } });
      expect(parsed.content).toBe('[Mensagem de voz]');
      expect(parsed.metadata.voice).toBe(true);
      expect(parsed.media).toEqual({
        id: '1908647269898587',
        kind: 'audio',
        mimeType: 'audio/ogg; codecs=opus',
        filename: 'audio.ogg',
        sha256: audio.sha256,
      });
    });

    it('shows an audio file as audio', () => {
      const parsed = receive({
        type: 'audio',
        audio: { ...audio, mime_type: 'audio/mpeg', voice: false },
      });
      expect(parsed.content).toBe('[Áudio]');
      expect(parsed.metadata.voice).toBe(false);
      expect(parsed.media?.filename).toBe('audio.mp3');
    });

    it('takes an audio without the voice flag for a file', () => {
      expect(receive({ type: 'audio', audio }).content).toBe('[Áudio]');
    });
  });

  describe('video', () => {
    const video = {
      mime_type: 'video/mp4',
      sha256: 'a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8s9t0u1v=',
      id: '1166846181421424',
    };

    it('shows the caption, or a placeholder', () => {
      expect(
        receive({ type: 'video', video: { ...video, caption: 'Tour do salão' } }).content,
      ).toBe('Tour do salão');
      expect(receive({ type: 'video', video }).content).toBe('[Vídeo]');
    });

    it('names the file after the kind', () => {
      expect(receive({ type: 'video', video }).media).toMatchObject({
        kind: 'video',
        filename: 'video.mp4',
      });
    });
  });

  describe('sticker', () => {
    it('shows a placeholder and keeps the file', () => {
      const parsed = receive({
        type: 'sticker',
        sticker: {
          mime_type: 'image/webp',
          sha256: 'Ru8oxFwYpE0W9wU+vThUHZJMN5jzaOUILBq7cjTNU5w=',
          id: '1394421548477245',
          animated: false,
        },
      });
      expect(parsed.content).toBe('[Figurinha]');
      expect(parsed.metadata.animated).toBe(false);
      expect(parsed.media).toMatchObject({ kind: 'sticker', filename: 'figurinha.webp' });
    });
  });

  describe('location', () => {
    it('shows the place name and address', () => {
      const location = {
        address: 'Av. Paulista, 1578 - Bela Vista, São Paulo - SP',
        latitude: -23.561414,
        longitude: -46.655881,
        name: 'MASP',
        url: 'https://masp.org.br/',
      };
      const parsed = receive({ type: 'location', location });
      expect(parsed.content).toBe(
        '[Localização: MASP, Av. Paulista, 1578 - Bela Vista, São Paulo - SP]',
      );
      expect(parsed.metadata.location).toEqual(location);
      expect(parsed.media).toBeNull();
    });

    it('shows the coordinates of a dropped pin', () => {
      const parsed = receive({
        type: 'location',
        location: { latitude: -22.970722, longitude: -43.182365 },
      });
      expect(parsed.content).toBe('[Localização: -22.970722, -43.182365]');
      expect(parsed.metadata.location).toEqual({
        latitude: -22.970722,
        longitude: -43.182365,
        name: null,
        address: null,
        url: null,
      });
    });
  });

  describe('contacts', () => {
    const barbara = {
      name: { first_name: 'Bárbara', last_name: 'Lima', formatted_name: 'Bárbara Lima' },
      org: { company: 'Buffet Estrela' },
      phones: [{ phone: '+55 11 98888-7777', wa_id: '5511988887777', type: 'MOBILE' }],
      emails: [{ email: 'barbara@buffetestrela.com.br', type: 'WORK' }],
    };

    it('shows the shared contact with its phone', () => {
      const parsed = receive({ type: 'contacts', contacts: [barbara] });
      expect(parsed.content).toBe('[Contato: Bárbara Lima (+55 11 98888-7777)]');
      expect(parsed.metadata.contacts).toEqual([
        {
          name: 'Bárbara Lima',
          phones: ['+55 11 98888-7777'],
          emails: ['barbara@buffetestrela.com.br'],
        },
      ]);
    });

    it('shows every contact when several are shared', () => {
      const carlos = {
        name: { first_name: 'Carlos', last_name: 'Dias' },
        phones: [{ wa_id: '5521977776666' }],
      };
      const nameless = { name: {} };
      const parsed = receive({ type: 'contacts', contacts: [barbara, carlos, nameless] });
      expect(parsed.content).toBe(
        '[Contato: Bárbara Lima (+55 11 98888-7777)] [Contato: Carlos Dias (+5521977776666)] [Contato: Sem nome]',
      );
    });
  });

  describe('interactive', () => {
    it('shows the title of the tapped reply button', () => {
      const parsed = receive({
        type: 'interactive',
        interactive: {
          type: 'button_reply',
          button_reply: { id: 'agendar', title: 'Agendar visita' },
        },
        context: { from: '551140028922', id: 'wamid.buttons' },
      });
      expect(parsed.content).toBe('Agendar visita');
      expect(parsed.metadata.interactive).toEqual({
        type: 'button_reply',
        id: 'agendar',
        title: 'Agendar visita',
        description: null,
      });
    });

    it('shows the title and description of the chosen list row', () => {
      const parsed = receive({
        type: 'interactive',
        interactive: {
          type: 'list_reply',
          list_reply: {
            id: 'pacote-ouro',
            title: 'Pacote Ouro',
            description: 'Até 150 convidados',
          },
        },
      });
      expect(parsed.content).toBe('Pacote Ouro — Até 150 convidados');
      expect(parsed.metadata.interactive).toEqual({
        type: 'list_reply',
        id: 'pacote-ouro',
        title: 'Pacote Ouro',
        description: 'Até 150 convidados',
      });
    });

    it('shows a list row without description by its title', () => {
      const parsed = receive({
        type: 'interactive',
        interactive: { type: 'list_reply', list_reply: { id: 'prata', title: 'Pacote Prata' } },
      });
      expect(parsed.content).toBe('Pacote Prata');
    });

    it('shows a submitted flow and keeps its answers as data', () => {
      const parsed = receive({
        type: 'interactive',
        interactive: {
          type: 'nfm_reply',
          nfm_reply: {
            name: 'flow',
            body: 'Sent',
            response_json: '{"flow_token":"abc123","data_evento":"2026-03-14","convidados":"120"}',
          },
        },
      });
      expect(parsed.content).toBe('[Formulário respondido]');
      expect(parsed.metadata.interactive).toEqual({
        type: 'nfm_reply',
        id: null,
        title: 'flow',
        description: null,
        response: { flow_token: 'abc123', data_evento: '2026-03-14', convidados: '120' },
      });
    });

    it('keeps a flow answer that is not JSON as sent', () => {
      const parsed = receive({
        type: 'interactive',
        interactive: {
          type: 'nfm_reply',
          nfm_reply: { name: 'address_message', response_json: '{' },
        },
      });
      expect(parsed.content).toBe('[Endereço enviado]');
      expect(parsed.metadata.interactive?.response).toBe('{');
    });

    it('stores a reply kind it does not know as not supported', () => {
      const parsed = receive({
        type: 'interactive',
        interactive: {
          type: 'call_permission_reply',
          call_permission_reply: { response: 'accept' },
        },
      });
      expect(parsed.content).toBe('[Mensagem do tipo "interactive" não suportada]');
      expect(parsed.type).toBe('interactive');
    });
  });

  describe('button', () => {
    it('shows the text of the template quick reply', () => {
      const parsed = receive({
        type: 'button',
        button: { payload: 'CONFIRMAR_VISITA', text: 'Confirmar visita' },
        context: { from: '551140028922', id: 'wamid.template' },
      });
      expect(parsed.content).toBe('Confirmar visita');
      expect(parsed.metadata.button).toEqual({
        text: 'Confirmar visita',
        payload: 'CONFIRMAR_VISITA',
      });
      expect(parsed.metadata.context?.message_id).toBe('wamid.template');
    });
  });

  describe('reaction', () => {
    const target = 'wamid.HBgNNTUxMTk4NzY1NDMyMRUCABEYEjhCQkVFRDVBQTVDODFDOTg3MQA=';

    it('shows the emoji and points at the message reacted to', () => {
      const parsed = receive({ type: 'reaction', reaction: { message_id: target, emoji: '👍' } });
      expect(parsed.content).toBe('Reagiu com 👍');
      expect(parsed.reactionTo).toBe(target);
      expect(parsed.metadata.reaction).toEqual({ message_id: target, emoji: '👍' });
    });

    it('shows a removed reaction, which comes without emoji', () => {
      const parsed = receive({ type: 'reaction', reaction: { message_id: target } });
      expect(parsed.content).toBe('Removeu a reação');
      expect(parsed.reactionTo).toBe(target);
      expect(parsed.metadata.reaction).toEqual({ message_id: target, emoji: null });
    });

    it('shows a removed reaction sent with an empty emoji', () => {
      const parsed = receive({ type: 'reaction', reaction: { message_id: target, emoji: '' } });
      expect(parsed.content).toBe('Removeu a reação');
    });
  });

  describe('order', () => {
    it('counts the items ordered and adds the note', () => {
      const items = [
        { product_retailer_id: 'di9ozbzfi4', quantity: 2, item_price: 30, currency: 'BRL' },
        { product_retailer_id: 'nqryix03ez', quantity: 1, item_price: 25.5, currency: 'BRL' },
      ];
      const parsed = receive({
        type: 'order',
        order: { catalog_id: '194836987003835', text: 'Para sábado', product_items: items },
      });
      expect(parsed.content).toBe('[Pedido com 3 itens] — Para sábado');
      expect(parsed.metadata.order).toEqual({
        catalog_id: '194836987003835',
        text: 'Para sábado',
        items,
      });
    });

    it('says "item" for a single one', () => {
      const parsed = receive({
        type: 'order',
        order: {
          catalog_id: '194836987003835',
          product_items: [
            { product_retailer_id: 'di9ozbzfi4', quantity: 1, item_price: 30, currency: 'BRL' },
          ],
        },
      });
      expect(parsed.content).toBe('[Pedido com 1 item]');
    });
  });

  describe('system', () => {
    it('shows the notice of a changed number, which comes without contacts', () => {
      const parsed = receive(
        {
          type: 'system',
          system: {
            body: 'User Ana Souza changed from 5511987654321 to 5511912345678',
            wa_id: '5511912345678',
            type: 'user_changed_number',
          },
        },
        null,
      );
      expect(parsed.content).toBe('User Ana Souza changed from 5511987654321 to 5511912345678');
      expect(parsed.contactName).toBeNull();
      expect(parsed.metadata.system).toEqual({
        type: 'user_changed_number',
        body: 'User Ana Souza changed from 5511987654321 to 5511912345678',
        wa_id: '5511912345678',
      });
    });
  });

  describe('messages the API does not support', () => {
    const unknownTypeError = {
      code: 131051,
      title: 'Message type unknown',
      message: 'Message type unknown',
      error_data: { details: 'Message type is currently not supported.' },
    };

    it('names the original type of an unsupported message and keeps the errors', () => {
      const parsed = receive({
        type: 'unsupported',
        unsupported: { type: 'edit' },
        errors: [unknownTypeError],
      });
      expect(parsed.type).toBe('unsupported');
      expect(parsed.content).toBe('[Mensagem do tipo "edit" não suportada]');
      expect(parsed.metadata.unsupported).toEqual({
        type: 'edit',
        errors: [
          {
            code: 131051,
            title: 'Message type unknown',
            message: 'Message type unknown',
            details: 'Message type is currently not supported.',
          },
        ],
      });
    });

    it('stores the older "unknown" message without a type name', () => {
      const parsed = receive({ type: 'unknown', errors: [unknownTypeError] });
      expect(parsed.content).toBe('[Mensagem não suportada]');
      expect(parsed.metadata.unsupported?.errors).toHaveLength(1);
    });

    it('stores a type added by Meta later instead of failing', () => {
      const parsed = receive({ type: 'poll', poll: { question: 'Qual data?' } });
      expect(parsed.type).toBe('poll');
      expect(parsed.content).toBe('[Mensagem do tipo "poll" não suportada]');
      expect(parsed.metadata).toMatchObject({
        message_type: 'poll',
        unsupported: { type: 'poll', errors: [] },
      });
      expect(parsed.wamid).toBe(WAMID);
    });

    it('stores a known type whose body is missing instead of failing', () => {
      const parsed = receive({ type: 'image' });
      expect(parsed.content).toBe('[Mensagem do tipo "image" não suportada]');
      expect(parsed.media).toBeNull();
    });
  });
});
