/**
 * The file routes beside GraphQL, as clients use them: `POST /files` before a mutation that takes
 * a file id (the import), `GET /files/:id` after one that answers a `FileRef` (templates, exports).
 */
import type { TestKit } from './kit.js';

export interface FileRefOf {
  id: string;
  name: string;
  contentType: string;
  size: number;
}

/** The file, or (4xx) `errors` with the refusal's code and details in `extensions`. */
type UploadAnswer = FileRefOf & { errors?: { message: string; extensions: Record<string, unknown> }[] };

const baseOf = (kit: TestKit) => kit.url.replace(/\/graphql$/, '');

/** Uploads `bytes` as field `file`; the status and the JSON answer (the file, or `errors`). */
export async function uploadFile(
  kit: TestKit,
  token: string | null,
  bytes: Uint8Array,
  name = 'upload.xlsx',
): Promise<{ status: number; body: UploadAnswer }> {
  const form = new FormData();
  form.append('file', new Blob([bytes]), name);
  const res = await fetch(`${baseOf(kit)}/files`, {
    method: 'POST',
    body: form,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: res.status, body: (await res.json()) as UploadAnswer };
}

/** Uploads and answers the new file's id; anything but 201 fails the test's setup. */
export async function uploaded(
  kit: TestKit,
  token: string,
  bytes: Uint8Array,
  name?: string,
): Promise<string> {
  const { status, body } = await uploadFile(kit, token, bytes, name);
  if (status !== 201) throw new Error(`upload failed: ${status} ${JSON.stringify(body)}`);
  return body.id;
}

/** `GET /files/:id` with the caller's token: the status, the bytes and the headers that matter. */
export async function downloadFile(
  kit: TestKit,
  token: string | null,
  id: string,
): Promise<{ status: number; bytes: Buffer; type: string | null; disposition: string | null }> {
  const res = await fetch(`${baseOf(kit)}/files/${id}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return {
    status: res.status,
    bytes: Buffer.from(await res.arrayBuffer()),
    type: res.headers.get('content-type'),
    disposition: res.headers.get('content-disposition'),
  };
}

/** The bytes of a file the caller may read; anything but 200 fails. */
export async function downloaded(kit: TestKit, token: string, id: string): Promise<Buffer> {
  const got = await downloadFile(kit, token, id);
  if (got.status !== 200) throw new Error(`download of ${id} failed: ${got.status} ${got.bytes}`);
  return got.bytes;
}
