/**
 * `POST /public/repair-reports/{token}/photos`: a resident's photo for a report, without signing
 * in. Rate-limited per address (repairPhoto), the estate link must be valid, only photos (JPEG,
 * PNG, WebP, decided by the bytes), 10 MB each, re-encoded without metadata. The file is kept as
 * an upload of the estate's public page (uploaded_by = the estate), which only that estate's
 * report can attach; unattached, it expires after a day like any upload. Nobody reads it back
 * through this route: once attached, whoever may read the work order sees it.
 */
import express from 'express';
import type { FileStorage } from '../../files/index.js';
import { receiveUpload, sendError, storeUpload } from '../../files/index.js';
import type { AppServices } from '../../lib/services.js';
import { resolveEstateToken } from './repair-reports.service.js';

export function publicRepairRouter(services: AppServices, storage: FileStorage): express.Router {
  const router = express.Router();
  router.post('/repair-reports/:token/photos', async (req, res, next) => {
    try {
      const wait = await services.rateLimits.check('repairPhoto', req.ip);
      if (wait !== null) {
        res.setHeader('retry-after', String(wait));
        return sendError(res, 429, 'TOO_MANY_REQUESTS', '上传过于频繁，请稍后再试', { retryAfter: wait });
      }
      let found: { companyId: string; estateId: string };
      try {
        found = await resolveEstateToken(services.database, req.params.token);
      } catch {
        res.setHeader('connection', 'close');
        req.resume();
        return sendError(res, 404, 'NOT_FOUND', '报修链接不存在');
      }
      receiveUpload(req, res, next, {
        photosOnly: true,
        store: (upload) =>
          storeUpload(
            services.database,
            storage,
            { companyId: found.companyId, userId: found.estateId },
            {
              ...upload,
              now: services.clock(),
            },
          ),
      });
    } catch (error) {
      next(error);
    }
  });
  return router;
}
