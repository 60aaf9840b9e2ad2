import type { UserResponse } from '@loved/shared';
import type { UserEntity } from './user.entity';

export const toUserResponse = (user: UserEntity): UserResponse => ({
  id: user.id,
  name: user.name,
  email: user.email,
  avatar_url: user.avatarUrl,
  created_at: user.createdAt.toISOString(),
});
