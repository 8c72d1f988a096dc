import { graphql } from '../../gql';

export const TeamStructureQuery = graphql(`
  query TeamStructure($estateId: ID!) {
    departments(estateId: $estateId) {
      id
      code
      name
      nameEn
    }
    positions(estateId: $estateId) {
      id
      departmentId
      code
      name
      nameEn
      plannedHeadcount
      shiftPattern
      workingHours
      duty
      certificateRequired
      certificateKinds
      ageMin
      ageMax
    }
  }
`);

export const ApplyStaffingTemplateMutation = graphql(`
  mutation ApplyStaffingTemplate($input: ApplyStaffingTemplateInput!) {
    applyStaffingTemplate(input: $input) {
      estateId
      changed
      departmentsCreated
      positionsCreated
    }
  }
`);
