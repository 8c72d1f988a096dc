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
