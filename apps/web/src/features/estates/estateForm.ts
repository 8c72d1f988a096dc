import type { EstateFields, EstateStatus, EstateType } from '@anju/domain';
import dayjs, { type Dayjs } from 'dayjs';
import type { EstateFieldsFragment } from '../../gql/graphql';

export type EstateRow = EstateFieldsFragment;

/** Form state, named after the GraphQL input so server field paths map 1:1 onto Form.Items. */
export interface EstateFormValues {
  name?: string;
  code?: string;
  regionId?: string | null;
  address?: string | null;
  type?: EstateType;
  status?: EstateStatus;
  grossFloorArea?: number | null;
  households?: number | null;
  buildings?: number | null;
  contractStart?: Dayjs | null;
  contractEnd?: Dayjs | null;
  feeRate?: number | null;
}

export const ESTATE_FORM_FIELDS = [
  'name',
  'code',
  'regionId',
  'address',
  'type',
  'status',
  'grossFloorArea',
  'households',
  'buildings',
  'contractStart',
  'contractEnd',
  'feeRate',
] as const;

export function toFormValues(row: EstateRow | null): EstateFormValues {
  if (!row) return { type: 'RESIDENTIAL', status: 'MANAGED' };
  return {
    name: row.name,
    code: row.code,
    regionId: row.regionId ?? null,
    address: row.address ?? null,
    type: row.type,
    status: row.status,
    grossFloorArea: row.grossFloorArea ?? null,
    households: row.households,
    buildings: row.buildings,
    contractStart: row.contractStart ? dayjs(row.contractStart) : null,
    contractEnd: row.contractEnd ? dayjs(row.contractEnd) : null,
    feeRate: row.feeRate ?? null,
  };
}

const text = (v: string | null | undefined) => {
  const trimmed = v?.trim();
  return trimmed ? trimmed : null;
};
const num = (v: number | null | undefined) => (v == null ? null : v);
const date = (v: Dayjs | null | undefined) => (v ? v.format('YYYY-MM-DD') : null);

/** Form values → estate fields (the shape validateEstateFields and the API both take). */
export function toEstateFields(values: EstateFormValues): EstateFields {
  return {
    name: values.name?.trim() ?? '',
    code: values.code?.trim() ?? '',
    regionId: values.regionId ?? null,
    address: text(values.address),
    type: values.type ?? null,
    status: values.status ?? null,
    grossFloorArea: num(values.grossFloorArea),
    households: num(values.households),
    buildings: num(values.buildings),
    contractStart: date(values.contractStart),
    contractEnd: date(values.contractEnd),
    feeRate: num(values.feeRate),
  };
}
