import { plainToInstance, Transform } from 'class-transformer';
import type { PasswordSignIn } from '@steerline/contracts';
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
const withoutTrailingSlash = ({ value }: { value: unknown }) => (value === '' ? undefined : typeof value === 'string' ? value.replace(/\/+$/, '') : value);
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
  @Transform(withoutTrailingSlash)
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

  /** When owners get their weekly "what is due" e-mail, as cron in Europe/London time (default Mondays at 07:00). */
  @Matches(/^\S+(\s+\S+){4,5}$/, { message: 'WEEKLY_DUE_CRON must be a cron expression such as 0 7 * * 1' })
  WEEKLY_DUE_CRON = '0 7 * * 1';

  /** When report e-mails are checked for (digests due, reviews signed off), as cron in Europe/London time. */
  @Matches(/^\S+(\s+\S+){4,5}$/, { message: 'REPORT_EMAILS_CRON must be a cron expression such as */10 * * * *' })
  REPORT_EMAILS_CRON = '*/10 * * * *';

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

  /** The largest file of evidence accepted, counted while the upload is read (attachments/). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  ATTACHMENT_MAX_MB = 20;

  /** clamd (ClamAV's daemon) to check each new file of evidence through; unset, files are kept unscanned. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  CLAMAV_HOST?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  CLAMAV_PORT = 3310;

  /** How long one scan may take before it is tried again later (the file stays "being checked"). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  CLAMAV_TIMEOUT_SECONDS = 60;

  /** Risks scored (likelihood x impact) at or above this go into the Corporate Plan report. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(25)
  RISK_REPORT_THRESHOLD = 12;

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

  /** Who may sign in with a password: everyone, only administrators (a break-glass way in), or nobody (single sign-on only). */
  @IsIn(['true', 'admins-only', 'false'], { message: 'PASSWORD_SIGN_IN must be true, admins-only or false' })
  PASSWORD_SIGN_IN: PasswordSignIn = 'true';

  /** Who must use an authenticator app on top of their password. Single sign-on leaves the second factor to the provider. */
  @IsIn(['off', 'admins', 'everyone-with-password'], { message: 'MFA_REQUIRED must be off, admins or everyone-with-password' })
  MFA_REQUIRED: 'off' | 'admins' | 'everyone-with-password' = 'off';

  /** Single sign-on (OpenID Connect): the provider's issuer URL, discovered at `<issuer>/.well-known/openid-configuration`. */
  @Transform(withoutTrailingSlash)
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/i, { message: 'OIDC_ISSUER_URL must be an address like https://login.microsoftonline.com/<tenant>/v2.0' })
  OIDC_ISSUER_URL?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  OIDC_CLIENT_ID?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  OIDC_CLIENT_SECRET?: string;

  @IsString()
  @MinLength(1)
  OIDC_BUTTON_LABEL = 'Sign in with your council account';

  /** E-mail domains whose people may sign in through the provider (comma separated); empty lets every domain through. */
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').map((item) => item.trim().toLowerCase().replace(/^@/, '')).filter(Boolean) : value))
  @IsArray()
  @Matches(/^[a-z0-9.-]+\.[a-z]{2,}$/, { each: true, message: 'OIDC_ALLOWED_DOMAINS must be e-mail domains like norwich.gov.uk, comma separated' })
  OIDC_ALLOWED_DOMAINS: string[] = [];

  /**
   * The claim that carries the person's e-mail address: `email`, trusted only with `email_verified` true, or
   * `preferred_username` (Microsoft Entra ID's sign-in name, which the council's tenant controls), trusted as it is.
   */
  @IsIn(['email', 'preferred_username'], { message: 'OIDC_EMAIL_CLAIM must be email or preferred_username' })
  OIDC_EMAIL_CLAIM: 'email' | 'preferred_username' = 'email';

  /** A person from an allowed domain with no account yet gets one, with read-only access, on first sign-in. */
  @Transform(toBoolean)
  @IsBoolean()
  OIDC_AUTO_CREATE = false;

  /** Signing out of Steerline also signs out of the provider (RP-initiated logout), when the provider offers it. */
  @Transform(toBoolean)
  @IsBoolean()
  OIDC_LOGOUT = false;

  /** For tests and local trials only: lets the issuer be plain http://. */
  @Transform(toBoolean)
  @IsBoolean()
  OIDC_ALLOW_HTTP = false;
}

/** Single sign-on is on when the issuer, client id and secret are all set. */
export const singleSignOnIsOn = (config: AppConfig) => Boolean(config.OIDC_ISSUER_URL && config.OIDC_CLIENT_ID && config.OIDC_CLIENT_SECRET);

/** Settings that are each valid but cannot go together. */
function inconsistencies(config: AppConfig): string[] {
  const problems: string[] = [];
  const oidcSet = [config.OIDC_ISSUER_URL, config.OIDC_CLIENT_ID, config.OIDC_CLIENT_SECRET].filter(Boolean).length;
  if (oidcSet > 0 && oidcSet < 3) problems.push('OIDC_ISSUER_URL, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET: set all three for single sign-on, or none');
  if (config.PASSWORD_SIGN_IN === 'false' && !singleSignOnIsOn(config)) problems.push('PASSWORD_SIGN_IN: false needs single sign-on (OIDC_ISSUER_URL, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET), or nobody could sign in');
  if (config.OIDC_ISSUER_URL?.startsWith('http://') && !config.OIDC_ALLOW_HTTP) problems.push('OIDC_ISSUER_URL: must be https:// (OIDC_ALLOW_HTTP=true allows http:// for tests and local trials only)');
  return problems;
}

export class ConfigError extends Error {}

const SETTINGS = new Set(Object.keys(new AppConfig()).concat(['DATABASE_URL', 'SESSION_SECRET', 'WEB_DIST_DIR', 'SMTP_URL', 'PUBLIC_URL', 'OIDC_ISSUER_URL', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'CLAMAV_HOST']));

/** Reads the settings from the environment; throws a ConfigError naming each bad setting. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw = Object.fromEntries(Object.entries(env).filter(([key]) => SETTINGS.has(key)));
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: true });
  const problems = errors.map((error) => `${error.property}: ${Object.values(error.constraints ?? {}).join('; ')}`);
  if (problems.length === 0) problems.push(...inconsistencies(config));
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration: ${problems.join(' | ')}`);
  }
  config.PUBLIC_URL ??= `http://localhost:${config.PORT}`;
  return config;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
