#!/usr/bin/env node
// The ceiling of the HTTP stack: a bare Fastify route with a tiny JSON body, run as its own
// process (as the API is) so it does not share the load generator's thread. `/health` of the
// API minus Nest, guards and logging. Started by the runner with PORT set.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/bare', async () => ({ status: 'ok' }));
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
