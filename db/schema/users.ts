import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { roleEnum, userTokenKindEnum } from "./enums";
import { media } from "./media";

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    // Null until an invited person chooses a password.
    passwordHash: text("password_hash"),
    role: roleEnum("role").notNull().default("reporter"),
    active: boolean("active").notNull().default(true),
    bio: text("bio").notNull().default(""),
    slug: text("slug").notNull(),
    photoMediaId: uuid("photo_media_id").references((): AnyPgColumn => media.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Emails are compared ignoring case: "Sok@x.org" and "sok@x.org" are one person.
    uniqueIndex("users_email_lower_key").on(sql`lower(${t.email})`),
    uniqueIndex("users_slug_key").on(t.slug),
    index("users_role_active_idx").on(t.role, t.active),
  ],
);

// Every sign-in attempt, so the rate limit holds across server processes and restarts.
export const signinAttempts = pgTable(
  "signin_attempts",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    succeeded: boolean("succeeded").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("signin_attempts_email_idx").on(t.email, t.createdAt),
    index("signin_attempts_ip_idx").on(t.ip, t.createdAt),
  ],
);

// Invitation and password-reset links; only a hash of the token is stored.
export const userTokens = pgTable(
  "user_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: userTokenKindEnum("kind").notNull(),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("user_tokens_hash_key").on(t.tokenHash), index("user_tokens_user_idx").on(t.userId)],
);
