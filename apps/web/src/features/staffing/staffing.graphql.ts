import { graphql } from '../../gql';

/** The company-wide league table: estates in the caller's scope ranked by compliance score. */
export const StaffingComplianceTableQuery = graphql(`
  query StaffingComplianceTable($regionId: ID) {
    staffingComplianceTable(regionId: $regionId) {
      rank
      estateId
      estateName
      estateCode
      regionId
      regionName
      planned
      actual
      vacancies
      certificateProblems
      certificatesExpired
      certificatesExpiring
      certificatesMissing
      ageProblems
      leavers
      turnoverPercent
      score
    }
  }
`);

/** One estate's staffing against its plan, today. */
export const StaffingComplianceQuery = graphql(`
  query StaffingCompliance($estateId: ID!) {
    staffingCompliance(estateId: $estateId) {
      estateId
      estateName
      asOf
      planned
      actual
      vacancies
      departments {
        departmentId
        code
        name
        planned
        actual
        vacancies
      }
      positions {
        positionId
        departmentId
        code
        name
        planned
        actual
        vacancies
        certificateRequired
        ageMin
        ageMax
      }
      certificateIssues {
        staffId
        staffName
        positionId
        positionName
        kind
        expiresOn
        daysLeft
        state
      }
      certificatesExpired
      certificatesExpiring
      certificatesMissing
      ageBreaches {
        staffId
        staffName
        positionId
        positionName
        breach
        limit
        age
      }
      turnover {
        start
        end
        headcountAtStart
        headcountAtEnd
        leavers
        percent
      }
      score
      scoreParts {
        staffed
        certified
        ageOk
        retention
      }
      namesHidden
    }
  }
`);

export const ExportStaffingComplianceMutation = graphql(`
  mutation ExportStaffingCompliance($input: ExportStaffingComplianceInput!) {
    exportStaffingCompliance(input: $input) {
      id
      name
      contentType
      size
    }
  }
`);

/** The people behind a comparison cell of training_pass or certified_on_duty. */
export const StaffingIndicatorDrillDownQuery = graphql(`
  query StaffingIndicatorDrillDown($estateId: ID!, $indicatorCode: String!, $month: String!) {
    staffingIndicatorDrillDown(estateId: $estateId, indicatorCode: $indicatorCode, month: $month) {
      estateId
      indicatorCode
      month
      numerator
      denominator
      value
      namesHidden
      rows {
        staffId
        staffName
        positionId
        positionName
        counted
        reason
        course
        trainedOn
        certificateKind
        expiresOn
      }
    }
  }
`);
