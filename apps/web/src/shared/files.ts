import { ERROR_CODES } from '@anju/domain';
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { tokenStore } from '../app/token';

/**
 * Files travel beside GraphQL, never inside it: `POST /files` uploads one (a mutation then names
 * it by id), and a mutation that makes a file (a template, an export) answers its `FileRef`, whose
 * bytes come from `GET /files/:id`. Both carry the session's bearer token, as GraphQL requests do;
 * the same origin serves them (the dev server, preview and ingress proxy /files to the API).
 */
export interface FileRef {
  id: string;
  name: string;
  contentType: string;
  size: number;
}

/** A refusal of /files: the HTTP status and the API's code (`FILE_TOO_LARGE`, `NOT_FOUND`…). */
export class FileRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(`${code} (${status})`);
    this.name = 'FileRequestError';
  }
}

function authorization(): Record<string, string> {
  const token = tokenStore.get();
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** The API answers refusals as GraphQL-shaped JSON: `{ errors: [{ extensions: { code } }] }`. */
async function refusalOf(res: Response): Promise<FileRequestError> {
  const body = (await res.json().catch(() => null)) as {
    errors?: { extensions?: Record<string, unknown> }[];
  } | null;
  const extensions = body?.errors?.[0]?.extensions ?? {};
  const code = typeof extensions.code === 'string' ? extensions.code : 'UNKNOWN';
  return new FileRequestError(res.status, code, extensions);
}

async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { ...init, headers: { ...authorization(), ...init.headers } });
  } catch {
    throw new FileRequestError(0, 'NETWORK');
  }
}

/** Uploads a chosen file (field `file`); the API checks its bytes and size and answers its id. */
export async function uploadFile(file: Blob, name: string): Promise<FileRef> {
  const form = new FormData();
  form.append('file', file, name);
  const res = await send('/files', { method: 'POST', body: form });
  if (res.status !== 201) throw await refusalOf(res);
  return (await res.json()) as FileRef;
}

/** Saves bytes under a name: object URL → a clicked link, then the URL is released. */
export function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Fetches a file the API made for the caller and saves it under its name. */
export async function downloadFile(file: FileRef): Promise<void> {
  const res = await send(`/files/${encodeURIComponent(file.id)}`, { method: 'GET' });
  if (!res.ok) throw await refusalOf(res);
  saveBlob(await res.blob(), file.name);
}

const KNOWN_CODES: ReadonlySet<string> = new Set<string>([...ERROR_CODES, 'NETWORK']);

/** A /files refusal (or anything thrown around one) as a sentence in the current language. */
export function fileErrorText(t: TFunction, error: unknown): string {
  if (!(error instanceof FileRequestError)) return t('errors.UNKNOWN');
  if (error.code === 'FILE_TOO_LARGE') {
    const max = error.extensions.maxBytes;
    return t('errors.files.FILE_TOO_LARGE', {
      mb: typeof max === 'number' ? Math.round(max / 1024 / 1024) : '?',
    });
  }
  if (error.code === 'UNSUPPORTED_FILE_TYPE') return t('errors.files.UNSUPPORTED_FILE_TYPE');
  if (KNOWN_CODES.has(error.code)) return t(`errors.${error.code}` as 'errors.UNKNOWN');
  return t('errors.UNKNOWN');
}

export function useFileErrorText() {
  const { t } = useTranslation();
  return useCallback((error: unknown) => fileErrorText(t, error), [t]);
}
