import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';

export type SqlStatementCounter = {
  /** The text of every query sent to PostgreSQL since the last `reset`, one per round trip. */
  readonly statements: string[];
  reset: () => void;
};

const COUNTED = Symbol('sql-statement-counter');
type CountedClient = PoolClient & { [COUNTED]?: true };

/**
 * Records every `query` call on the app's `pg` pool clients, below TypeORM, so a statement the
 * app sends without TypeORM (or several sent as one) counts as the one round trip it is.
 */
export function countSqlStatements(app: NestFastifyApplication): SqlStatementCounter {
  const pool = (app.get(DataSource).driver as unknown as { master: Pool }).master;
  const statements: string[] = [];
  const wrap = (client: CountedClient): void => {
    if (client[COUNTED]) return;
    client[COUNTED] = true;
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (
      ...args: unknown[]
    ) => {
      const [first] = args;
      statements.push(
        typeof first === 'string' ? first : String((first as { text?: string }).text),
      );
      return query(...args);
    };
  };
  pool.on('acquire', wrap);
  return {
    statements,
    reset: () => {
      statements.length = 0;
    },
  };
}
