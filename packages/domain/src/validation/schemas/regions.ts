import { z } from 'zod';
import { code, id, idempotencyKey, name } from '../primitives.js';

export const REGION_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/;

export const regionName = name({ max: 30, label: '区域名称' });
export const regionCode = code({
  pattern: REGION_CODE_PATTERN,
  max: 32,
  label: '区域编号',
  message: '区域编号只能包含字母、数字、- 和 _',
});

export const createRegionInput = z.object({
  name: regionName,
  code: regionCode,
  idempotencyKey: idempotencyKey().nullish(),
});

/** null or absent leaves a field unchanged. */
export const updateRegionInput = z.object({
  id: id(),
  name: regionName.nullish(),
  code: regionCode.nullish(),
});
