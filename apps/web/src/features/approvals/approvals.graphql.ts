import { graphql } from '../../gql';

export const ApprovalQueueQuery = graphql(`
  query ApprovalQueue($first: Int, $after: String, $regionId: ID) {
    approvalQueue(first: $first, after: $after, regionId: $regionId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          estateId
          estateName
          month
          figureCount
          missedCount
          submittedAt
          submittedByName
        }
      }
    }
  }
`);

export const ApproveMonthlyFiguresMutation = graphql(`
  mutation ApproveMonthlyFigures($input: EstateMonthInput!) {
    approveMonthlyFigures(input: $input) {
      ...MonthlyFormFields
    }
  }
`);

export const RejectMonthlyFiguresMutation = graphql(`
  mutation RejectMonthlyFigures($input: RejectMonthlyFiguresInput!) {
    rejectMonthlyFigures(input: $input) {
      ...MonthlyFormFields
    }
  }
`);
