import { plainToInstance, Transform } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';
import type { DemoLevel } from '../database/seed/demo-seed.js';

const toBoolean = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : value === true || value === 'true' || value === '1' ? true : value === false || value === 'false' || value === '0' ? false : value;
const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.split(',').map((item) => item.trim().replace(/\/$/, '')).filter(Boolean) : value;
const toDemoLevel = ({ value }: { value: unknown }) => {
  if (value === 'minimal' || value === 'full') return value;
  const on = toBoolean({ value });
  return on === true ? 'full' : on;
};
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/** Every setting Steerline reads, validated once at start-up. README.md documents each one. */
export class AppConfig {
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// connection URL' })
  DATABASE_URL?: string;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  @IsString()
  DATA_DIR = '.data';

  /** The demo data loaded into an empty database: the full tour (`true`), the minimal set (`minimal`) or none (`false`). */
  @Transform(toDemoLevel)
  @IsIn(['full', 'minimal', false], { message: 'SEED_DEMO must be true, minimal or false' })
  SEED_DEMO: DemoLevel | false = 'full';

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'SESSION_SECRET must be at least 32 characters' })
  SESSION_SECRET?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  SESSION_IDLE_MINUTES = 60 * 8;

  @Transform(toBoolean)
  @IsBoolean()
  COOKIE_SECURE = false;

  @Transform(toBoolean)
  @IsBoolean()
  TRUST_PROXY = false;

  /** Sites besides the request's own Host allowed to send state-changing requests (comma separated origins). */
  @Transform(toList)
  @IsArray()
  @Matches(/^https?:\/\/[^/\s]+$/i, { each: true, message: 'ALLOWED_ORIGINS must be origins like https://steerline.example.org, comma separated' })
  ALLOWED_ORIGINS: string[] = [];

  @Matches(/^\d+(b|kb|mb)$/i, { message: 'BODY_LIMIT must look like 100kb or 1mb' })
  BODY_LIMIT = '100kb';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  SIGN_IN_MAX_FAILURES = 10;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  SIGN_IN_WINDOW_MINUTES = 15;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  DATABASE_POOL_SIZE = 10;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString()
  @MinLength(3)
  MAIL_FROM = 'Steerline <no-reply@steerline.example>';

  /** The address people use, for links in e-mails and on the command line; `http://localhost:<PORT>` when unset. */
  @Transform(({ value }: { value: unknown }) => (value === '' ? undefined : typeof value === 'string' ? value.replace(/\/+$/, '') : value))
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/i, { message: 'PUBLIC_URL must be an address like https://steerline.example.org' })
  PUBLIC_URL!: string;

  /** How long an invitation (and the first administrator's link) works. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(90)
  INVITATION_LINK_DAYS = 7;

  /** How long a forgotten-password link works. */
  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(24 * 60)
  RESET_LINK_MINUTES = 60;

  /** Forgotten-password requests allowed per e-mail address, and per client address, within the window. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  PASSWORD_RESETS_PER_EMAIL = 3;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  PASSWORD_RESETS_PER_ADDRESS = 20;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  PASSWORD_RESET_WINDOW_MINUTES = 60;

  /**
   * How long a replica may serve a kept answer of a busy page (action list, action page, dashboard, board queue) while
   * no data has changed; 0 turns the read cache off. See common/read-cache.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(3600)
  READ_CACHE_SECONDS = 5;

  /** Review-return reminders, run through pg-boss (schema `pgboss`) once across all replicas. */
  @Transform(toBoolean)
  @IsBoolean()
  REMINDERS_ENABLED = true;

  /** When the reminder run happens, as cron in Europe/London time (5 fields, or 6 with seconds first). */
  @Matches(/^\S+(\s+\S+){4,5}$/, { message: 'REMINDER_CRON must be a cron expression such as 0 8 * * *' })
  REMINDER_CRON = '0 8 * * *';

  /** How often each replica checks the shared schedule and the reminder queue, in seconds. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(45)
  REMINDER_CHECK_SECONDS = 30;

  // Uploads are read in a worker thread within these limits, counted while reading (see import/reading).
  @Transform(toInt)
  @IsInt()
  @Min(1)
  IMPORT_MAX_UNPACKED_MB = 64;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  IMPORT_MAX_ZIP_ENTRIES = 200;

  @Transform(toInt)
  @IsInt()
  @Min(12)
  IMPORT_MAX_COLUMNS = 100;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  IMPORT_MAX_CELL_CHARACTERS = 32_767;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  IMPORT_MAX_SHARED_STRINGS = 100_000;

  @Transform(toInt)
  @IsInt()
  @Min(8)
  IMPORT_MAX_XML_DEPTH = 64;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  IMPORT_READ_SECONDS = 10;

  @Transform(toInt)
  @IsInt()
  @Min(32)
  IMPORT_READ_MEMORY_MB = 96;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  IMPORT_READS_AT_ONCE = 2;

  /** Slow clients: the time allowed to send the request headers, and the whole request. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  HTTP_HEADERS_TIMEOUT_SECONDS = 10;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  HTTP_REQUEST_TIMEOUT_SECONDS = 30;

  /** JSON bodies nested deeper, or with a longer array, are refused before validation. */
  @Transform(toInt)
  @IsInt()
  @Min(2)
  JSON_MAX_DEPTH = 16;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  JSON_MAX_ARRAY_LENGTH = 1000;

  /** Report downloads (PDF, Word, Excel) each person may start per minute, counted in PostgreSQL across replicas. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  EXPORTS_PER_MINUTE = 10;

  /** On SIGTERM, how long requests in flight may take to finish before the process exits anyway. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(300)
  SHUTDOWN_GRACE_SECONDS = 10;
}

export class ConfigError extends Error {}

const SETTINGS = new Set(Object.keys(new AppConfig()).concat(['DATABASE_URL', 'SESSION_SECRET', 'WEB_DIST_DIR', 'SMTP_URL', 'PUBLIC_URL']));

/** Reads the settings from the environment; throws a ConfigError naming each bad setting. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw = Object.fromEntries(Object.entries(env).filter(([key]) => SETTINGS.has(key)));
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: true });
  if (errors.length > 0) {
    const problems = errors.map((error) => `${error.property}: ${Object.values(error.constraints ?? {}).join('; ')}`);
    throw new ConfigError(`Invalid configuration: ${problems.join(' | ')}`);
  }
  config.PUBLIC_URL ??= `http://localhost:${config.PORT}`;
  return config;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
