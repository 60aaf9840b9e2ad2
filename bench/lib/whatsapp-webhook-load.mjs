// The autocannon request of the webhook scenario: every request is a new inbound message (a
// unique wamid from a random sender) built and signed in `setupRequest`, i.e. right before it
// is written to the socket, which is when its send time is taken. Answers are recorded per
// wamid, so the run knows exactly which messages the API promised to keep.
import { BENCH_WAMID_PREFIX, inboundTextBody, signBody } from './whatsapp-webhook-body.mjs';

export const WEBHOOK_PATH = '/api/v1/integrations/whatsapp/webhook';

const TEXTS = [
  'Olá! Vi o anúncio e queria saber mais.',
  'Bom dia, ainda está disponível?',
  'Pode me ligar à tarde?',
  'Obrigado pelo retorno, vou conversar com minha esposa.',
  'Qual o valor do condomínio?',
];

/**
 * `tag` makes this load's wamids unique across runs (`wamid.bench-<tag>-<n>`); `senders` are
 * WhatsApp ids drawn at random, so each is used several times and the first message of each
 * creates its lead. Answers the autocannon request and what it saw.
 */
export function webhookLoad({ account, senders, tag }) {
  const sentAt = new Map();
  const accepted = new Set();
  const answered = new Set();
  const refused = {};
  const sendersUsed = new Set();
  let sequence = 0;
  const request = {
    method: 'POST',
    path: WEBHOOK_PATH,
    setupRequest(req, context) {
      sequence += 1;
      const wamid = `${BENCH_WAMID_PREFIX}${tag}-${sequence.toString(36)}`;
      const sender = senders[Math.floor(Math.random() * senders.length)];
      const body = inboundTextBody({
        account,
        sender,
        wamid,
        sentAtSeconds: Math.floor(Date.now() / 1000),
        text: `${TEXTS[sequence % TEXTS.length]} (${sequence})`,
      });
      context.wamid = wamid;
      sendersUsed.add(sender);
      sentAt.set(wamid, performance.now());
      return {
        ...req,
        headers: {
          ...req.headers,
          'content-type': 'application/json',
          'x-hub-signature-256': signBody(body, account.appSecret),
        },
        body,
      };
    },
    onResponse(status, _body, context) {
      answered.add(context.wamid);
      if (status >= 200 && status < 300) {
        accepted.add(context.wamid);
        return;
      }
      refused[status] = (refused[status] ?? 0) + 1;
    },
  };
  return { request, sentAt, accepted, answered, refused, sendersUsed, sent: () => sequence };
}
