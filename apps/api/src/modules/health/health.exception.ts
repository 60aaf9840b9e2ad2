import { AppException } from '../../core/http/app.exception';

export const HealthErrorCode = {
  DependencyDown: 'DEPENDENCY_DOWN',
} as const;
export type HealthErrorCode = (typeof HealthErrorCode)[keyof typeof HealthErrorCode];

const STATUS: Record<HealthErrorCode, number> = {
  DEPENDENCY_DOWN: 503,
};

export class HealthException extends AppException<HealthErrorCode> {
  get status(): number {
    return STATUS[this.code];
  }

  static dependenciesDown(names: string[]): HealthException {
    return new HealthException(
      HealthErrorCode.DependencyDown,
      `Dependência indisponível: ${names.join(', ')}`,
      names.map((field) => ({ field, code: 'dependencyDown', message: 'down' })),
    );
  }
}
