/**
 * Per-request batch loaders of the audit relations (auditors, answers, findings, versions, photos,
 * names, campaign counts): one query per relation whatever the page size. The parents were checked
 * (listed through accessibleWhere or asserted) before their relations are asked for.
 */
import type { GradeBand } from '@anju/domain';
import DataLoader from 'dataloader';
import { accessibleWhere } from '../../authz/accessible.js';
import { type Context, requireTenant } from '../../graphql/context.js';
import { tenantRead } from '../../lib/write.js';
import { userNames } from '../users/index.js';
import type { AuditAnswerRow, AuditTemplateVersionRow } from './audits.schema.js';
import * as store from './audits.store.js';

type FileRefRow = { id: string; name: string; contentType: string; size: number };

export function auditLoaders(ctx: Context) {
  const read = <T>(fn: Parameters<typeof tenantRead<T>>[1]) => tenantRead(ctx, fn);
  let bands: Promise<GradeBand[] | null> | undefined;
  return {
    auditors: new DataLoader<string, string[]>(async (ids) => {
      const map = await read((tx, c) => store.auditorsOf(tx, c.companyId, ids));
      return ids.map((id) => map.get(id) ?? []);
    }),
    answers: new DataLoader<string, AuditAnswerRow[]>(async (ids) => {
      const rows = await read((tx, c) => store.answersOf(tx, c.companyId, ids));
      return ids.map((id) => rows.filter((r) => r.auditId === id));
    }),
    findings: new DataLoader<string, { count: number; withdrawn: string[] }>(async (ids) => {
      const map = await read((tx, c) => store.findingsSummary(tx, c.companyId, ids));
      return ids.map((id) => map.get(id) ?? { count: 0, withdrawn: [] });
    }),
    /** Published versions never change: read once through the caller's transaction, then kept. */
    templateVersion: new DataLoader<string, AuditTemplateVersionRow | null>(async (ids) => {
      const byId = await store.templateVersionsCached(requireTenant(ctx).companyId, ids, (missing) =>
        read((tx, c) => store.findTemplateVersions(tx, c.companyId, missing)),
      );
      return ids.map((id) => byId.get(id) ?? null);
    }),
    file: new DataLoader<string, FileRefRow | null>(async (ids) => {
      const map = await read((tx, c) => store.fileRefs(tx, c.companyId, ids));
      return ids.map((id) => map.get(id) ?? null);
    }),
    userName: new DataLoader<string, string | null>(async (ids) => {
      const map = await read((tx, c) => userNames(tx, c.companyId, ids));
      return ids.map((id) => map.get(id) ?? null);
    }),
    /** Counts over the audits the caller may read (a secret audit is not counted for the estate). */
    campaignCounts: new DataLoader<string, store.CampaignCounts>(async (ids) => {
      const map = await read((tx, c) =>
        store.campaignCounts(
          tx,
          c.companyId,
          ids,
          accessibleWhere(c.ability, 'read', 'Audit', store.auditColumns),
        ),
      );
      return ids.map((id) => map.get(id)!);
    }),
    gradeBands(): Promise<GradeBand[] | null> {
      bands ??= read((tx, c) => store.gradeBandsOf(tx, c.companyId));
      return bands;
    },
  };
}
export type AuditLoaders = ReturnType<typeof auditLoaders>;
