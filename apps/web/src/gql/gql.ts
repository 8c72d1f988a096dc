/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      platformAdmin\n      status\n      memberships {\n        id\n        role\n        scopeKind\n        regionId\n        region {\n          id\n          name\n        }\n        estateIds\n        estates {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query CurrentCompany {\n    company {\n      id\n      name\n      slug\n      timeZone\n    }\n  }\n": typeof types.CurrentCompanyDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query Companies($first: Int, $after: String) {\n    companies(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          timeZone\n          createdAt\n          archivedAt\n        }\n      }\n    }\n  }\n": typeof types.CompaniesDocument,
    "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      id\n      name\n      slug\n    }\n  }\n": typeof types.CreateCompanyDocument,
    "\n  query Dashboard($withRegions: Boolean!) {\n    regions @include(if: $withRegions) {\n      id\n      name\n      code\n      estateCount\n    }\n    all: estates(first: 1) {\n      totalCount\n    }\n    managed: estates(first: 1, filter: { status: MANAGED }) {\n      totalCount\n    }\n    preparing: estates(first: 1, filter: { status: PREPARING }) {\n      totalCount\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  fragment EstateFields on Estate {\n    id\n    name\n    code\n    regionId\n    region {\n      id\n      name\n    }\n    address\n    type\n    grossFloorArea\n    households\n    buildings\n    contractStart\n    contractEnd\n    feeRate\n    status\n    version\n    archivedAt\n    updatedAt\n  }\n": typeof types.EstateFieldsFragmentDoc,
    "\n  query Estates($first: Int, $after: String, $filter: EstateFilter) {\n    estates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EstateFields\n        }\n      }\n    }\n  }\n": typeof types.EstatesDocument,
    "\n  query Regions($includeArchived: Boolean) {\n    regions(includeArchived: $includeArchived) {\n      id\n      name\n      code\n      estateCount\n      version\n      archivedAt\n    }\n  }\n": typeof types.RegionsDocument,
    "\n  mutation CreateEstate($input: CreateEstateInput!) {\n    createEstate(input: $input) {\n      ...EstateFields\n    }\n  }\n": typeof types.CreateEstateDocument,
    "\n  mutation UpdateEstate($input: UpdateEstateInput!) {\n    updateEstate(input: $input) {\n      ...EstateFields\n    }\n  }\n": typeof types.UpdateEstateDocument,
    "\n  mutation ArchiveEstate($input: ArchiveInput!) {\n    archiveEstate(input: $input) {\n      ...EstateFields\n    }\n  }\n": typeof types.ArchiveEstateDocument,
    "\n  subscription EstateChanged {\n    estateChanged {\n      kind\n      estate {\n        ...EstateFields\n      }\n    }\n  }\n": typeof types.EstateChangedDocument,
    "\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n      name\n      code\n      estateCount\n      version\n      archivedAt\n    }\n  }\n": typeof types.CreateRegionDocument,
    "\n  mutation UpdateRegion($input: UpdateRegionInput!) {\n    updateRegion(input: $input) {\n      id\n      name\n      code\n      estateCount\n      version\n      archivedAt\n    }\n  }\n": typeof types.UpdateRegionDocument,
    "\n  mutation ArchiveRegion($input: ArchiveInput!) {\n    archiveRegion(input: $input) {\n      id\n      version\n      archivedAt\n    }\n  }\n": typeof types.ArchiveRegionDocument,
    "\n  query Estate($id: ID!) {\n    estate(id: $id) {\n      ...EstateFields\n    }\n  }\n": typeof types.EstateDocument,
    "\n  fragment UserFields on User {\n    id\n    name\n    email\n    phone\n    status\n    lastLoginAt\n    createdAt\n    memberships {\n      id\n      role\n      scopeKind\n      regionId\n      region {\n        id\n        name\n      }\n      estateIds\n      estates {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query Users($first: Int, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserFields\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query EstateOptions($search: String) {\n    estates(first: 50, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          code\n        }\n      }\n    }\n  }\n": typeof types.EstateOptionsDocument,
    "\n  query RegionOptions {\n    regions {\n      id\n      name\n    }\n  }\n": typeof types.RegionOptionsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      invitationToken\n      user {\n        ...UserFields\n      }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation SetMemberships($input: SetMembershipsInput!) {\n    setMemberships(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.SetMembershipsDocument,
    "\n  mutation DeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DeactivateUserDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      platformAdmin\n      status\n      memberships {\n        id\n        role\n        scopeKind\n        regionId\n        region {\n          id\n          name\n        }\n        estateIds\n        estates {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query CurrentCompany {\n    company {\n      id\n      name\n      slug\n      timeZone\n    }\n  }\n": types.CurrentCompanyDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query Companies($first: Int, $after: String) {\n    companies(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          timeZone\n          createdAt\n          archivedAt\n        }\n      }\n    }\n  }\n": types.CompaniesDocument,
    "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      id\n      name\n      slug\n    }\n  }\n": types.CreateCompanyDocument,
    "\n  query Dashboard($withRegions: Boolean!) {\n    regions @include(if: $withRegions) {\n      id\n      name\n      code\n      estateCount\n    }\n    all: estates(first: 1) {\n      totalCount\n    }\n    managed: estates(first: 1, filter: { status: MANAGED }) {\n      totalCount\n    }\n    preparing: estates(first: 1, filter: { status: PREPARING }) {\n      totalCount\n    }\n  }\n": types.DashboardDocument,
    "\n  fragment EstateFields on Estate {\n    id\n    name\n    code\n    regionId\n    region {\n      id\n      name\n    }\n    address\n    type\n    grossFloorArea\n    households\n    buildings\n    contractStart\n    contractEnd\n    feeRate\n    status\n    version\n    archivedAt\n    updatedAt\n  }\n": types.EstateFieldsFragmentDoc,
    "\n  query Estates($first: Int, $after: String, $filter: EstateFilter) {\n    estates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EstateFields\n        }\n      }\n    }\n  }\n": types.EstatesDocument,
    "\n  query Regions($includeArchived: Boolean) {\n    regions(includeArchived: $includeArchived) {\n      id\n      name\n      code\n      estateCount\n      version\n      archivedAt\n    }\n  }\n": types.RegionsDocument,
    "\n  mutation CreateEstate($input: CreateEstateInput!) {\n    createEstate(input: $input) {\n      ...EstateFields\n    }\n  }\n": types.CreateEstateDocument,
    "\n  mutation UpdateEstate($input: UpdateEstateInput!) {\n    updateEstate(input: $input) {\n      ...EstateFields\n    }\n  }\n": types.UpdateEstateDocument,
    "\n  mutation ArchiveEstate($input: ArchiveInput!) {\n    archiveEstate(input: $input) {\n      ...EstateFields\n    }\n  }\n": types.ArchiveEstateDocument,
    "\n  subscription EstateChanged {\n    estateChanged {\n      kind\n      estate {\n        ...EstateFields\n      }\n    }\n  }\n": types.EstateChangedDocument,
    "\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n      name\n      code\n      estateCount\n      version\n      archivedAt\n    }\n  }\n": types.CreateRegionDocument,
    "\n  mutation UpdateRegion($input: UpdateRegionInput!) {\n    updateRegion(input: $input) {\n      id\n      name\n      code\n      estateCount\n      version\n      archivedAt\n    }\n  }\n": types.UpdateRegionDocument,
    "\n  mutation ArchiveRegion($input: ArchiveInput!) {\n    archiveRegion(input: $input) {\n      id\n      version\n      archivedAt\n    }\n  }\n": types.ArchiveRegionDocument,
    "\n  query Estate($id: ID!) {\n    estate(id: $id) {\n      ...EstateFields\n    }\n  }\n": types.EstateDocument,
    "\n  fragment UserFields on User {\n    id\n    name\n    email\n    phone\n    status\n    lastLoginAt\n    createdAt\n    memberships {\n      id\n      role\n      scopeKind\n      regionId\n      region {\n        id\n        name\n      }\n      estateIds\n      estates {\n        id\n        name\n      }\n    }\n  }\n": types.UserFieldsFragmentDoc,
    "\n  query Users($first: Int, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserFields\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  query EstateOptions($search: String) {\n    estates(first: 50, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          code\n        }\n      }\n    }\n  }\n": types.EstateOptionsDocument,
    "\n  query RegionOptions {\n    regions {\n      id\n      name\n    }\n  }\n": types.RegionOptionsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      invitationToken\n      user {\n        ...UserFields\n      }\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation SetMemberships($input: SetMembershipsInput!) {\n    setMemberships(input: $input) {\n      ...UserFields\n    }\n  }\n": types.SetMembershipsDocument,
    "\n  mutation DeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      id\n      status\n    }\n  }\n": types.DeactivateUserDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      email\n      platformAdmin\n      status\n      memberships {\n        id\n        role\n        scopeKind\n        regionId\n        region {\n          id\n          name\n        }\n        estateIds\n        estates {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      name\n      email\n      platformAdmin\n      status\n      memberships {\n        id\n        role\n        scopeKind\n        regionId\n        region {\n          id\n          name\n        }\n        estateIds\n        estates {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentCompany {\n    company {\n      id\n      name\n      slug\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query CurrentCompany {\n    company {\n      id\n      name\n      slug\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Companies($first: Int, $after: String) {\n    companies(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          timeZone\n          createdAt\n          archivedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Companies($first: Int, $after: String) {\n    companies(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          timeZone\n          createdAt\n          archivedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      id\n      name\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      id\n      name\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($withRegions: Boolean!) {\n    regions @include(if: $withRegions) {\n      id\n      name\n      code\n      estateCount\n    }\n    all: estates(first: 1) {\n      totalCount\n    }\n    managed: estates(first: 1, filter: { status: MANAGED }) {\n      totalCount\n    }\n    preparing: estates(first: 1, filter: { status: PREPARING }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($withRegions: Boolean!) {\n    regions @include(if: $withRegions) {\n      id\n      name\n      code\n      estateCount\n    }\n    all: estates(first: 1) {\n      totalCount\n    }\n    managed: estates(first: 1, filter: { status: MANAGED }) {\n      totalCount\n    }\n    preparing: estates(first: 1, filter: { status: PREPARING }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EstateFields on Estate {\n    id\n    name\n    code\n    regionId\n    region {\n      id\n      name\n    }\n    address\n    type\n    grossFloorArea\n    households\n    buildings\n    contractStart\n    contractEnd\n    feeRate\n    status\n    version\n    archivedAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment EstateFields on Estate {\n    id\n    name\n    code\n    regionId\n    region {\n      id\n      name\n    }\n    address\n    type\n    grossFloorArea\n    households\n    buildings\n    contractStart\n    contractEnd\n    feeRate\n    status\n    version\n    archivedAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Estates($first: Int, $after: String, $filter: EstateFilter) {\n    estates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EstateFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Estates($first: Int, $after: String, $filter: EstateFilter) {\n    estates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EstateFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Regions($includeArchived: Boolean) {\n    regions(includeArchived: $includeArchived) {\n      id\n      name\n      code\n      estateCount\n      version\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  query Regions($includeArchived: Boolean) {\n    regions(includeArchived: $includeArchived) {\n      id\n      name\n      code\n      estateCount\n      version\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEstate($input: CreateEstateInput!) {\n    createEstate(input: $input) {\n      ...EstateFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEstate($input: CreateEstateInput!) {\n    createEstate(input: $input) {\n      ...EstateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEstate($input: UpdateEstateInput!) {\n    updateEstate(input: $input) {\n      ...EstateFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEstate($input: UpdateEstateInput!) {\n    updateEstate(input: $input) {\n      ...EstateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveEstate($input: ArchiveInput!) {\n    archiveEstate(input: $input) {\n      ...EstateFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveEstate($input: ArchiveInput!) {\n    archiveEstate(input: $input) {\n      ...EstateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EstateChanged {\n    estateChanged {\n      kind\n      estate {\n        ...EstateFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription EstateChanged {\n    estateChanged {\n      kind\n      estate {\n        ...EstateFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n      name\n      code\n      estateCount\n      version\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n      name\n      code\n      estateCount\n      version\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRegion($input: UpdateRegionInput!) {\n    updateRegion(input: $input) {\n      id\n      name\n      code\n      estateCount\n      version\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRegion($input: UpdateRegionInput!) {\n    updateRegion(input: $input) {\n      id\n      name\n      code\n      estateCount\n      version\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveRegion($input: ArchiveInput!) {\n    archiveRegion(input: $input) {\n      id\n      version\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveRegion($input: ArchiveInput!) {\n    archiveRegion(input: $input) {\n      id\n      version\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Estate($id: ID!) {\n    estate(id: $id) {\n      ...EstateFields\n    }\n  }\n"): (typeof documents)["\n  query Estate($id: ID!) {\n    estate(id: $id) {\n      ...EstateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    name\n    email\n    phone\n    status\n    lastLoginAt\n    createdAt\n    memberships {\n      id\n      role\n      scopeKind\n      regionId\n      region {\n        id\n        name\n      }\n      estateIds\n      estates {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment UserFields on User {\n    id\n    name\n    email\n    phone\n    status\n    lastLoginAt\n    createdAt\n    memberships {\n      id\n      role\n      scopeKind\n      regionId\n      region {\n        id\n        name\n      }\n      estateIds\n      estates {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($first: Int, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EstateOptions($search: String) {\n    estates(first: 50, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EstateOptions($search: String) {\n    estates(first: 50, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionOptions {\n    regions {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query RegionOptions {\n    regions {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      invitationToken\n      user {\n        ...UserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      invitationToken\n      user {\n        ...UserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberships($input: SetMembershipsInput!) {\n    setMemberships(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetMemberships($input: SetMembershipsInput!) {\n    setMemberships(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      id\n      status\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;