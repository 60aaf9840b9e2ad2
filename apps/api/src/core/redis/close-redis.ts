import type { Redis } from 'ioredis';

/** QUIT when connected; otherwise drop the socket, since QUIT would wait for a reconnect. */
export async function closeRedis(client: Redis | null | undefined): Promise<void> {
  if (!client) return;
  if (client.status === 'ready') {
    await client.quit().catch(() => client.disconnect());
    return;
  }
  client.disconnect();
}
