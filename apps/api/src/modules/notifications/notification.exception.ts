import { FieldAppException } from '../../core/http/app.exception';

export const NotificationErrorCode = {
  NotFound: 'NOTIFICATION_NOT_FOUND',
  MentionNotMember: 'NOTIFICATION_MENTION_NOT_MEMBER',
} as const;
export type NotificationErrorCode =
  (typeof NotificationErrorCode)[keyof typeof NotificationErrorCode];

const STATUS: Record<NotificationErrorCode, number> = {
  NOTIFICATION_NOT_FOUND: 404,
  NOTIFICATION_MENTION_NOT_MEMBER: 400,
};

export class NotificationException extends FieldAppException<NotificationErrorCode> {
  get status(): number {
    return STATUS[this.code];
  }

  static notFound(): NotificationException {
    return new NotificationException(NotificationErrorCode.NotFound, 'Notification not found.');
  }

  static mentionNotMember(): NotificationException {
    return new NotificationException(
      NotificationErrorCode.MentionNotMember,
      'Only current members of the organization can be mentioned.',
      'mentions',
    );
  }
}
