import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Role } from '../../core/index.ts';
import { createdAt, updatedAt } from './columns.ts';

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
  /** Hours the department has to reply to a handoff case (its SLA), from opening or referral. */
  handoffSlaHours: integer('handoff_sla_hours').notNull().default(48),
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
