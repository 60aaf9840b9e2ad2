// Full-mode round trip of the API for other systems, against the BUILT app (API and worker as
// separate processes): an organisation API key creates a lead, the API writes the outbox, the
// worker process signs and sends `lead.created` to a receiver on 127.0.0.1, and the
// standardwebhooks verifier accepts it. Usage: node webhook-full-mode-check.mjs <base-url>
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { Webhook } from 'standardwebhooks';

const base = process.argv[2];
if (!base) throw new Error('usage: webhook-full-mode-check.mjs <base-url>');

const received = [];
const receiver = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
    response.writeHead(204).end();
  });
});
await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const receiverUrl = `http://127.0.0.1:${receiver.address().port}/hooks`;

async function call(method, path, { headers = {}, body } = {}) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
  return { json: text ? JSON.parse(text) : undefined, headers: response.headers };
}

try {
  const id = randomUUID().slice(0, 8);
  const { json: session } = await call('POST', '/api/v1/auth/register', {
    body: {
      name: `Ana ${id}`,
      email: `ana.${id}@agencia.test`,
      password: `senha-forte-${id}`,
      organization_name: `Agência ${id}`,
    },
  });
  const admin = {
    authorization: `Bearer ${session.access_token}`,
    'x-org-id': session.memberships[0].organization_id,
  };
  const { json: key } = await call('POST', '/api/v1/api-keys', {
    headers: admin,
    body: { name: 'CI', scopes: ['leads:read', 'leads:write', 'webhooks:manage'] },
  });
  const asKey = { authorization: `Bearer ${key.secret}` };
  const { json: endpoint } = await call('POST', '/api/v1/webhook-endpoints', {
    headers: asKey,
    body: { url: receiverUrl, events: ['lead.created'], description: 'CI' },
  });
  const { json: lead, headers } = await call('POST', '/api/v1/leads', {
    headers: asKey,
    body: { name: `Lead ${id}`, phone: '+5511987654321' },
  });
  if (!headers.get('ratelimit-remaining')) throw new Error('no RateLimit-Remaining header');

  const deadline = Date.now() + 30_000;
  while (received.length === 0 && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 200));
  if (received.length === 0) throw new Error('no webhook delivery within 30 s');
  const [delivery] = received;
  const payload = new Webhook(endpoint.secret).verify(delivery.body, delivery.headers);
  if (payload.type !== 'lead.created' || payload.data.lead.id !== lead.id)
    throw new Error(`unexpected delivery: ${delivery.body.slice(0, 200)}`);
  console.log(`webhook full-mode check passed: lead.created for ${lead.id}, signature verified`);
} finally {
  receiver.close();
}
