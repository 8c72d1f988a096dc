import { z } from 'zod';
import { code, email, name, password, wholeNumber } from '../primitives.js';

export const COMPANY_SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{1,39}$/;

export const createCompanyInput = z.object({
  name: name({ max: 60, label: '公司名称' }),
  slug: code({
    pattern: COMPANY_SLUG_PATTERN,
    max: 40,
    label: '公司标识',
    message: '公司标识只能包含小写字母、数字和 -',
    trim: false,
  }),
  admin: z.object({
    email: email(),
    name: name({ max: 40, label: '管理员姓名' }),
    password: password(),
  }),
});

/** Days 1–28 exist in every month: a reminder day never falls into a month that lacks it. */
export const FIGURE_REMINDER_DAY_MAX = 28;
/** The day a company starts with: estates report last month's figures by the 5th. */
export const FIGURE_REMINDER_DAY_DEFAULT = 5;

/** The day of the month by which estates must have submitted the previous month's figures. */
export const figureReminderDay = wholeNumber({ min: 1, max: FIGURE_REMINDER_DAY_MAX, label: '提醒日' });

/** A company admin's settings of their company; absent leaves a setting, null turns it off. */
export const updateCompanySettingsInput = z.object({
  figureReminderDay: figureReminderDay.nullish(),
});
