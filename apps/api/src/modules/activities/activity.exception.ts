import { FieldAppException } from '../../core/http/app.exception';

export const ActivityErrorCode = {
  NotFound: 'ACTIVITY_NOT_FOUND',
  AssigneeNotMember: 'ACTIVITY_ASSIGNEE_NOT_MEMBER',
} as const;
export type ActivityErrorCode = (typeof ActivityErrorCode)[keyof typeof ActivityErrorCode];

const STATUS: Record<ActivityErrorCode, number> = {
  ACTIVITY_NOT_FOUND: 404,
  ACTIVITY_ASSIGNEE_NOT_MEMBER: 400,
};

export class ActivityException extends FieldAppException<ActivityErrorCode> {
  get status(): number {
    return STATUS[this.code];
  }

  /** Also for an activity of a lead the caller may not see: as if it did not exist. */
  static notFound(): ActivityException {
    return new ActivityException(ActivityErrorCode.NotFound, 'Atividade não encontrada.');
  }

  static assigneeNotMember(): ActivityException {
    return new ActivityException(
      ActivityErrorCode.AssigneeNotMember,
      'The assignee must be a current member of the organisation.',
      'assigned_user_id',
    );
  }
}
