import { graphql } from '../../gql';

export const RectificationListQuery = graphql(`
  query RectificationList($filter: RectificationFilter, $first: Int, $after: String) {
    rectifications(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          dueAt
          overdue
          submittedAt
          auditKind
          estate {
            id
            name
          }
          assignee {
            id
            name
          }
          finding {
            id
            title
            severity
            department
            critical
            audit {
              id
              title
            }
          }
        }
      }
    }
  }
`);

export const RectificationDetailQuery = graphql(`
  query RectificationDetail($id: ID!) {
    rectification(id: $id) {
      id
      status
      version
      dueAt
      overdue
      overdueAt
      auditKind
      rootCause
      correctiveAction
      preventiveAction
      evidenceNote
      submittedAt
      verifiedAt
      reopenReason
      reopenCount
      canAssign
      canUpdate
      canVerify
      estate {
        id
        name
      }
      assignee {
        id
        name
      }
      assignableUsers {
        id
        name
      }
      beforePhotos {
        id
        name
        contentType
        size
      }
      afterPhotos {
        id
        name
        contentType
        size
      }
      finding {
        id
        title
        standard
        severity
        department
        critical
        note
        withdrawn
        raisedAt
        photos {
          id
          name
          contentType
          size
        }
        audit {
          id
          title
          kind
          plannedAt
          scorePercent
        }
        appeal {
          status
          reason
          appealedAt
          appealedBy {
            id
            name
          }
          decisionReason
          decidedAt
          decidedBy {
            id
            name
          }
        }
      }
    }
  }
`);

export const AssignRectificationMutation = graphql(`
  mutation AssignRectification($input: AssignRectificationInput!) {
    assignRectification(input: $input) {
      id
      status
      version
      assignee {
        id
        name
      }
    }
  }
`);

export const UpdateRectificationMutation = graphql(`
  mutation UpdateRectification($input: UpdateRectificationInput!) {
    updateRectification(input: $input) {
      id
      status
      version
    }
  }
`);

export const SubmitRectificationMutation = graphql(`
  mutation SubmitRectification($input: SubmitRectificationInput!) {
    submitRectification(input: $input) {
      id
      status
      version
    }
  }
`);

export const VerifyRectificationMutation = graphql(`
  mutation VerifyRectification($input: VerifyRectificationInput!) {
    verifyRectification(input: $input) {
      id
      status
      version
    }
  }
`);

export const ReopenRectificationMutation = graphql(`
  mutation ReopenRectification($input: ReopenRectificationInput!) {
    reopenRectification(input: $input) {
      id
      status
      version
    }
  }
`);

export const AppealFindingMutation = graphql(`
  mutation AppealFinding($input: AppealFindingInput!) {
    appealFinding(input: $input) {
      id
      appeal {
        status
      }
    }
  }
`);

export const DecideAppealMutation = graphql(`
  mutation DecideAppeal($input: DecideAppealInput!) {
    decideAppeal(input: $input) {
      id
      withdrawn
      appeal {
        status
      }
    }
  }
`);

export const RectificationChangedSubscription = graphql(`
  subscription RectificationChanged($estateId: ID) {
    rectificationChanged(estateId: $estateId) {
      event
      rectificationId
    }
  }
`);

export const CampaignOverviewQuery = graphql(`
  query CampaignOverview($campaignId: ID!) {
    auditCampaignOverview(campaignId: $campaignId) {
      campaignId
      name
      kind
      quarter
      startsOn
      dueOn
      averagePercent
      findingCount
      closureRate
      overdueCount
      rows {
        rank
        auditId
        estateId
        estateName
        estateCode
        status
        scorePercent
        grade
        gradeLabel
        criticalFailed
        findingCount
        findingsByDepartment {
          department
          count
        }
        rectificationsTotal
        rectificationsVerified
        closureRate
        overdueCount
      }
    }
  }
`);

export const ExportCampaignOverviewMutation = graphql(`
  mutation ExportCampaignOverview($input: ExportAuditCampaignOverviewInput!) {
    exportAuditCampaignOverview(input: $input) {
      id
      name
      contentType
      size
    }
  }
`);
