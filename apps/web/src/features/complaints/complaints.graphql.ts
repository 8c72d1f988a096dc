import { graphql } from '../../gql';

export const ComplaintFieldsFragment = graphql(`
  fragment ComplaintFields on Complaint {
    id
    number
    category
    department {
      id
      name
    }
    channel
    severity
    location
    description
    complainantName
    complainantPhone
    personalDataVisible
    receiver {
      id
      name
    }
    createdBy {
      id
      name
    }
    receivedAt
    originalFeedbackAt
    promisedFeedbackAt
    overdue
    postponedAt
    postponedBy {
      id
      name
    }
    postponeReason
    valid
    validityReason
    ruledAt
    ruledBy {
      id
      name
    }
    status
    resolvedAt
    resolvedBy {
      id
      name
    }
    resolution
    callbackNote
    satisfaction
    nextSteps
    version
  }
`);

export const ComplaintsQuery = graphql(`
  query Complaints($filter: ComplaintFilter!, $first: Int, $after: String) {
    complaints(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ComplaintFields
        }
      }
    }
  }
`);

export const CreateComplaintMutation = graphql(`
  mutation CreateComplaint($input: CreateComplaintInput!) {
    createComplaint(input: $input) {
      ...ComplaintFields
    }
  }
`);

export const RuleComplaintMutation = graphql(`
  mutation RuleComplaint($input: RuleComplaintInput!) {
    ruleComplaint(input: $input) {
      ...ComplaintFields
    }
  }
`);

export const PostponeComplaintMutation = graphql(`
  mutation PostponeComplaint($input: PostponeComplaintInput!) {
    postponeComplaint(input: $input) {
      ...ComplaintFields
    }
  }
`);

export const ResolveComplaintMutation = graphql(`
  mutation ResolveComplaint($input: ResolveComplaintInput!) {
    resolveComplaint(input: $input) {
      ...ComplaintFields
    }
  }
`);

export const ComplaintIndicatorDrillDownQuery = graphql(`
  query ComplaintIndicatorDrillDown($estateId: ID!, $indicatorCode: String!, $month: String!) {
    complaintIndicatorDrillDown(estateId: $estateId, indicatorCode: $indicatorCode, month: $month) {
      estateId
      indicatorCode
      month
      numerator
      denominator
      value
      namesHidden
      rows {
        complaintId
        number
        receivedAt
        category
        severity
        valid
        status
        counted
        complainantName
      }
    }
  }
`);
