import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';

const FILE_KEY = '(?:[0-9a-fA-F]{64}|[A-Za-z0-9+/_-]{43}=?)';
const FILE_KEY_ID = '[A-Za-z0-9._-]{1,32}';
const FILE_KEY_PATTERN = new RegExp(`^${FILE_KEY}$`);
const FILE_KEY_ID_PATTERN = new RegExp(`^${FILE_KEY_ID}$`);
const PREVIOUS_FILE_KEYS_PATTERN = new RegExp(
  `^${FILE_KEY_ID}:${FILE_KEY}(?:,${FILE_KEY_ID}:${FILE_KEY})*$`,
);

const toBoolean = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? ['1', 'true', 'yes'].includes(value.toLowerCase()) : value;

const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;

/**
 * Every environment variable the API and worker read. Validated once at boot:
 * a bad value stops the process with a message naming the variable.
 * `.env.example` documents each one.
 */
export class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IsString()
  HOST = '0.0.0.0';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /**
   * Bearer token Prometheus sends to `GET /metrics` on PORT. Unset: that endpoint answers 404
   * (METRICS_PORT still serves metrics on loopback).
   */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'must be at least 16 characters' })
  METRICS_TOKEN?: string;

  /**
   * Loopback port (127.0.0.1) serving `/metrics` without a token: the API on this port, the
   * worker on the next one (hence at most 65534). Unset: no such server.
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65534, { message: 'must be at most 65534 (the worker takes the next port)' })
  METRICS_PORT?: number;

  @IsString()
  DATA_DIR = '.data';

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// connection URL' })
  DATABASE_URL?: string;

  @IsString()
  @Matches(/^[a-z_][a-z0-9_]*$/, { message: 'must be a lower-case PostgreSQL role name' })
  DATABASE_APP_USER = 'loved_app';

  @IsOptional()
  @IsString()
  DATABASE_APP_PASSWORD?: string;

  @Transform(toBoolean)
  @IsBoolean()
  DATABASE_MIGRATE_ON_BOOT = false;

  /**
   * Longest a statement of the API or worker may run, in ms (0: no limit). A request whose
   * client went away keeps its query running; this bounds how long it holds a pool connection.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  DATABASE_STATEMENT_TIMEOUT_MS = 15000;

  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'must be a redis:// connection URL' })
  REDIS_URL?: string;

  /** Namespace of Bull's keys in Redis, so several deployments (or test runs) can share one. */
  @Matches(/^[a-z0-9_-]+$/i, { message: 'must be letters, digits, - or _' })
  QUEUE_PREFIX = 'loved';

  @IsIn(['local', 's3'])
  STORAGE_DRIVER: 'local' | 's3' = 'local';

  @ValidateIf((env: EnvironmentVariables) => env.STORAGE_DRIVER === 's3')
  @IsString()
  S3_BUCKET?: string;

  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  S3_ENDPOINT?: string;

  @IsString()
  S3_REGION = 'us-east-1';

  @ValidateIf((env: EnvironmentVariables) => env.STORAGE_DRIVER === 's3')
  @IsString()
  S3_ACCESS_KEY_ID?: string;

  @ValidateIf((env: EnvironmentVariables) => env.STORAGE_DRIVER === 's3')
  @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  @Transform(toBoolean)
  @IsBoolean()
  S3_FORCE_PATH_STYLE = true;

  /** Folder of the `local` storage driver; unset = `<DATA_DIR>/files`. */
  @IsOptional()
  @IsString()
  STORAGE_LOCAL_DIR?: string;

  /** 32-byte key sealing stored files (base64 or 64 hex digits); generated outside production. */
  @ValidateIf(
    (env: EnvironmentVariables) =>
      env.NODE_ENV === 'production' || env.FILE_ENCRYPTION_KEY !== undefined,
  )
  @Matches(FILE_KEY_PATTERN, { message: 'must be 32 bytes as base64 or 64 hex digits' })
  FILE_ENCRYPTION_KEY?: string;

  /** Id stored beside every file sealed with FILE_ENCRYPTION_KEY, so the key can rotate. */
  @Matches(FILE_KEY_ID_PATTERN, { message: 'must be 1-32 letters, digits, ".", "_" or "-"' })
  FILE_ENCRYPTION_KEY_ID = 'k1';

  /** Retired keys still needed to read older files: `id:key,id:key`. */
  @IsOptional()
  @Matches(PREVIOUS_FILE_KEYS_PATTERN, { message: 'must be a comma-separated list of id:key' })
  FILE_ENCRYPTION_PREVIOUS_KEYS?: string;

  /**
   * 32-byte key sealing integration credentials (provider tokens, app secrets) with AES-256-GCM,
   * as base64 or 64 hex digits; generated into DATA_DIR/secrets.json outside production.
   */
  @ValidateIf(
    (env: EnvironmentVariables) =>
      env.NODE_ENV === 'production' || env.CREDENTIALS_ENCRYPTION_KEY !== undefined,
  )
  @Matches(FILE_KEY_PATTERN, { message: 'must be 32 bytes as base64 or 64 hex digits' })
  CREDENTIALS_ENCRYPTION_KEY?: string;

  /** Id stored beside every sealed credential, so the key can rotate. */
  @Matches(FILE_KEY_ID_PATTERN, { message: 'must be 1-32 letters, digits, ".", "_" or "-"' })
  CREDENTIALS_ENCRYPTION_KEY_ID = 'c1';

  /** Retired credential keys still needed to open older records: `id:key,id:key`. */
  @IsOptional()
  @Matches(PREVIOUS_FILE_KEYS_PATTERN, { message: 'must be a comma-separated list of id:key' })
  CREDENTIALS_ENCRYPTION_PREVIOUS_KEYS?: string;

  /** Where the API is reached from outside (webhook URLs shown to admins, Twilio signatures). */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  PUBLIC_BASE_URL?: string;

  /** Meta's Graph API (WhatsApp Cloud API); tests point it at a fake. */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  GRAPH_API_BASE_URL = 'https://graph.facebook.com';

  @Matches(/^v\d+\.\d+$/, { message: 'must look like v23.0' })
  GRAPH_API_VERSION = 'v23.0';

  /** Longest one Graph API request may take, in ms. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  GRAPH_API_TIMEOUT_MS = 10000;

  /** Twilio's REST API (calls, accounts, recordings); tests point it at a fake. */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  TWILIO_API_BASE_URL = 'https://api.twilio.com';

  /** Longest one Twilio request (or recording download) may take, in ms. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  TWILIO_TIMEOUT_MS = 15000;

  /** Requests one organisation API key may make per minute (shared by every API process). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  API_KEY_RATE_LIMIT_PER_MINUTE = 600;

  /** How often connected mailboxes are checked for new e-mail, in ms. */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  EMAIL_SYNC_INTERVAL_MS = 60000;

  /** Google's OAuth2 token endpoint, which renews Gmail mailboxes' tokens; tests use a fake. */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  GOOGLE_OAUTH_TOKEN_URL = 'https://oauth2.googleapis.com/token';

  /** Microsoft's OAuth2 token endpoint, for Outlook / Microsoft 365 mailboxes. */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  MICROSOFT_OAUTH_TOKEN_URL = 'https://login.microsoftonline.com/common/oauth2/v2.0/token';

  /**
   * Whether the worker keeps an IMAP IDLE connection per connected mailbox, so new e-mail is
   * synced as it arrives (polling every EMAIL_SYNC_INTERVAL_MS goes on regardless).
   */
  @Transform(toBoolean)
  @IsBoolean()
  EMAIL_IDLE = true;

  /** Port of the e-mail drop-box's SMTP receiver (in the API process); unset = no receiver. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  EMAIL_DROPBOX_PORT?: number;

  /** Domain of drop-box addresses (`<token>@domain`); its MX must point at the receiver. */
  @Matches(/^[A-Za-z0-9.-]{1,253}$/, { message: 'must be a domain name' })
  EMAIL_DROPBOX_DOMAIN = 'inbox.localhost';

  /** How often stored webhook events that were never queued (Redis down) are queued again, in ms. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  WEBHOOK_SWEEP_INTERVAL_MS = 30000;

  /**
   * Whether outbound webhook endpoints may point at loopback, private, link-local and other
   * non-public addresses (SSRF guard off). Unset: false in production, true otherwise.
   */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  WEBHOOK_ALLOW_PRIVATE_URLS?: boolean;

  /** Days a finished outbound webhook delivery (succeeded or failed) stays in the log. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  WEBHOOK_DELIVERY_RETENTION_DAYS = 30;

  /** How often activities due soon are looked for to remind their assignees, in ms. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  ACTIVITY_REMINDER_INTERVAL_MS = 60000;

  /**
   * Key of the OpenAI-compatible API that writes AI summaries. Unset: the built-in local
   * summariser (extractive, pt-BR, offline) writes them instead. Never logged.
   */
  @IsOptional()
  @IsString()
  OPENAI_API_KEY?: string;

  /** Any OpenAI-compatible server (Ollama, vLLM, a proxy…); unset = OpenAI's own API. */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  OPENAI_BASE_URL?: string;

  /** Model that writes AI summaries; it must support JSON-schema structured output. */
  @IsString()
  @MinLength(1)
  OPENAI_MODEL = 'gpt-4o-mini';

  /** Longest one call to the model may take, in ms (timeouts, 429 and 5xx are retried). */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  OPENAI_TIMEOUT_MS = 60000;

  /** Retries of one call (with backoff) before the job's own retries take over. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(10)
  OPENAI_MAX_RETRIES = 2;

  /** Masks phones, e-mails and CPF/CNPJ in what is sent to the model. */
  @Transform(toBoolean)
  @IsBoolean()
  AI_REDACT_PII = false;

  /** Share of the prompt the timeline may take, in estimated tokens (newest messages kept). */
  @Transform(toInt)
  @IsInt()
  @Min(500)
  AI_SUMMARY_MAX_PROMPT_TOKENS = 6000;

  /** Largest file accepted by uploads and downloads from providers, in MiB (bigger gets 413). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(5120)
  MAX_FILE_SIZE_MB = 50;

  @IsString()
  CORS_ORIGINS = '';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /**
   * OTLP/HTTP collector that receives traces (`/v1/traces` is appended); unset = no tracing.
   * Read by `instrument.mjs` before the app loads; declared here so a bad URL stops the boot.
   */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  OTEL_EXPORTER_OTLP_ENDPOINT?: string;

  /** Service name on exported spans; unset = `loved-crm-api` or `loved-crm-worker`. */
  @IsOptional()
  @IsString()
  OTEL_SERVICE_NAME?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  BODY_LIMIT_BYTES = 1_048_576;

  @ValidateIf(
    (env: EnvironmentVariables) => env.NODE_ENV === 'production' || env.JWT_SECRET !== undefined,
  )
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters' })
  JWT_SECRET?: string;

  /**
   * Secret of the people running the deployment (not organisation admins): as a bearer token it
   * opens `GET /api/v1/health/detailed` across organisations, as the Basic password the queue
   * dashboard at `/admin/queues`. Unset: neither is available to operators.
   */
  @IsOptional()
  @IsString()
  @MinLength(24, { message: 'must be at least 24 characters' })
  OPS_TOKEN?: string;

  @IsString()
  WEB_DIST_DIR = 'dist/apps/web';

  @Transform(toBoolean)
  @IsBoolean()
  SEED_DEMO = false;

  /** Password of the demo admin; generated into DATA_DIR/secrets.json when unset. */
  @IsOptional()
  @IsString()
  @MinLength(8)
  DEMO_PASSWORD?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  WORKER_CONCURRENCY = 4;

  /** First retry delay of a failed job, in ms; doubles on each further attempt. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  JOB_BACKOFF_MS = 1000;

  /** Login attempts without success allowed per e-mail (from any IP) in one window. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_EMAIL = 10;

  /** Login attempts without success allowed per client IP (for any e-mail) in one window. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_IP = 50;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_FAILURE_WINDOW_SECONDS = 900;
}
