/**
 * Departments (部门): those of an estate's service centre (物业服务中心) and those of the company
 * headquarters. Seed 000 (the 16-person staffing table) names the service-centre ones; DOMAIN.md
 * ("Team") names the HQ ones. The codes shared with quality audits are the same strings as
 * AUDIT_DEPARTMENTS, so an audit section and a team department line up without a mapping table.
 */
import type { AuditDepartment } from '../audits/types.js';

/** Departments of an estate's service centre; MANAGEMENT is the estate manager's office. */
export const SERVICE_CENTRE_DEPARTMENTS = [
  'MANAGEMENT',
  'CUSTOMER_SERVICE',
  'SECURITY',
  'CLEANING',
  'ENGINEERING',
  'LANDSCAPING',
] as const;
export type ServiceCentreDepartment = (typeof SERVICE_CENTRE_DEPARTMENTS)[number];

/** Company-level departments at headquarters (财务部, 品质部, 技术部). */
export const HQ_DEPARTMENTS = ['FINANCE', 'QUALITY', 'TECHNICAL'] as const;
export type HqDepartment = (typeof HQ_DEPARTMENTS)[number];

export const DEPARTMENT_CODES = [...SERVICE_CENTRE_DEPARTMENTS, ...HQ_DEPARTMENTS] as const;
export type DepartmentCode = (typeof DEPARTMENT_CODES)[number];

/** Where a department sits: in each estate's service centre, or once at headquarters. */
export type DepartmentLevel = 'ESTATE' | 'HQ';

export interface Department {
  code: DepartmentCode;
  level: DepartmentLevel;
  /** Chinese name as the seeds write it. */
  zh: string;
  en: string;
}

export const DEPARTMENTS: Readonly<Record<DepartmentCode, Department>> = {
  MANAGEMENT: { code: 'MANAGEMENT', level: 'ESTATE', zh: '项目管理', en: 'Management' },
  CUSTOMER_SERVICE: {
    code: 'CUSTOMER_SERVICE',
    level: 'ESTATE',
    zh: '客服部',
    en: 'Customer service',
  },
  SECURITY: { code: 'SECURITY', level: 'ESTATE', zh: '秩序维护部', en: 'Order & security' },
  CLEANING: { code: 'CLEANING', level: 'ESTATE', zh: '保洁部', en: 'Cleaning' },
  ENGINEERING: { code: 'ENGINEERING', level: 'ESTATE', zh: '工程部', en: 'Engineering' },
  LANDSCAPING: { code: 'LANDSCAPING', level: 'ESTATE', zh: '绿化部', en: 'Landscaping' },
  FINANCE: { code: 'FINANCE', level: 'HQ', zh: '财务部', en: 'Finance' },
  QUALITY: { code: 'QUALITY', level: 'HQ', zh: '品质部', en: 'Quality' },
  TECHNICAL: { code: 'TECHNICAL', level: 'HQ', zh: '技术部', en: 'Technical' },
};

export function isDepartmentCode(value: string): value is DepartmentCode {
  return (DEPARTMENT_CODES as readonly string[]).includes(value);
}

export function isServiceCentreDepartment(value: string): value is ServiceCentreDepartment {
  return (SERVICE_CENTRE_DEPARTMENTS as readonly string[]).includes(value);
}

/**
 * The service-centre department an audit section's department belongs to. Five codes are the
 * same; FIRE_SAFETY has no department of its own: seed 000 (四、秩序维护负责人职能与职责 1) gives
 * the supervision of fire facilities to the order & security department.
 */
export const DEPARTMENT_OF_AUDIT_DEPARTMENT: Readonly<Record<AuditDepartment, ServiceCentreDepartment>> = {
  CUSTOMER_SERVICE: 'CUSTOMER_SERVICE',
  SECURITY: 'SECURITY',
  CLEANING: 'CLEANING',
  ENGINEERING: 'ENGINEERING',
  LANDSCAPING: 'LANDSCAPING',
  FIRE_SAFETY: 'SECURITY',
};
