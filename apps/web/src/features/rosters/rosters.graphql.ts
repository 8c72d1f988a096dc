import { graphql } from '../../gql';

export const RosterFieldsFragment = graphql(`
  fragment RosterFields on Roster {
    id
    month
    anchor
    generatedAt
    version
    departmentId
    departmentName
    estateId
    estateName
    rows {
      staffId
      staffName
      positionId
      positionName
      patternCode
      shiftCrew
      totalHours
      days {
        day
        shifts
        status
        employed
        editKind
        leaveKind
        swapWithStaffId
        hours
      }
    }
    coverage {
      gaps {
        positionId
        positionName
        date
        start
        end
        hours
        onDuty
        required
      }
      shortfalls {
        positionId
        positionName
        date
        onDuty
        required
      }
    }
  }
`);

export const RosterMonthsQuery = graphql(`
  query RosterMonths($estateId: ID!, $month: String!) {
    rosterMonths(estateId: $estateId, month: $month) {
      departmentId
      departmentCode
      departmentName
      generated
      generatedAt
      rosterId
    }
  }
`);

export const RosterQuery = graphql(`
  query Roster($departmentId: ID!, $month: String!) {
    roster(departmentId: $departmentId, month: $month) {
      ...RosterFields
    }
  }
`);

export const GenerateRosterMutation = graphql(`
  mutation GenerateRoster($input: GenerateRosterInput!) {
    generateRoster(input: $input) {
      ...RosterFields
    }
  }
`);

export const EditRosterDayMutation = graphql(`
  mutation EditRosterDay($input: EditRosterDayInput!) {
    editRosterDay(input: $input) {
      ...RosterFields
    }
  }
`);

export const ExportRosterMutation = graphql(`
  mutation ExportRoster($input: ExportRosterInput!) {
    exportRoster(input: $input) {
      id
      name
      contentType
      size
    }
  }
`);

export const MyShiftsQuery = graphql(`
  query MyShifts($from: String!, $to: String!) {
    myShifts(from: $from, to: $to) {
      day
      staffId
      status
      leaveKind
      estateName
      departmentName
      positionName
      hours
      shifts {
        code
        nameZh
        nameEn
        start
        end
      }
    }
  }
`);
