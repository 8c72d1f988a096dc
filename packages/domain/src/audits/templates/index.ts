import {
  AUDIT_DEPARTMENTS,
  type AuditDepartment,
  type AuditTemplateContent,
  type AuditTemplateSection,
} from '../types.js';
import { CLEANING_SECTIONS } from './cleaning.js';
import { CUSTOMER_SERVICE_SECTIONS } from './customer-service.js';
import { ENGINEERING_SECTIONS } from './engineering.js';
import { FIRE_SAFETY_SECTIONS } from './fire-safety.js';
import { LANDSCAPING_SECTIONS } from './landscaping.js';
import { SECURITY_SECTIONS } from './security.js';

/**
 * The default audit templates the product ships, one per department, written from the duties and
 * standards of the source documents (seeds 000–003). A company starts from these and edits its own.
 */
export interface DefaultAuditTemplate {
  name: string;
  nameEn: string;
  content: AuditTemplateContent;
}

export const DEFAULT_AUDIT_TEMPLATES: Record<AuditDepartment, DefaultAuditTemplate> = {
  CUSTOMER_SERVICE: {
    name: '客服服务检查标准',
    nameEn: 'Customer service audit',
    content: { sections: CUSTOMER_SERVICE_SECTIONS },
  },
  SECURITY: {
    name: '秩序维护检查标准',
    nameEn: 'Order and security audit',
    content: { sections: SECURITY_SECTIONS },
  },
  CLEANING: { name: '保洁服务检查标准', nameEn: 'Cleaning audit', content: { sections: CLEANING_SECTIONS } },
  ENGINEERING: {
    name: '工程维修检查标准',
    nameEn: 'Engineering and maintenance audit',
    content: { sections: ENGINEERING_SECTIONS },
  },
  LANDSCAPING: {
    name: '绿化养护检查标准',
    nameEn: 'Landscaping audit',
    content: { sections: LANDSCAPING_SECTIONS },
  },
  FIRE_SAFETY: {
    name: '消防安全检查标准',
    nameEn: 'Fire safety audit',
    content: { sections: FIRE_SAFETY_SECTIONS },
  },
};

const copySection = (section: AuditTemplateSection): AuditTemplateSection => ({
  ...section,
  items: section.items.map((item) => ({ ...item })),
});

/**
 * The default sections of the given departments (all six by default), in the order given, each
 * department once — a fresh copy, so a caller may edit it without touching the shipped defaults.
 */
export function defaultTemplateContent(
  departments: readonly AuditDepartment[] = AUDIT_DEPARTMENTS,
): AuditTemplateContent {
  const sections = [...new Set(departments)].flatMap((d) =>
    DEFAULT_AUDIT_TEMPLATES[d].content.sections.map(copySection),
  );
  return { sections };
}
