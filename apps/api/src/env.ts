import { z } from 'zod';

const csv = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  );

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** PostgreSQL in production; when absent the embedded PGlite database in DATA_DIR is used. */
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().min(1).default('./.data/pglite'),
  /** Origins allowed by CORS, comma-separated (e.g. `https://dashboard.example.org`). None by default. */
  CORS_ORIGINS: csv,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Largest accepted request body, in bytes. */
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(1024 * 1024),
  /** Requests per minute allowed to one API key (or one client address without a key). */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  /** Failed authentications (bad keys, wrong passwords) per minute allowed to one client address. */
  AUTH_FAILURES_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  /** Redis for the shared rate limit (optional; without it the limit is counted in PostgreSQL). */
  REDIS_URL: z.string().url().optional(),
  /** API processes to start (node:cluster); more than 1 needs DATABASE_URL (PGlite is one process's). */
  WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  /** Connections of each process's PostgreSQL pool. */
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** `secure` cookies need HTTPS; turn off only for local development over plain HTTP. */
  /**
   * The built dashboard served at `/` (default: `apps/dashboard/dist` beside the API's own `dist`). When the
   * folder is missing, `/` says how to build it.
   */
  DASHBOARD_DIR: z
    .string()
    .min(1)
    .refine((value) => !value.includes('\0'), 'must be a path')
    .optional(),
  /**
   * Demo data (synthetic establishments of the three countries, a few users per partner): `auto` loads it on
   * the first start of the embedded database only; `off` never. With DATABASE_URL it is loaded only by
   * `mbi demo load`.
   */
  DEMO_DATA: z.enum(['auto', 'off']).default('auto'),
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
});

export type Env = z.infer<typeof EnvSchema>;

/** Reads and validates the configuration from the environment, with one clear message per bad variable. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  if (result.data.WORKERS > 1 && result.data.DATABASE_URL === undefined) {
    throw new Error(
      'Invalid configuration:\n  WORKERS: several processes need PostgreSQL (DATABASE_URL); the embedded database belongs to one process.',
    );
  }
  return result.data;
}
