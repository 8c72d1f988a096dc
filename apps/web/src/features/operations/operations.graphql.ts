import { graphql } from '../../gql';

export const FeeCollectionsQuery = graphql(`
  query FeeCollections($estateId: ID!) {
    feeCollections(estateId: $estateId) {
      id
      estateId
      month
      receivable
      collected
      rate
      note
      version
    }
  }
`);

export const SaveFeeCollectionMutation = graphql(`
  mutation SaveFeeCollection($input: SaveFeeCollectionInput!) {
    saveFeeCollection(input: $input) {
      id
      month
      receivable
      collected
      rate
      note
      version
    }
  }
`);

export const ImportFeeCollectionsMutation = graphql(`
  mutation ImportFeeCollections($input: ImportFeeCollectionsInput!) {
    importFeeCollections(input: $input) {
      estateId
      saved
    }
  }
`);

export const ExportFeeCollectionsMutation = graphql(`
  mutation ExportFeeCollections($input: ExportFeeCollectionsInput!) {
    exportFeeCollections(input: $input) {
      id
      name
      contentType
      size
    }
  }
`);

export const IncidentsQuery = graphql(`
  query Incidents($filter: IncidentFilter!) {
    incidents(filter: $filter) {
      id
      kind
      occurredOn
      place
      description
      managementCaused
      handling
      handled
      handledOn
      version
    }
  }
`);

export const CreateIncidentMutation = graphql(`
  mutation CreateIncident($input: CreateIncidentInput!) {
    createIncident(input: $input) {
      id
      version
    }
  }
`);

export const UpdateIncidentMutation = graphql(`
  mutation UpdateIncident($input: UpdateIncidentInput!) {
    updateIncident(input: $input) {
      id
      version
    }
  }
`);

export const FacilityChecksQuery = graphql(`
  query FacilityChecks($filter: FacilityCheckFilter!) {
    facilityChecks(filter: $filter) {
      id
      facilityClass
      checkedOn
      itemsChecked
      itemsIntact
      defects
      checker
      note
      version
    }
  }
`);

export const CreateFacilityCheckMutation = graphql(`
  mutation CreateFacilityCheck($input: CreateFacilityCheckInput!) {
    createFacilityCheck(input: $input) {
      id
      version
    }
  }
`);

export const UpdateFacilityCheckMutation = graphql(`
  mutation UpdateFacilityCheck($input: UpdateFacilityCheckInput!) {
    updateFacilityCheck(input: $input) {
      id
      version
    }
  }
`);

export const CommunityActivitiesQuery = graphql(`
  query CommunityActivities($estateId: ID!, $year: Int) {
    communityActivities(estateId: $estateId, year: $year) {
      id
      heldOn
      title
      attendance
      place
      note
      version
    }
  }
`);

export const CreateCommunityActivityMutation = graphql(`
  mutation CreateCommunityActivity($input: CreateCommunityActivityInput!) {
    createCommunityActivity(input: $input) {
      id
      version
    }
  }
`);

export const UpdateCommunityActivityMutation = graphql(`
  mutation UpdateCommunityActivity($input: UpdateCommunityActivityInput!) {
    updateCommunityActivity(input: $input) {
      id
      version
    }
  }
`);

export const SpecialServicesQuery = graphql(`
  query SpecialServices($estateId: ID!) {
    specialServices(estateId: $estateId) {
      id
      name
      price
      unit
      description
      activeFrom
      activeUntil
      active
      version
    }
  }
`);

export const CreateSpecialServiceMutation = graphql(`
  mutation CreateSpecialService($input: CreateSpecialServiceInput!) {
    createSpecialService(input: $input) {
      id
      version
    }
  }
`);

export const UpdateSpecialServiceMutation = graphql(`
  mutation UpdateSpecialService($input: UpdateSpecialServiceInput!) {
    updateSpecialService(input: $input) {
      id
      version
    }
  }
`);

export const ApplySpecialServicePresetsMutation = graphql(`
  mutation ApplySpecialServicePresets($input: ApplySpecialServicePresetsInput!) {
    applySpecialServicePresets(input: $input) {
      id
    }
  }
`);

export const FeeIndicatorDrillDownQuery = graphql(`
  query FeeIndicatorDrillDown($estateId: ID!, $indicatorCode: String!, $month: String!) {
    feeIndicatorDrillDown(estateId: $estateId, indicatorCode: $indicatorCode, month: $month) {
      month
      numerator
      denominator
      value
      rows {
        id
        month
        receivable
        collected
      }
    }
  }
`);

export const IncidentIndicatorDrillDownQuery = graphql(`
  query IncidentIndicatorDrillDown($estateId: ID!, $indicatorCode: String!, $month: String!) {
    incidentIndicatorDrillDown(estateId: $estateId, indicatorCode: $indicatorCode, month: $month) {
      month
      numerator
      denominator
      value
      rows {
        counted
        incident {
          id
          kind
          occurredOn
          place
          description
          managementCaused
          handled
        }
      }
    }
  }
`);

export const FacilityCheckIndicatorDrillDownQuery = graphql(`
  query FacilityCheckIndicatorDrillDown($estateId: ID!, $indicatorCode: String!, $month: String!) {
    facilityCheckIndicatorDrillDown(estateId: $estateId, indicatorCode: $indicatorCode, month: $month) {
      month
      numerator
      denominator
      value
      rows {
        id
        checkedOn
        itemsChecked
        itemsIntact
        defects
        checker
      }
    }
  }
`);

export const ActivityIndicatorDrillDownQuery = graphql(`
  query ActivityIndicatorDrillDown($estateId: ID!, $indicatorCode: String!, $month: String!) {
    activityIndicatorDrillDown(estateId: $estateId, indicatorCode: $indicatorCode, month: $month) {
      month
      numerator
      value
      activities {
        id
        heldOn
        title
        attendance
      }
      services {
        id
        name
        price
        unit
      }
    }
  }
`);
