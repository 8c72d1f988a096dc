import { FIGURE_REMINDER_DAY_DEFAULT, type GradeBand } from '@anju/domain';
import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** The tenant itself. Its RLS policy matches `id` (not `company_id`) against the current company. */
export const companies = pgTable(
  'companies',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    timeZone: text('time_zone').notNull().default('Asia/Shanghai'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    /** Set by the platform admin: nobody of the company signs in or keeps a session meanwhile. */
    suspendedAt: timestamp('suspended_at', { withTimezone: true }),
    /**
     * The day of the month (1–28) by which estates must have submitted the previous month's
     * figures; estates that have not are reminded that day. Null: no reminders.
     */
    figureReminderDay: integer('figure_reminder_day').default(FIGURE_REMINDER_DAY_DEFAULT),
    /** The company's audit grade bands, best first (null: the default 优/良/合格/不合格). */
    auditGradeBands: jsonb('audit_grade_bands').$type<GradeBand[]>(),
  },
  (t) => [
    uniqueIndex('companies_slug_key').on(t.slug),
    // FIGURE_REMINDER_DAY_MAX: every month has the day.
    check('companies_figure_reminder_day_check', sql`${t.figureReminderDay} between 1 and 28`),
  ],
);
export type CompanyRow = typeof companies.$inferSelect;
