import { graphql } from '../../gql';

/** One answer as the form and the outbox know it. */
export const AuditAnswerFields = graphql(`
  fragment AuditAnswerFields on AuditItemAnswer {
    itemKey
    kind
    score
    note
    photos {
      id
      name
    }
    version
    answeredBy
    answeredAt
  }
`);

/** What the conduct form and the report need: the template version's items and every answer. */
export const ConductAuditQuery = graphql(`
  query ConductAudit($id: ID!) {
    audit(id: $id) {
      id
      title
      kind
      status
      plannedAt
      dueAt
      startedAt
      submittedAt
      closedAt
      version
      estate {
        id
        name
      }
      auditors {
        id
        name
      }
      templateVersion {
        id
        name
        number
        content {
          sections {
            key
            department
            title
            titleEn
            items {
              key
              title
              standard
              titleEn
              standardEn
              maxScore
              critical
            }
          }
        }
      }
      answers {
        ...AuditAnswerFields
      }
      score {
        sections {
          key
          earned
          max
          percent
        }
        total {
          earned
          max
          percent
          failed
          failedItems
          criticalFailed
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

export const SaveAuditItemMutation = graphql(`
  mutation SaveAuditItem($input: SaveAuditItemInput!) {
    saveAuditItem(input: $input) {
      ...AuditAnswerFields
    }
  }
`);

export const SubmitAuditMutation = graphql(`
  mutation SubmitAudit($input: AuditIdInput!) {
    submitAudit(input: $input) {
      id
      status
      submittedAt
      version
    }
  }
`);

/** Another auditor's answers (and a submission) arrive live. */
export const ConductAuditChangedSubscription = graphql(`
  subscription ConductAuditChanged($auditId: ID) {
    auditChanged(auditId: $auditId) {
      event
      auditId
      itemKey
      audit {
        id
        status
        version
        answers {
          ...AuditAnswerFields
        }
      }
    }
  }
`);

/**
 * The findings of a submitted audit with their rectification, for the report. `first` is the
 * number of failed items (the API's cost limit refuses a blanket 100 of these nodes).
 */
export const ReportFindingsQuery = graphql(`
  query ReportFindings($auditId: ID!, $first: Int!) {
    findings(filter: { auditId: $auditId }, first: $first) {
      edges {
        node {
          id
          itemKey
          severity
          withdrawn
          appeal {
            status
          }
          rectification {
            id
            status
            dueAt
            overdue
            assignee {
              id
              name
            }
          }
        }
      }
    }
  }
`);
