import busboy from 'busboy';
import express, { type Request, type Response } from 'express';
import type { Authenticated } from '../auth/session-cache.js';
import { bearerToken } from '../auth/tokens.js';
import type { AppServices } from '../lib/services.js';
import {
  ACCEPTED,
  type AcceptedType,
  MAX_UPLOAD_BYTES,
  preparePhoto,
  SNIFF_BYTES,
  type Sniffed,
  sniff,
} from './files.content.js';
import {
  contentKey,
  type FileCaller,
  type FileInfo,
  readableFile,
  storeUpload,
  thumbnailKey,
} from './files.service.js';
import type { FileStorage } from './files.storage.js';

export interface FilesRouteOptions {
  services: AppServices;
  storage: FileStorage;
  authenticate: (token: string) => Promise<Authenticated | null>;
}

export function sendError(
  res: Response,
  status: number,
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
) {
  if (res.headersSent) return;
  res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });
}

const notFound = (res: Response) => sendError(res, 404, 'NOT_FOUND', '文件不存在');

/** The signed-in company user, or null after answering 401/403. */
async function callerOf(req: Request, res: Response, options: FilesRouteOptions): Promise<FileCaller | null> {
  const token = bearerToken(req.headers.authorization);
  const auth = token ? await options.authenticate(token) : null;
  if (!auth) {
    sendError(res, 401, 'UNAUTHENTICATED', '请先登录');
    return null;
  }
  const companyId = auth.session.companyId;
  if (!companyId) {
    sendError(res, 403, 'FORBIDDEN', '当前账户不属于任何公司');
    return null;
  }
  return { companyId, userId: auth.session.userId, auth };
}

const fileName = (raw: string | undefined) => {
  const name = (raw ?? '')
    .replace(/[\p{Cc}/\\]/gu, '')
    .trim()
    .slice(0, 255);
  return name || 'file';
};

/** `POST /files` and `GET /files/:id[/thumbnail]`, beside `/graphql`. */
export function filesRouter(options: FilesRouteOptions): express.Router {
  const { services, storage } = options;
  const router = express.Router();

  router.post('/', async (req, res, next) => {
    try {
      const caller = await callerOf(req, res, options);
      if (!caller) return;
      receiveUpload(req, res, next, {
        store: (upload) =>
          storeUpload(services.database, storage, caller, { ...upload, now: services.clock() }),
      });
    } catch (error) {
      next(error);
    }
  });

  const serve =
    (which: 'content' | 'thumbnail') => async (req: Request, res: Response, next: express.NextFunction) => {
      try {
        const caller = await callerOf(req, res, options);
        if (!caller) return;
        const id = String(req.params.id);
        const row = await readableFile(services.database, caller, id, services.clock());
        if (!row || (which === 'thumbnail' && !row.hasThumbnail)) return notFound(res);
        const bytes = await storage.get(
          caller.companyId,
          which === 'content' ? contentKey(row.id) : thumbnailKey(row.id),
        );
        if (!bytes) return notFound(res);
        res.setHeader('content-type', which === 'content' ? row.contentType : 'image/webp');
        res.setHeader('content-length', String(bytes.length));
        res.setHeader('x-content-type-options', 'nosniff');
        res.setHeader('cache-control', 'private, max-age=3600');
        res.setHeader('content-security-policy', "default-src 'none'; sandbox");
        res.setHeader(
          'content-disposition',
          `${ACCEPTED[row.contentType as keyof typeof ACCEPTED]?.photo ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(row.name)}`,
        );
        res.end(bytes);
      } catch (error) {
        next(error);
      }
    };
  router.get('/:id', serve('content'));
  router.get('/:id/thumbnail', serve('thumbnail'));
  return router;
}

export interface ReceiveOptions {
  /** Keeps the checked upload (its bytes, type, thumbnail) and answers what the client gets. */
  store: (upload: {
    name: string;
    type: AcceptedType;
    content: Buffer;
    thumbnail: Buffer | null;
  }) => Promise<FileInfo>;
  /** Only photos (JPEG, PNG, WebP) are taken: the residents' public repair page. */
  photosOnly?: boolean;
}

/**
 * Reads one multipart upload (field `file`) of a request already admitted: the type is decided by
 * the bytes (file-type), never by the name or the claimed type; each type has its size limit;
 * photos are re-encoded without metadata with a thumbnail. Answers 201 with the stored file, or
 * 400 / 413 FILE_TOO_LARGE / 415 UNSUPPORTED_FILE_TYPE with a machine-readable code.
 */
export function receiveUpload(
  req: Request,
  res: Response,
  next: express.NextFunction,
  options: ReceiveOptions,
): void {
  const allowed = (type: AcceptedType) => !options.photosOnly || ACCEPTED[type].photo;
  const acceptedTypes = (Object.keys(ACCEPTED) as AcceptedType[]).filter(allowed);
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      // Browsers send UTF-8 file names without RFC 5987 encoding (Chinese names).
      defParamCharset: 'utf8',
      limits: { files: 1, fields: 10, parts: 20, fileSize: MAX_UPLOAD_BYTES + 1 },
    });
  } catch {
    sendError(res, 400, 'BAD_USER_INPUT', '请以 multipart/form-data 上传，文件字段名为 file');
    return;
  }
  // A refusal answers at once and stops keeping bytes; the rest of the body is discarded.
  let refused = false;
  const refuse = (status: number, code: string, message: string, extra: Record<string, unknown> = {}) => {
    if (refused) return;
    refused = true;
    res.setHeader('connection', 'close');
    sendError(res, status, code, message, extra);
    req.unpipe(parser);
    req.resume();
  };
  const unsupported = (detected: string | undefined) =>
    refuse(
      415,
      'UNSUPPORTED_FILE_TYPE',
      options.photosOnly
        ? '只接受 JPEG、PNG、WebP 照片'
        : '只接受 JPEG、PNG、WebP 照片，Excel（.xlsx）和 PDF 文件',
      { detected: detected ?? null, accepted: acceptedTypes },
    );
  let upload: Promise<void> | undefined;
  parser.on('file', (field, stream, info) => {
    if (field !== 'file' || upload || refused) {
      stream.resume();
      return;
    }
    upload = (async () => {
      const chunks: Buffer[] = [];
      let size = 0;
      let sniffed: Sniffed | undefined;
      const tooLarge = (maxBytes: number) =>
        refuse(413, 'FILE_TOO_LARGE', `文件超过 ${maxBytes / 1024 / 1024} MB 的上限`, { maxBytes });
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        if (refused) continue;
        chunks.push(chunk);
        size += chunk.length;
        if (size > MAX_UPLOAD_BYTES) return tooLarge(MAX_UPLOAD_BYTES);
        if (!sniffed && size >= SNIFF_BYTES) {
          sniffed = await sniff(Buffer.concat(chunks), false);
          if (sniffed.kind === 'refused') return unsupported(sniffed.detected);
          if (sniffed.kind === 'zip' && options.photosOnly) return unsupported('application/zip');
          if (sniffed.kind === 'accepted' && !allowed(sniffed.type)) return unsupported(sniffed.type);
        }
        if (sniffed && sniffed.kind !== 'refused' && size > sniffed.maxBytes)
          return tooLarge(sniffed.maxBytes);
      }
      if (refused) return;
      const bytes = Buffer.concat(chunks);
      const final = await sniff(bytes, true);
      if (final.kind !== 'accepted')
        return unsupported(final.kind === 'refused' ? final.detected : undefined);
      if (!allowed(final.type)) return unsupported(final.type);
      if (bytes.length > final.maxBytes) return tooLarge(final.maxBytes);
      let content: Buffer = bytes;
      let thumbnail: Buffer | null = null;
      if (ACCEPTED[final.type].photo) {
        try {
          ({ content, thumbnail } = await preparePhoto(bytes, final.type));
        } catch {
          return unsupported(final.type);
        }
      }
      const stored = await options.store({
        name: fileName(info.filename),
        type: final.type,
        content,
        thumbnail,
      });
      res.status(201).json(stored);
    })();
  });
  parser.on('error', () => refuse(400, 'BAD_USER_INPUT', '上传内容无效'));
  parser.on('close', () => {
    void (async () => {
      try {
        if (upload) await upload;
        else
          refuse(400, 'BAD_USER_INPUT', '缺少文件字段 file', {
            fields: [{ path: ['file'], reason: 'REQUIRED' }],
          });
      } catch (error) {
        if (!res.headersSent) next(error);
      }
    })();
  });
  req.pipe(parser);
}
