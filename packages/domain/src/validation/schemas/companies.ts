import { z } from 'zod';
import { code, email, name, password } from '../primitives.js';

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
