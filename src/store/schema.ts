import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Role } from '../core/index.ts';

/**
 * The one LionRock schema. Changes go through `npm run db:generate`, which writes a versioned
 * SQL migration into `drizzle/`; never edit an applied migration.
 */

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/** A department is a tenant: every other object belongs to exactly one. */
export const departments = pgTable('departments', {
  id: uuid('id').primaryKey(),
  /** Short stable slug, e.g. `fehd`, used in URLs and the CLI. */
  code: text('code').notNull().unique(),
  nameEn: text('name_en').notNull(),
  nameZh: text('name_zh').notNull(),
  status: text('status', { enum: ['active', 'archived'] })
    .notNull()
    .default('active'),
  /** Web origins allowed to call the API with this department's keys (CORS). */
  corsOrigins: jsonb('cors_origins').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** A person or machine account (role `service`) acting inside one department. */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    displayName: text('display_name').notNull(),
    email: text('email'),
    roles: jsonb('roles').$type<Role[]>().notNull(),
    status: text('status', { enum: ['active', 'disabled'] })
      .notNull()
      .default('active'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('users_department_idx').on(t.departmentId), uniqueIndex('users_email_idx').on(t.email)],
);

/** API keys: only the SHA-256 of the key is stored; the key itself is shown once. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('api_keys_user_idx').on(t.userId), index('api_keys_department_idx').on(t.departmentId)],
);

/**
 * The append-only, hash-chained audit trail. `hash` = SHA-256 over the entry's canonical JSON
 * including `prevHash`; a database trigger refuses UPDATE and DELETE (migration 0001).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: text('actor_id').notNull(),
    actorRole: text('actor_role').notNull(),
    departmentId: uuid('department_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_department_seq_idx').on(t.departmentId, t.seq),
    index('audit_entity_idx').on(t.entityType, t.entityId),
  ],
);

/**
 * The chain's head in one row. Appenders lock it (`FOR UPDATE`), which serialises concurrent
 * writers across every API node and lets `audit verify` detect deletion of the last entries.
 */
export const auditHead = pgTable('audit_head', {
  id: integer('id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});

/** Every table, parents before children: the order backup writes and restore reads. */
export const ALL_TABLES = { departments, users, apiKeys, auditLog, auditHead } as const;

/** Guard (issue #4): domains blocked outright by the URL check, imported one per line. */
export const guardBlocklist = pgTable('guard_blocklist', {
  domain: text('domain').primaryKey(),
  /** Where the entry came from, e.g. the imported file's name. */
  source: text('source').notNull(),
  addedBy: text('added_by').notNull(),
  createdAt: createdAt(),
});

/**
 * Guard policies: one per department (`botId` = '') and optionally one per bot overriding it.
 * `policy` is validated by the guard's zod schema on the way in.
 */
export const guardPolicies = pgTable(
  'guard_policies',
  {
    id: uuid('id').primaryKey(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    botId: text('bot_id').notNull().default(''),
    policy: jsonb('policy').notNull(),
    updatedBy: text('updated_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('guard_policies_scope_idx').on(t.departmentId, t.botId)],
);
