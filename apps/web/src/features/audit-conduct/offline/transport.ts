import type { Client, CombinedError } from 'urql';
import type { AuditAnswerFieldsFragment } from '../../../gql/graphql';
import { FileRequestError, uploadFile } from '../../../shared/files';
import { SaveAuditItemMutation } from '../auditConduct.graphql';
import type { ServerAnswer } from './queue';
import { type SaveItemInput, SyncError, type SyncTransport } from './syncEngine';

/** Codes after which the same request may well succeed later: try again, never give up the answer. */
const TRANSIENT = new Set(['INTERNAL_SERVER_ERROR', 'TOO_MANY_REQUESTS', 'UNAUTHENTICATED']);

export function serverAnswerOf(answer: AuditAnswerFieldsFragment): ServerAnswer {
  return {
    itemKey: answer.itemKey,
    kind: answer.kind,
    score: answer.score ?? null,
    note: answer.note ?? null,
    photos: answer.photos.map((p) => ({ id: p.id, name: p.name })),
    version: answer.version,
    answeredBy: answer.answeredBy ?? null,
    answeredAt: answer.answeredAt ?? null,
  };
}

/** The answer a CONFLICT carries in `extensions.current`, when it has the expected shape. */
export function conflictAnswer(value: unknown): ServerAnswer | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const a = value as Record<string, unknown>;
  if (typeof a.itemKey !== 'string' || typeof a.kind !== 'string' || typeof a.version !== 'number')
    return undefined;
  // The API sends the stored row: photo ids (`photoFileIds`); a FileRef list is taken as well.
  const photos = Array.isArray(a.photoFileIds)
    ? a.photoFileIds.filter((id): id is string => typeof id === 'string').map((id) => ({ id, name: '' }))
    : Array.isArray(a.photos)
      ? a.photos.flatMap((p) =>
          p && typeof p === 'object' && typeof (p as { id?: unknown }).id === 'string'
            ? [{ id: (p as { id: string }).id, name: String((p as { name?: unknown }).name ?? '') }]
            : [],
        )
      : [];
  return {
    itemKey: a.itemKey,
    kind: a.kind as ServerAnswer['kind'],
    score: typeof a.score === 'number' ? a.score : null,
    note: typeof a.note === 'string' ? a.note : null,
    photos,
    version: a.version,
    answeredBy: typeof a.answeredBy === 'string' ? a.answeredBy : null,
    answeredAt: typeof a.answeredAt === 'string' ? a.answeredAt : null,
  };
}

/** Sorts a failed saveAuditItem into retry later / conflict / refused. */
export function syncErrorOf(error: CombinedError): SyncError {
  const first = error.graphQLErrors[0];
  if (!first) return new SyncError('network', 'NETWORK');
  const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'UNKNOWN';
  if (code === 'CONFLICT') {
    const current = conflictAnswer(first.extensions?.current);
    return current ? new SyncError('conflict', code, current) : new SyncError('rejected', code);
  }
  if (TRANSIENT.has(code)) return new SyncError('network', code);
  return new SyncError('rejected', code);
}

/** The real requests: photos to POST /files with the bearer token, answers through GraphQL. */
export function apiTransport(client: Client): SyncTransport {
  return {
    async uploadPhoto(blob, name) {
      try {
        const file = await uploadFile(blob, name);
        return { id: file.id };
      } catch (error) {
        if (error instanceof FileRequestError) {
          const transient = error.status === 0 || error.status === 429 || error.status >= 500;
          throw new SyncError(transient ? 'network' : 'rejected', error.code);
        }
        throw new SyncError('network', 'NETWORK');
      }
    },
    async saveItem(input: SaveItemInput) {
      const result = await client
        .mutation(SaveAuditItemMutation, { input }, { requestPolicy: 'network-only' })
        .toPromise();
      if (result.error) throw syncErrorOf(result.error);
      if (!result.data) throw new SyncError('network', 'NETWORK');
      return serverAnswerOf(result.data.saveAuditItem);
    },
  };
}
