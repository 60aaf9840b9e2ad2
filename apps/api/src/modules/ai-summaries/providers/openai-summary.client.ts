import { Inject, Injectable, Logger } from '@nestjs/common';
import OpenAI, { type ClientOptions } from 'openai';
import { APP_CONFIG, type AppConfig } from '../../../core/config/app-config';
import { ProviderCallMetrics } from '../../../core/metrics/provider-call.metrics';
import type { SummaryPrompt } from '../utils/summary-prompt.util';
import {
  SUMMARY_JSON_SCHEMA,
  SUMMARY_SCHEMA_NAME,
  parseSummaryOutput,
  type SummaryDraft,
} from '../utils/summary-output.util';
import { SummaryProviderError } from './summary-provider.errors';

export type TokenUsage = { prompt_tokens: number; completion_tokens: number };

export type ModelSummary = { draft: SummaryDraft; usage: TokenUsage | null };

const OPENAI_BASE_URL = 'https://api.openai.com/v1';

/**
 * Writes summaries through any OpenAI-compatible chat-completions API with the official SDK:
 * `OPENAI_BASE_URL` points it at Ollama, vLLM or a proxy. The SDK retries 408/409/429/5xx and
 * timeouts with backoff (`OPENAI_MAX_RETRIES`); the job retries on top of that. It never logs
 * the prompt, the answer or the key: the SDK's own logging stays at `warn`, whatever
 * `OPENAI_LOG` says, and only its one-line messages reach our logger.
 */
@Injectable()
export class OpenAiSummaryClient {
  private readonly logger = new Logger(OpenAiSummaryClient.name);
  private readonly client: OpenAI | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    metrics: ProviderCallMetrics,
  ) {
    const env = config.env;
    const logger: ClientOptions['logger'] = {
      error: (message: string) => this.logger.error(message),
      warn: (message: string) => this.logger.warn(message),
      info: () => undefined,
      debug: () => undefined,
    };
    this.client = env.OPENAI_API_KEY
      ? new OpenAI({
          apiKey: env.OPENAI_API_KEY,
          // Explicit, so the SDK never falls back to variables this app does not validate.
          baseURL: env.OPENAI_BASE_URL ?? OPENAI_BASE_URL,
          timeout: env.OPENAI_TIMEOUT_MS,
          maxRetries: env.OPENAI_MAX_RETRIES,
          logLevel: 'warn',
          logger,
          // Times each HTTP attempt, the SDK's own retries included.
          fetch: metrics.timedFetch('openai'),
        })
      : null;
  }

  /** Whether a key is configured; without one the local summariser writes summaries. */
  get configured(): boolean {
    return this.client !== null;
  }

  get model(): string {
    return this.config.env.OPENAI_MODEL;
  }

  /** Throws `SummaryProviderError` or the SDK's errors (see `toSummaryFailure`). */
  async summarise(prompt: SummaryPrompt): Promise<ModelSummary> {
    if (!this.client) {
      throw new SummaryProviderError(
        'No AI provider is configured (OPENAI_API_KEY) to write this summary.',
        false,
      );
    }
    const completion = await this.client.chat.completions.create({
      model: this.model,
      messages: [
        { role: 'system', content: prompt.system },
        { role: 'user', content: prompt.user },
      ],
      response_format: {
        type: 'json_schema',
        json_schema: { name: SUMMARY_SCHEMA_NAME, strict: true, schema: SUMMARY_JSON_SCHEMA },
      },
    });
    const choice = completion.choices[0];
    if (!choice) throw new SummaryProviderError('The model returned no answer.', false);
    if (choice.finish_reason === 'length') {
      throw new SummaryProviderError('The model stopped before finishing its answer.', false);
    }
    if (choice.message.refusal) {
      throw new SummaryProviderError('The model declined to summarise this conversation.', false);
    }
    const parsed = parseSummaryOutput(choice.message.content);
    if (!parsed.ok) throw new SummaryProviderError(parsed.error, false);
    const usage = completion.usage
      ? {
          prompt_tokens: completion.usage.prompt_tokens,
          completion_tokens: completion.usage.completion_tokens,
        }
      : null;
    return { draft: parsed.draft, usage };
  }
}
