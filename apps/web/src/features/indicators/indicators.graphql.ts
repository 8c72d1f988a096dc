import { graphql } from '../../gql';

export const EffectiveTargetFieldsFragment = graphql(`
  fragment EffectiveTargetFields on EffectiveTarget {
    indicatorCode
    estateId
    target {
      ...TargetFields
    }
    source
    effectiveMonth
    preset
  }
`);

export const IndicatorCatalogueQuery = graphql(`
  query IndicatorCatalogue($month: String!, $estateId: ID) {
    indicators(includeRetired: true) {
      ...IndicatorFields
    }
    effectiveTargets(month: $month, estateId: $estateId) {
      ...EffectiveTargetFields
    }
  }
`);

export const IndicatorSettingsQuery = graphql(`
  query IndicatorSettings {
    indicatorSettings {
      presetNow
      history {
        preset
        effectiveMonth
        setAt
      }
    }
  }
`);

export const TargetHistoryQuery = graphql(`
  query TargetHistory($indicatorCode: String!, $estateId: ID) {
    targetHistory(indicatorCode: $indicatorCode, estateId: $estateId) {
      id
      indicatorCode
      estateId
      target {
        ...TargetFields
      }
      effectiveMonth
      reason
      setByName
      setAt
    }
  }
`);

export const SetIndicatorPresetMutation = graphql(`
  mutation SetIndicatorPreset($input: SetIndicatorPresetInput!) {
    setIndicatorPreset(input: $input) {
      presetNow
      history {
        preset
        effectiveMonth
        setAt
      }
    }
  }
`);

export const SetIndicatorTargetMutation = graphql(`
  mutation SetIndicatorTarget($input: SetIndicatorTargetInput!) {
    setIndicatorTarget(input: $input) {
      ...EffectiveTargetFields
    }
  }
`);

export const CreateIndicatorMutation = graphql(`
  mutation CreateIndicator($input: CreateIndicatorInput!) {
    createIndicator(input: $input) {
      ...IndicatorFields
    }
  }
`);

export const RetireIndicatorMutation = graphql(`
  mutation RetireIndicator($input: RetireIndicatorInput!) {
    retireIndicator(input: $input) {
      ...IndicatorFields
    }
  }
`);
