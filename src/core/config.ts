import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { trustProxySchema } from './trust-proxy.ts';

/**
 * LionRock's configuration: environment variables override an optional JSON config file
 * (`./lionrock.config.json`, or the path in `LIONROCK_CONFIG`), which overrides the defaults.
 * Every setting is documented in docs/configuration.md; keep the two in step.
 */
export const configSchema = z
  .object({
    /** TCP port the API listens on. */
    port: z.coerce.number().int().min(0).max(65535).default(8080),
    /** Interface to bind; 127.0.0.1 keeps a fresh install private. */
    host: z.string().min(1).default('127.0.0.1'),
    /** Folder of the embedded PGlite database, used when `databaseUrl` is not set. */
    dataDir: z.string().min(1).default('./.lionrock'),
    /** PostgreSQL connection string; when set, PostgreSQL is used instead of PGlite. */
    databaseUrl: z.string().url().optional(),
    /** Use this key for the seeded admin instead of generating one. */
    adminKey: z.string().min(24, 'must be at least 24 characters').optional(),
    /** pino log level. */
    logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Largest accepted request body, in bytes. */
    bodyLimit: z.coerce.number().int().min(1024).default(1_048_576),
    /** Failed authentications allowed per client address per window before 429. */
    authFailureLimit: z.coerce.number().int().min(1).default(10),
    /** Length of the auth-failure window, in seconds. */
    authFailureWindowSeconds: z.coerce.number().int().min(1).default(60),
    /**
     * Which proxies in front of the server to believe about the client address (X-Forwarded-For):
     * `false` (none: the TCP peer is the client), a hop count, or comma-separated addresses/CIDRs.
     * The address feeds the failed-key limiter and the public chat limit.
     */
    trustProxy: trustProxySchema.default(false),
    /** Seconds to let in-flight requests finish on SIGTERM before exiting. */
    shutdownGraceSeconds: z.coerce.number().int().min(0).default(10),
    /** Lifetime of API keys created without an explicit expiry, in days. */
    defaultKeyLifetimeDays: z.coerce.number().int().min(1).default(365),
    /** Largest knowledge file upload, in bytes. */
    maxUploadBytes: z.coerce
      .number()
      .int()
      .min(1024)
      .default(20 * 1024 * 1024),
    /**
     * Turn every address check of URL and catalogue imports off: anyone who may import can then make
     * the server fetch internal services and cloud metadata. Prefer `urlAllowHosts`.
     */
    allowPrivateUrls: z
      .union([z.boolean(), z.enum(['true', 'false', '1', '0'])])
      .transform((value) => value === true || value === 'true' || value === '1')
      .default(false),
    /**
     * Hosts (`host` or `host:port`, comma-separated in the environment) that URL and catalogue
     * imports may fetch although they resolve to private addresses: intranet sources, by name.
     */
    urlAllowHosts: z
      .union([z.array(z.string()), z.string()])
      .transform((value) =>
        (Array.isArray(value) ? value : value.split(','))
          .map((host) => host.trim().toLowerCase())
          .filter((host) => host !== ''),
      )
      .default([]),
    /** Run background jobs (imports) in this process; turn off on nodes that should only serve. */
    runJobs: z
      .union([z.boolean(), z.enum(['true', 'false', '1', '0'])])
      .transform((value) => value === true || value === 'true' || value === '1')
      .default(true),
    /**
     * Encrypts model providers' API keys (AES-256-GCM). Required on PostgreSQL to store or use a
     * provider key; on PGlite one is generated into the data folder when absent.
     */
    secretKey: z.string().min(32, 'must be at least 32 characters').optional(),
    /** Days a closed handoff case keeps the citizen's callback details before they are purged. */
    handoffContactRetentionDays: z.coerce.number().int().min(0).max(3650).default(30),
    /** First retry delay of a failed model call; doubles per attempt (with jitter). */
    gatewayRetryBaseMs: z.coerce.number().int().min(0).default(250),
    /** Longest wait before a retry, Retry-After included; a provider asking for longer is not retried. */
    gatewayRetryMaxDelayMs: z.coerce.number().int().min(0).default(8000),
    /** Consecutive failed attempts that open a provider's circuit breaker. */
    gatewayCircuitFailures: z.coerce.number().int().min(1).default(5),
    /** Seconds an open circuit waits before letting one trial call through. */
    gatewayCircuitCooldownSeconds: z.coerce.number().min(0).default(30),
    /**
     * Base URL of an OpenAI-compatible embeddings API (e.g. http://localhost:11434/v1): knowledge
     * search then fuses dense and lexical results. Unset: lexical search alone.
     */
    embeddingsUrl: z.string().url().optional(),
    /** Embedding model the endpoint serves (e.g. bge-m3); required with `embeddingsUrl`. */
    embeddingsModel: z.string().min(1).optional(),
    /** Bearer key for the embeddings endpoint, if it wants one. */
    embeddingsApiKey: z.string().min(1).optional(),
    /** Cosine similarity at which a dense match starts to count as confidence; set per model. */
    embeddingsSimilarityFloor: z.coerce.number().min(0).max(0.99).default(0.5),
    /**
     * Append-only file of signed audit checkpoints (JSON lines), kept outside the database; put it
     * where database writers cannot write. Default: `<dataDir>/audit-anchor.jsonl`.
     */
    auditAnchorFile: z.string().min(1).optional(),
    /** Ed25519 key (PEM) that signs the checkpoints; generated on first use. Default: `<dataDir>/audit-anchor.key`. */
    auditAnchorKeyFile: z.string().min(1).optional(),
    /** Seconds between checkpoints while the audit trail grows (written on shutdown too). */
    auditAnchorIntervalSeconds: z.coerce.number().int().min(1).default(10),
    /**
     * Witnesses that get a copy of every checkpoint, comma-separated: `https://…` (POSTed as JSON)
     * or `udp://host:514` (syslog, RFC 5424). A failing witness is logged; the file still anchors.
     */
    auditAnchorWitnesses: z
      .preprocess(
        (value) =>
          typeof value === 'string'
            ? value
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean)
            : value,
        z.array(z.string().regex(/^(https?|udp):\/\/[^\s,]+$/, 'must be http(s)://… or udp://host:port')),
      )
      .optional(),
    /**
     * The address people reach this server at (e.g. https://lionrock.example.gov.hk), without a
     * trailing slash: the base of the OIDC redirect URL. Unset: taken from each request's host.
     */
    publicUrl: z
      .string()
      .url()
      .transform((url) => url.replace(/\/+$/, ''))
      .optional(),
    /** Absolute lifetime of a console sign-in, in hours, however active the session is. */
    sessionMaxHours: z.coerce.number().min(0.01).max(720).default(12),
    /** Minutes without a request after which a console session ends. */
    sessionIdleMinutes: z.coerce.number().min(0.1).max(1440).default(30),
    /**
     * Issuer URL of the organisation's OpenID Connect provider (discovered from
     * `<issuer>/.well-known/openid-configuration`): sign-in with the organisation's account.
     * Must be https; plain http only for localhost and 127.0.0.1, the test providers (openid-client
     * refuses other http issuers, and so should we: the ID token would travel in the clear).
     */
    oidcIssuer: z
      .string()
      .url()
      .refine(
        (url) => {
          const parsed = new URL(url);
          return parsed.protocol === 'https:' || ['localhost', '127.0.0.1'].includes(parsed.hostname);
        },
        { message: 'must be https (http only for localhost)' },
      )
      .optional(),
    /** Client id LionRock is registered under at the provider; required with `oidcIssuer`. */
    oidcClientId: z.string().min(1).optional(),
    /** Client secret, for a confidential client (client_secret_basic); public clients rely on PKCE alone. */
    oidcClientSecret: z.string().min(1).optional(),
    /** Redirect URL registered at the provider. Default: `<publicUrl>/auth/oidc/callback`. */
    oidcRedirectUrl: z.string().url().optional(),
    /** Label of the sign-in button. */
    oidcName: z.string().min(1).default('Sign in with your organisation / 以機構帳戶登入'),
    /** Scopes asked for, space-separated; `openid` and `email` are needed to find the user. */
    oidcScopes: z.string().min(1).default('openid email profile'),
  })
  .strict()
  .refine((config) => config.embeddingsUrl === undefined || config.embeddingsModel !== undefined, {
    message: 'is required when embeddingsUrl is set',
    path: ['embeddingsModel'],
  })
  .refine((config) => config.oidcIssuer === undefined || config.oidcClientId !== undefined, {
    message: 'is required when oidcIssuer is set',
    path: ['oidcClientId'],
  });

export type Config = z.infer<typeof configSchema>;

/** Environment variable for each setting. */
export const CONFIG_ENV = {
  port: 'PORT',
  host: 'HOST',
  dataDir: 'LIONROCK_DATA_DIR',
  databaseUrl: 'DATABASE_URL',
  adminKey: 'LIONROCK_ADMIN_KEY',
  logLevel: 'LOG_LEVEL',
  bodyLimit: 'LIONROCK_BODY_LIMIT',
  authFailureLimit: 'LIONROCK_AUTH_FAILURE_LIMIT',
  authFailureWindowSeconds: 'LIONROCK_AUTH_FAILURE_WINDOW_SECONDS',
  trustProxy: 'LIONROCK_TRUST_PROXY',
  shutdownGraceSeconds: 'LIONROCK_SHUTDOWN_GRACE_SECONDS',
  defaultKeyLifetimeDays: 'LIONROCK_DEFAULT_KEY_LIFETIME_DAYS',
  maxUploadBytes: 'LIONROCK_MAX_UPLOAD_BYTES',
  allowPrivateUrls: 'LIONROCK_ALLOW_PRIVATE_URLS',
  urlAllowHosts: 'LIONROCK_URL_ALLOW_HOSTS',
  runJobs: 'LIONROCK_RUN_JOBS',
  secretKey: 'LIONROCK_SECRET_KEY',
  handoffContactRetentionDays: 'LIONROCK_HANDOFF_CONTACT_RETENTION_DAYS',
  gatewayRetryBaseMs: 'LIONROCK_GATEWAY_RETRY_BASE_MS',
  gatewayRetryMaxDelayMs: 'LIONROCK_GATEWAY_RETRY_MAX_DELAY_MS',
  gatewayCircuitFailures: 'LIONROCK_GATEWAY_CIRCUIT_FAILURES',
  gatewayCircuitCooldownSeconds: 'LIONROCK_GATEWAY_CIRCUIT_COOLDOWN_SECONDS',
  embeddingsUrl: 'LIONROCK_EMBEDDINGS_URL',
  embeddingsModel: 'LIONROCK_EMBEDDINGS_MODEL',
  embeddingsApiKey: 'LIONROCK_EMBEDDINGS_API_KEY',
  embeddingsSimilarityFloor: 'LIONROCK_EMBEDDINGS_SIMILARITY_FLOOR',
  auditAnchorFile: 'LIONROCK_AUDIT_ANCHOR_FILE',
  auditAnchorKeyFile: 'LIONROCK_AUDIT_ANCHOR_KEY_FILE',
  auditAnchorIntervalSeconds: 'LIONROCK_AUDIT_ANCHOR_INTERVAL_SECONDS',
  auditAnchorWitnesses: 'LIONROCK_AUDIT_ANCHOR_WITNESSES',
  publicUrl: 'LIONROCK_PUBLIC_URL',
  sessionMaxHours: 'LIONROCK_SESSION_MAX_HOURS',
  sessionIdleMinutes: 'LIONROCK_SESSION_IDLE_MINUTES',
  oidcIssuer: 'LIONROCK_OIDC_ISSUER',
  oidcClientId: 'LIONROCK_OIDC_CLIENT_ID',
  oidcClientSecret: 'LIONROCK_OIDC_CLIENT_SECRET',
  oidcRedirectUrl: 'LIONROCK_OIDC_REDIRECT_URL',
  oidcName: 'LIONROCK_OIDC_NAME',
  oidcScopes: 'LIONROCK_OIDC_SCOPES',
} as const satisfies Record<keyof Config, string>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads, merges and validates the configuration; throws {@link ConfigError} naming every bad
 * setting and where it came from, so a misconfigured server never starts.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const file = env.LIONROCK_CONFIG ? resolve(cwd, env.LIONROCK_CONFIG) : resolve(cwd, 'lionrock.config.json');
  let fromFile: Record<string, unknown> = {};
  if (existsSync(file)) {
    try {
      fromFile = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new ConfigError(`Config file ${file} is not valid JSON: ${(error as Error).message}`);
    }
  } else if (env.LIONROCK_CONFIG) {
    throw new ConfigError(`Config file ${file} (LIONROCK_CONFIG) does not exist`);
  }
  const fromEnv: Record<string, string> = {};
  for (const [key, name] of Object.entries(CONFIG_ENV)) {
    const value = env[name];
    if (value !== undefined && value !== '') fromEnv[key] = value;
  }
  const parsed = configSchema.safeParse({ ...fromFile, ...fromEnv });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '');
      const source = key in fromEnv ? `env ${CONFIG_ENV[key as keyof Config]}` : `config file ${file}`;
      return `  ${key || '(root)'} (${source}): ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
