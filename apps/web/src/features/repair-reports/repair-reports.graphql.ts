import { graphql } from '../../gql';

/** The estate behind a public repair link (no sign-in). */
export const RepairReportPageQuery = graphql(`
  query RepairReportPage($token: String!) {
    repairReportPage(token: $token) {
      estateName
      companyName
    }
  }
`);

export const SubmitRepairReportMutation = graphql(`
  mutation SubmitRepairReport($input: SubmitRepairReportInput!) {
    submitRepairReport(input: $input) {
      trackingToken
      number
      estateName
      reportedAt
    }
  }
`);

/** A reported repair's progress by its tracking token (no sign-in). */
export const RepairTrackingQuery = graphql(`
  query RepairTracking($token: String!) {
    repairTracking(token: $token) {
      estateName
      number
      location
      category
      description
      status
      reportedAt
      dispatchedAt
      arrivedAt
      completedAt
      calledBackAt
      closedAt
      photoCount
      canRate
      rating
      ratingComment
      ratedAt
    }
  }
`);

export const RateRepairReportMutation = graphql(`
  mutation RateRepairReport($input: RateRepairReportInput!) {
    rateRepairReport(input: $input) {
      status
      canRate
      rating
      ratingComment
      ratedAt
    }
  }
`);

/** An estate's public repair link (its QR poster): manager and company admin. */
export const EstateRepairLinkQuery = graphql(`
  query EstateRepairLink($estateId: ID!) {
    estateRepairLink(estateId: $estateId) {
      estateId
      estateName
      token
      path
      createdAt
      rotatedAt
      version
    }
  }
`);

export const RotateEstateRepairLinkMutation = graphql(`
  mutation RotateEstateRepairLink($estateId: ID!) {
    rotateEstateRepairLink(estateId: $estateId) {
      estateId
      estateName
      token
      path
      createdAt
      rotatedAt
      version
    }
  }
`);

/** The work orders behind a repair figure of an estate and month (comparison drill-down). */
export const WorkOrderIndicatorDrillDownQuery = graphql(`
  query WorkOrderIndicatorDrillDown($estateId: ID!, $indicatorCode: String!, $month: String!) {
    workOrderIndicatorDrillDown(estateId: $estateId, indicatorCode: $indicatorCode, month: $month) {
      estateId
      indicatorCode
      month
      numerator
      denominator
      value
      unitsHidden
      rows {
        workOrderId
        number
        locationKind
        location
        category
        kind
        channel
        reportedAt
        completedAt
        counted
        reason
        reworkOfNumber
      }
    }
  }
`);
