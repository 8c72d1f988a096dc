/** The auth module's public surface: sign-in, sessions and their invalidation. */
export { accountIdByEmail } from './auth.accounts.js';
export { AuthResolver } from './auth.resolver.js';
export { sessions } from './auth.schema.js';
export { authenticate, invalidateSessions, normaliseEmail, refusalOf } from './auth.service.js';
export { insertSession, revokeUserSessions } from './auth.store.js';
