import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';

/** What may be uploaded, decided by the bytes: the type file-type finds and its size limit. */
export const ACCEPTED = {
  'image/jpeg': { maxBytes: 10 * 1024 * 1024, photo: true },
  'image/png': { maxBytes: 10 * 1024 * 1024, photo: true },
  'image/webp': { maxBytes: 10 * 1024 * 1024, photo: true },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    maxBytes: 5 * 1024 * 1024,
    photo: false,
  },
  'application/pdf': { maxBytes: 20 * 1024 * 1024, photo: false },
} as const;
export type AcceptedType = keyof typeof ACCEPTED;

/** The largest accepted file: no upload is read past this, whatever it turns out to be. */
export const MAX_UPLOAD_BYTES = Math.max(...Object.values(ACCEPTED).map((a) => a.maxBytes));
/** Enough bytes to recognise every accepted type (their signatures are at the start). */
export const SNIFF_BYTES = 4100;

export type Sniffed =
  | { kind: 'accepted'; type: AcceptedType; maxBytes: number }
  /** A ZIP whose first bytes do not tell yet whether it is a workbook: decided at the end. */
  | { kind: 'zip'; maxBytes: number }
  | { kind: 'refused'; detected: string | undefined };

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Recognises the content from its bytes (the beginning while streaming, the whole at the end). */
export async function sniff(bytes: Uint8Array, complete: boolean): Promise<Sniffed> {
  const found = await fileTypeFromBuffer(bytes);
  const mime = found?.mime;
  if (mime && mime in ACCEPTED) {
    const type = mime as AcceptedType;
    return { kind: 'accepted', type, maxBytes: ACCEPTED[type].maxBytes };
  }
  if (mime === 'application/zip' && !complete) return { kind: 'zip', maxBytes: ACCEPTED[XLSX].maxBytes };
  return { kind: 'refused', detected: mime };
}

export const THUMBNAIL_SIZE = 640;

/**
 * A photo as served: turned upright by its EXIF orientation and re-encoded in its own format
 * without metadata (no location, camera or time), and a phone-sized WebP thumbnail.
 * Throws when the bytes are not a decodable image.
 */
export async function preparePhoto(
  bytes: Buffer,
  type: AcceptedType,
): Promise<{ content: Buffer; thumbnail: Buffer }> {
  const upright = () => sharp(bytes, { failOn: 'error' }).rotate();
  const content =
    type === 'image/jpeg'
      ? await upright().jpeg({ quality: 90 }).toBuffer()
      : type === 'image/png'
        ? await upright().png().toBuffer()
        : await upright().webp({ quality: 90 }).toBuffer();
  const thumbnail = await upright()
    .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 80 })
    .toBuffer();
  return { content, thumbnail };
}
