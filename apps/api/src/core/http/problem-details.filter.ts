import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { PROBLEM_CONTENT_TYPE } from '@loved/shared';
import { AppException } from './app.exception';
import { toProblemDetails } from './problem-details';

/** The one place every error of a request becomes `application/problem+json`. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const { httpAdapter } = this.adapterHost;
    const context = host.switchToHttp();
    const request = context.getRequest<{ url?: string }>();
    const body = toProblemDetails(exception);
    if (body.status >= 500)
      this.logger.error(exception instanceof Error ? exception : new Error(String(exception)));
    const response: unknown = context.getResponse();
    httpAdapter.setHeader(response, 'content-type', PROBLEM_CONTENT_TYPE);
    if (exception instanceof AppException) {
      for (const [name, value] of Object.entries(exception.headers))
        httpAdapter.setHeader(response, name, value);
    }
    httpAdapter.reply(response, { ...body, instance: request.url?.split('?')[0] }, body.status);
  }
}
