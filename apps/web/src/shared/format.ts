import dayjs from 'dayjs';

const number = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

export function formatNumber(value: number | null | undefined): string {
  return value == null ? '—' : number.format(value);
}

export function formatMoney(value: number | null | undefined): string {
  return value == null ? '—' : value.toFixed(2);
}

export function formatDateTime(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—';
}

/** A fresh key per form opening: a double click or a retry of the same submit creates one row. */
export function newIdempotencyKey(): string {
  // randomUUID exists only in secure contexts (https, localhost); plain-http deployments fall back.
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
