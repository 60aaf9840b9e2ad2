import { Injectable } from '@nestjs/common';
import { DataSource, type Repository } from 'typeorm';
import { hashPassword } from '../../core/crypto/password-hasher';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import { UserEntity } from './user.entity';
import { UserErrorCode, UserException } from './user.exception';

export type NewUser = { name: string; email: string; password: string };

/**
 * Users are not tenant rows (one person, many organisations), so this reads them without the
 * tenant filter — inside the caller's transaction when there is one.
 */
@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tenant: TenantContextService,
  ) {}

  private get users(): Repository<UserEntity> {
    return (this.tenant.optionalManager ?? this.dataSource.manager).getRepository(UserEntity);
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email: normalizeEmail(email) });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  async findByIds(ids: string[]): Promise<UserEntity[]> {
    if (ids.length === 0) return [];
    return this.users.createQueryBuilder('u').where('u.id IN (:...ids)', { ids }).getMany();
  }

  async requireById(id: string): Promise<UserEntity> {
    const user = await this.findById(id);
    if (!user) throw new UserException(UserErrorCode.NotFound, 'Usuário não encontrado.');
    return user;
  }

  async create(input: NewUser): Promise<UserEntity> {
    const email = normalizeEmail(input.email);
    if (await this.users.existsBy({ email })) {
      throw new UserException(UserErrorCode.EmailTaken, 'Já existe uma conta com este e-mail.');
    }
    const user = this.users.create({
      email,
      name: input.name.trim(),
      passwordHash: await hashPassword(input.password),
      avatarUrl: null,
    });
    return this.users.save(user);
  }
}

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();
