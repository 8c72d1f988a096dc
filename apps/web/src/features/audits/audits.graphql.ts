import { graphql } from '../../gql';

export const AuditListFieldsFragment = graphql(`
  fragment AuditListFields on Audit {
    id
    kind
    status
    title
    plannedAt
    dueAt
    overdue
    overdueAt
    submittedAt
    scorePercent
    findingCount
    estate {
      id
      name
    }
    auditors {
      id
      name
    }
  }
`);

export const AuditsQuery = graphql(`
  query Audits($filter: AuditFilter, $first: Int, $after: String) {
    audits(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...AuditListFields
        }
      }
    }
  }
`);

export const AuditDetailQuery = graphql(`
  query AuditDetail($id: ID!) {
    audit(id: $id) {
      id
      kind
      status
      title
      plannedAt
      dueAt
      startedAt
      submittedAt
      closedAt
      overdue
      overdueAt
      campaignId
      findingCount
      version
      estate {
        id
        name
      }
      auditors {
        id
        name
      }
      answers {
        itemKey
        kind
        score
        note
      }
      templateVersion {
        id
        name
        number
        itemCount
        content {
          sections {
            key
            department
            title
            titleEn
            items {
              key
              title
              titleEn
              maxScore
              critical
            }
          }
        }
      }
      score {
        sections {
          key
          earned
          max
          percent
          failedItems
        }
        total {
          earned
          max
          percent
          failed
          failedItems
          criticalFailed
          answered
          unanswered
          grade {
            grade
            label
            labelEn
          }
        }
      }
    }
  }
`);

export const AuditCampaignsQuery = graphql(`
  query AuditCampaigns($first: Int, $after: String) {
    auditCampaigns(first: $first, after: $after) {
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
          kind
          quarter
          startsOn
          dueOn
          progress
          counts {
            total
            planned
            inProgress
            submitted
            closed
            cancelled
            overdue
          }
          templateVersion {
            id
            name
            number
          }
        }
      }
    }
  }
`);

export const AuditSchedulesQuery = graphql(`
  query AuditSchedules($estateId: ID) {
    auditSchedules(estateId: $estateId) {
      id
      kind
      startsOn
      endsOn
      active
      generatedThrough
      estate {
        id
        name
      }
      auditors {
        id
        name
      }
    }
  }
`);

export const CreateAuditCampaignMutation = graphql(`
  mutation CreateAuditCampaign($input: CreateAuditCampaignInput!) {
    createAuditCampaign(input: $input) {
      id
      name
    }
  }
`);

export const PlanAuditMutation = graphql(`
  mutation PlanAudit($input: PlanAuditInput!) {
    planAudit(input: $input) {
      id
    }
  }
`);

export const CreateAuditScheduleMutation = graphql(`
  mutation CreateAuditSchedule($input: CreateAuditScheduleInput!) {
    createAuditSchedule(input: $input) {
      id
    }
  }
`);

export const StopAuditScheduleMutation = graphql(`
  mutation StopAuditSchedule($input: AuditIdInput!) {
    stopAuditSchedule(input: $input) {
      id
      active
    }
  }
`);

export const StartAuditMutation = graphql(`
  mutation StartAudit($input: AuditIdInput!) {
    startAudit(input: $input) {
      id
      status
      startedAt
    }
  }
`);

export const CancelAuditMutation = graphql(`
  mutation CancelAudit($input: CancelAuditInput!) {
    cancelAudit(input: $input) {
      id
      status
    }
  }
`);

export const AuditChangedSubscription = graphql(`
  subscription AuditChanged($estateId: ID, $auditId: ID) {
    auditChanged(estateId: $estateId, auditId: $auditId) {
      event
      auditId
    }
  }
`);

/** HQ members who may conduct HQ audits (quality auditors). */
export const AuditorOptionsQuery = graphql(`
  query AuditorOptions {
    users(first: 100, filter: { role: QUALITY_AUDITOR, status: ACTIVE }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const CampaignEstateOptionsQuery = graphql(`
  query CampaignEstateOptions {
    estates(first: 100) {
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
