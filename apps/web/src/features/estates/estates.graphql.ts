import { graphql } from '../../gql';

export const EstateFieldsFragment = graphql(`
  fragment EstateFields on Estate {
    id
    name
    code
    regionId
    region {
      id
      name
    }
    address
    type
    grossFloorArea
    households
    buildings
    contractStart
    contractEnd
    feeRate
    status
    version
    archivedAt
    updatedAt
  }
`);

export const EstatesQuery = graphql(`
  query Estates($first: Int, $after: String, $filter: EstateFilter) {
    estates(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...EstateFields
        }
      }
    }
  }
`);

export const RegionsQuery = graphql(`
  query Regions($includeArchived: Boolean) {
    regions(includeArchived: $includeArchived) {
      id
      name
      code
      estateCount
      version
      archivedAt
    }
  }
`);

export const CreateEstateMutation = graphql(`
  mutation CreateEstate($input: CreateEstateInput!) {
    createEstate(input: $input) {
      ...EstateFields
    }
  }
`);

export const UpdateEstateMutation = graphql(`
  mutation UpdateEstate($input: UpdateEstateInput!) {
    updateEstate(input: $input) {
      ...EstateFields
    }
  }
`);

export const ArchiveEstateMutation = graphql(`
  mutation ArchiveEstate($input: ArchiveInput!) {
    archiveEstate(input: $input) {
      ...EstateFields
    }
  }
`);

export const EstateChangedSubscription = graphql(`
  subscription EstateChanged {
    estateChanged {
      kind
      estate {
        ...EstateFields
      }
    }
  }
`);

export const CreateRegionMutation = graphql(`
  mutation CreateRegion($input: CreateRegionInput!) {
    createRegion(input: $input) {
      id
      name
      code
      estateCount
      version
      archivedAt
    }
  }
`);

export const UpdateRegionMutation = graphql(`
  mutation UpdateRegion($input: UpdateRegionInput!) {
    updateRegion(input: $input) {
      id
      name
      code
      estateCount
      version
      archivedAt
    }
  }
`);

export const ArchiveRegionMutation = graphql(`
  mutation ArchiveRegion($input: ArchiveInput!) {
    archiveRegion(input: $input) {
      id
      version
      archivedAt
    }
  }
`);

export const EstateQuery = graphql(`
  query Estate($id: ID!) {
    estate(id: $id) {
      ...EstateFields
    }
  }
`);
