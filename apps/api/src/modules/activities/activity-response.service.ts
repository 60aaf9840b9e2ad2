import { Injectable } from '@nestjs/common';
import type { ActivityResponse } from '@loved/shared';
import { UsersService } from '../users/users.service';
import type { ActivityEntity } from './activity.entity';
import { toActivityResponse } from './activity.mapper';

/** Activities as the API shows them: their assignees read in one query for the whole page. */
@Injectable()
export class ActivityResponseService {
  constructor(private readonly users: UsersService) {}

  /** `activities` were read with their lead (`ActivityRepository` joins its name). */
  async toResponses(activities: ActivityEntity[]): Promise<ActivityResponse[]> {
    const ids = [
      ...new Set(activities.map((a) => a.assignedUserId).filter((id): id is string => id !== null)),
    ];
    const users = new Map((await this.users.findByIds(ids)).map((u) => [u.id, u]));
    return activities.map((activity) =>
      toActivityResponse(
        activity,
        activity.lead?.name ?? '',
        activity.assignedUserId ? users.get(activity.assignedUserId) : undefined,
      ),
    );
  }

  async toResponse(activity: ActivityEntity): Promise<ActivityResponse> {
    const [response] = await this.toResponses([activity]);
    return response as ActivityResponse;
  }
}
