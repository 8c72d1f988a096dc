export const ESTATE_TYPES = ['RESIDENTIAL', 'COMMERCIAL', 'OFFICE', 'PUBLIC'] as const;
export type EstateType = (typeof ESTATE_TYPES)[number];
export const ESTATE_TYPE_LABELS: Record<EstateType, { zh: string; en: string }> = {
  RESIDENTIAL: { zh: '住宅', en: 'Residential' },
  COMMERCIAL: { zh: '商业', en: 'Commercial' },
  OFFICE: { zh: '写字楼', en: 'Office' },
  PUBLIC: { zh: '公建', en: 'Public building' },
};

export const ESTATE_STATUSES = ['PREPARING', 'MANAGED', 'EXITED'] as const;
export type EstateStatus = (typeof ESTATE_STATUSES)[number];
export const ESTATE_STATUS_LABELS: Record<EstateStatus, { zh: string; en: string }> = {
  PREPARING: { zh: '筹备', en: 'Preparing' },
  MANAGED: { zh: '在管', en: 'Managed' },
  EXITED: { zh: '撤场', en: 'Exited' },
};

/** Estate fields as edited in a form or sent to `createEstate`/`updateEstate`. */
export interface EstateFields {
  name?: string | null;
  code?: string | null;
  regionId?: string | null;
  address?: string | null;
  type?: EstateType | null;
  grossFloorArea?: number | null;
  households?: number | null;
  buildings?: number | null;
  contractStart?: string | null;
  contractEnd?: string | null;
  feeRate?: number | null;
  status?: EstateStatus | null;
}

// The rules of these fields (`validateEstateFields`, `estateFields`) are in validation/schemas/estates.ts.
