import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import { hashPassword } from '../../core/crypto/password-hasher';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import { UserEntity } from './user.entity';
import { UserErrorCode, UserException } from './user.exception';

export type NewUser = { name: string; email: string; password: string };

/** A user with the password hash that only the login lookup hands out. */
export type UserCredentials = { user: UserEntity; passwordHash: string };

type LoginLookupRow = {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  avatar_url: string | null;
  created_at: Date;
  updated_at: Date;
};

/**
 * Users are not tenant rows (one person, many organisations). Row-Level Security shows the
 * application only the signed-in user's own row (`app.user_id`) and the members of the
 * current organisation (`app.org_id`); reads by e-mail before anyone is signed in go through
 * the database's SECURITY DEFINER lookups.
 */
@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tenant: TenantContextService,
  ) {}

  /** For login only: the one user with this e-mail, with their password hash. */
  async findCredentialsByEmail(email: string): Promise<UserCredentials | null> {
    const [row] = await this.manager.query<LoginLookupRow[]>('SELECT * FROM app_login_lookup($1)', [
      normalizeEmail(email),
    ]);
    if (!row) return null;
    const user = this.dataSource.getRepository(UserEntity).create({
      id: row.id,
      email: row.email,
      name: row.name,
      avatarUrl: row.avatar_url,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    });
    return { user, passwordHash: row.password_hash };
  }

  /** Whether any account uses this e-mail, visible to the caller or not. */
  async isEmailRegistered(email: string): Promise<boolean> {
    const [row] = await this.manager.query<Array<{ registered: boolean }>>(
      'SELECT app_email_registered($1) AS registered',
      [normalizeEmail(email)],
    );
    return row?.registered ?? false;
  }

  /** The user with this e-mail if the caller may see them (themselves or a teammate). */
  findByEmail(email: string): Promise<UserEntity | null> {
    return this.read((users) => users.findOneBy({ email: normalizeEmail(email) }));
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.read((users) => users.findOneBy({ id }));
  }

  async findByIds(ids: string[]): Promise<UserEntity[]> {
    if (ids.length === 0) return [];
    return this.read((users) =>
      users.createQueryBuilder('u').where('u.id IN (:...ids)', { ids }).getMany(),
    );
  }

  async requireById(id: string): Promise<UserEntity> {
    const user = await this.findById(id);
    if (!user) throw new UserException(UserErrorCode.NotFound, 'User not found.');
    return user;
  }

  /**
   * Inserts the user as themselves (RLS checks the new row against `app.user_id`). The unique
   * e-mail index decides between concurrent sign-ups: the loser inserts nothing.
   */
  async create(input: NewUser): Promise<UserEntity> {
    const email = normalizeEmail(input.email);
    if (await this.isEmailRegistered(email)) throw emailTaken();
    const passwordHash = await hashPassword(input.password);
    const id = randomUUID();
    return this.tenant.runAsUser(id, async () => {
      const users = this.tenant.manager.getRepository(UserEntity);
      const user = users.create({ id, email, name: input.name.trim(), avatarUrl: null });
      const inserted = await users
        .createQueryBuilder()
        .insert()
        .values({ ...user, passwordHash })
        .orIgnore()
        .returning(['created_at', 'updated_at'])
        .execute();
      const [row] = inserted.raw as Array<{ created_at: Date; updated_at: Date }>;
      if (!row) throw emailTaken();
      return Object.assign(user, { createdAt: row.created_at, updatedAt: row.updated_at });
    });
  }

  private get manager(): EntityManager {
    return this.tenant.optionalManager ?? this.dataSource.manager;
  }

  /**
   * In the caller's transaction when there is one; otherwise in a short one as the signed-in
   * user, since the RLS settings only live inside a transaction.
   */
  private read<T>(work: (users: Repository<UserEntity>) => Promise<T>): Promise<T> {
    const manager = this.tenant.optionalManager;
    if (manager) return work(manager.getRepository(UserEntity));
    return this.tenant.runAsUser(this.tenant.userId, () =>
      work(this.tenant.manager.getRepository(UserEntity)),
    );
  }
}

const emailTaken = (): UserException =>
  new UserException(UserErrorCode.EmailTaken, 'An account with this e-mail already exists.');

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();
