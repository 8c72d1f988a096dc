import { graphql } from '../../gql';

export const CompaniesQuery = graphql(`
  query Companies($first: Int, $after: String) {
    companies(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          slug
          timeZone
          createdAt
          archivedAt
          suspendedAt
        }
      }
    }
  }
`);

export const CreateCompanyMutation = graphql(`
  mutation CreateCompany($input: CreateCompanyInput!) {
    createCompany(input: $input) {
      id
      name
      slug
    }
  }
`);

export const UpdateCompanyMutation = graphql(`
  mutation UpdateCompany($input: UpdateCompanyInput!) {
    updateCompany(input: $input) {
      id
      name
      timeZone
    }
  }
`);

export const SuspendCompanyMutation = graphql(`
  mutation SuspendCompany($input: CompanyIdInput!) {
    suspendCompany(input: $input) {
      id
      suspendedAt
    }
  }
`);

export const ReactivateCompanyMutation = graphql(`
  mutation ReactivateCompany($input: CompanyIdInput!) {
    reactivateCompany(input: $input) {
      id
      suspendedAt
    }
  }
`);
