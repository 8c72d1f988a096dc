import { graphql } from '../../gql';

export const UserFieldsFragment = graphql(`
  fragment UserFields on User {
    id
    name
    email
    phone
    status
    lastLoginAt
    createdAt
    memberships {
      id
      role
      scopeKind
      regionId
      region {
        id
        name
      }
      estateIds
      estates {
        id
        name
      }
    }
  }
`);

export const UsersQuery = graphql(`
  query Users($first: Int, $after: String, $filter: UserFilter) {
    users(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...UserFields
        }
      }
    }
  }
`);

export const EstateOptionsQuery = graphql(`
  query EstateOptions($search: String) {
    estates(first: 50, filter: { search: $search }) {
      edges {
        node {
          id
          name
          code
        }
      }
    }
  }
`);

export const RegionOptionsQuery = graphql(`
  query RegionOptions {
    regions {
      id
      name
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      invitationToken
      user {
        ...UserFields
      }
    }
  }
`);

export const SetMembershipsMutation = graphql(`
  mutation SetMemberships($input: SetMembershipsInput!) {
    setMemberships(input: $input) {
      ...UserFields
    }
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($input: DeactivateUserInput!) {
    deactivateUser(input: $input) {
      id
      status
    }
  }
`);
