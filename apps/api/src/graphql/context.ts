import { randomUUID } from 'node:crypto';
import type { Actor, AppAbility } from '@anju/domain';
import type { Authenticated } from '../auth/session-cache.js';
import { appError, unauthenticated } from '../lib/errors.js';
import type { AppServices } from '../lib/services.js';
import { refusalOf } from '../modules/auth/index.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface Context {
  requestId: string;
  services: AppServices;
  auth: Authenticated | null;
  /** The bearer token, kept so subscriptions can re-check the session for every event. */
  token: string | undefined;
  ip: string | undefined;
  userAgent: string | undefined;
  loaders: Loaders;
  /** Set when the answer may be cached (see response-cache.ts). */
  answer?: AnswerInProgress | undefined;
}

/** An answer the answer cache will keep, and the versions of the data it is built from. */
export interface AnswerInProgress {
  key: string;
  /** The key of its computation, which identical requests arriving meanwhile wait for. */
  flight: string;
  companyId: string;
  structure: number;
  all: number;
  /** The months of figures it reads, with their versions when first declared. */
  months?: Map<string, number>;
  /** The estates whose work orders it reads, with their versions when first declared. */
  estateOrders?: Map<string, number>;
  /** Epoch ms it holds until (it reads something that changes then, like "today"). */
  expiresAt?: number;
  /** Set when it answers STAMP_PLACEHOLDER for the instant it was read at: that instant. */
  stampedAt?: string;
  /** The answer as stored: its text and those bytes, sent as they are (encoded once). */
  text?: string;
  bytes?: Buffer;
}

export function createContext(
  services: AppServices,
  auth: Authenticated | null,
  meta: {
    requestId: string;
    token?: string | undefined;
    ip?: string | undefined;
    userAgent?: string | undefined;
    answer?: AnswerInProgress | undefined;
  },
): Context {
  const ctx: Context = {
    requestId: meta.requestId,
    services,
    auth,
    token: meta.token,
    ip: meta.ip,
    userAgent: meta.userAgent,
    answer: meta.answer,
    loaders: undefined as unknown as Loaders,
  };
  ctx.loaders = createLoaders(ctx);
  return ctx;
}

/** The request id from the load balancer's header (bounded), or a new one. */
export function requestIdOf(header: unknown): string {
  // Accept the load balancer's id (bounded), so one id follows a request through every hop.
  return typeof header === 'string' && /^[A-Za-z0-9._-]{1,100}$/.test(header) ? header : randomUUID();
}

export function requireAuth(ctx: Context): Authenticated {
  // A refused token may have more to say than "sign in" (e.g. COMPANY_SUSPENDED).
  if (!ctx.auth) throw (ctx.token && refusalOf(ctx.services, ctx.token)) || unauthenticated();
  return ctx.auth;
}

export interface TenantCaller {
  companyId: string;
  actor: Actor;
  ability: AppAbility;
  userId: string;
}

/** The caller of a company-scoped operation: signed in and working in a company. */
export function requireTenant(ctx: Context): TenantCaller {
  const auth = requireAuth(ctx);
  const companyId = auth.session.companyId;
  if (!companyId) throw appError('FORBIDDEN', '当前账户不属于任何公司');
  return { companyId, actor: auth.actor, ability: auth.ability, userId: auth.session.userId };
}
