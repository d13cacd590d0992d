import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './access.ts';

/**
 * Browser sessions of the web console (issue 15). Only the SHA-256 of the session token is stored:
 * the token itself lives in the browser's `lr_session` cookie, so a copy of the database signs no
 * one in. A session ends on sign-out (the row is deleted), after `sessionIdleMinutes` without a
 * request, or at `expiresAt` (`sessionMaxHours` after sign-in), whichever comes first.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey(),
    tokenHash: text('token_hash').notNull().unique(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** Sent back in `x-csrf-token` with every state change the cookie authenticates. */
    csrfToken: text('csrf_token').notNull(),
    /** How the person signed in. */
    method: text('method', { enum: ['api_key', 'oidc'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    /** Absolute end, however active the session is. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * Which LionRock user an identity provider's subject is: stored on the first sign-in that matched
 * the user by verified e-mail, so a later change of e-mail at the provider still finds the user.
 */
export const oidcIdentities = pgTable(
  'oidc_identities',
  {
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.issuer, t.subject] }), index('oidc_identities_user_idx').on(t.userId)],
);
