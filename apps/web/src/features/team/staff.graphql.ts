import { graphql } from '../../gql';

export const StaffListFieldsFragment = graphql(`
  fragment StaffListFields on StaffMember {
    id
    estateId
    departmentId
    positionId
    userId
    name
    phone
    idNumberMasked
    gender
    hireDate
    leaveDate
    status
    shiftCrew
    personalDataVisible
    certificateState
    version
    position {
      id
      name
      nameEn
      certificateRequired
    }
    department {
      id
      name
      nameEn
    }
  }
`);

export const StaffMembersQuery = graphql(`
  query StaffMembers($filter: StaffFilter!, $first: Int, $after: String) {
    staffMembers(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...StaffListFields
        }
      }
    }
  }
`);

export const StaffMemberQuery = graphql(`
  query StaffMember($id: ID!) {
    staffMember(id: $id) {
      ...StaffListFields
      birthDate
      note
      certificates {
        id
        kind
        number
        issuer
        issuedOn
        expiresOn
        scanFileId
        state
        daysToExpiry
        version
      }
      trainings {
        id
        course
        trainedOn
        hours
        passed
        note
      }
    }
  }
`);

export const CreateStaffMutation = graphql(`
  mutation CreateStaff($input: CreateStaffInput!) {
    createStaff(input: $input) {
      ...StaffListFields
    }
  }
`);

export const UpdateStaffMutation = graphql(`
  mutation UpdateStaff($input: UpdateStaffInput!) {
    updateStaff(input: $input) {
      ...StaffListFields
      birthDate
      note
    }
  }
`);

export const RevealStaffIdNumberMutation = graphql(`
  mutation RevealStaffIdNumber($id: ID!) {
    revealStaffIdNumber(id: $id)
  }
`);

export const AddStaffCertificateMutation = graphql(`
  mutation AddStaffCertificate($input: AddStaffCertificateInput!) {
    addStaffCertificate(input: $input) {
      id
    }
  }
`);

export const DeleteStaffCertificateMutation = graphql(`
  mutation DeleteStaffCertificate($id: ID!) {
    deleteStaffCertificate(id: $id)
  }
`);

export const AddStaffTrainingMutation = graphql(`
  mutation AddStaffTraining($input: AddStaffTrainingInput!) {
    addStaffTraining(input: $input) {
      id
    }
  }
`);

export const DeleteStaffTrainingMutation = graphql(`
  mutation DeleteStaffTraining($id: ID!) {
    deleteStaffTraining(id: $id)
  }
`);

export const ImportStaffMutation = graphql(`
  mutation ImportStaff($input: ImportStaffInput!) {
    importStaff(input: $input) {
      estateId
      created
    }
  }
`);

export const ExportStaffMutation = graphql(`
  mutation ExportStaff($estateId: ID!, $language: Language, $template: Boolean) {
    exportStaff(estateId: $estateId, language: $language, template: $template) {
      id
      name
      contentType
      size
    }
  }
`);
