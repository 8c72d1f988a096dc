/** The users module's public surface: people, their memberships, and names for display. */
export { membershipsByUserLoader } from './users.loaders.js';
export { MembershipResolver, UserResolver } from './users.resolver.js';
export { invitations, membershipEstates, memberships, users } from './users.schema.js';
export { findUsers, insertMemberships, insertUser, membershipsOf, userNames } from './users.store.js';
export { type Membership, RoleEnum, User } from './users.types.js';
