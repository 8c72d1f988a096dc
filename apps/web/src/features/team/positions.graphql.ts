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
      version
    }
  }
`);

export const ApplyStaffingTemplateMutation = graphql(`
  mutation ApplyStaffingTemplate($input: ApplyStaffingTemplateInput!) {
    applyStaffingTemplate(input: $input) {
      estateId
      templateId
      changed
      departmentsCreated
      positionsCreated
    }
  }
`);

export const CreatePositionMutation = graphql(`
  mutation CreatePosition($input: CreatePositionInput!) {
    createPosition(input: $input) {
      id
      version
    }
  }
`);

export const UpdatePositionMutation = graphql(`
  mutation UpdatePosition($input: UpdatePositionInput!) {
    updatePosition(input: $input) {
      id
      version
      plannedHeadcount
    }
  }
`);

export const DeletePositionMutation = graphql(`
  mutation DeletePosition($input: DeletePositionInput!) {
    deletePosition(input: $input)
  }
`);

export const StaffingTemplatesQuery = graphql(`
  query StaffingTemplates {
    staffingTemplates {
      id
      builtIn
      name
      description
      plannedHeadcount
      version
      departments {
        code
      }
      positions {
        code
      }
    }
  }
`);

export const CreateStaffingTemplateMutation = graphql(`
  mutation CreateStaffingTemplate($input: CreateStaffingTemplateInput!) {
    createStaffingTemplate(input: $input) {
      id
      name
      version
      plannedHeadcount
    }
  }
`);
