import { graphql } from '../../gql';

export const TargetFieldsFragment = graphql(`
  fragment TargetFields on TargetValue {
    op
    value
    label
  }
`);

export const IndicatorFieldsFragment = graphql(`
  fragment IndicatorFields on Indicator {
    code
    nameZh
    nameEn
    unit
    direction
    measurement
    aggregation
    numeratorLabel
    denominatorLabel
    descriptionZh
    builtIn
    retired
    computed
    presetA {
      ...TargetFields
    }
    presetB {
      ...TargetFields
    }
  }
`);

/** Regions for filter selects (only for roles that may read regions). */
export const FilterRegionsQuery = graphql(`
  query FilterRegions {
    regions {
      id
      name
    }
  }
`);

/** Estates for a single-estate picker, searched on the server. */
export const EstatePickerQuery = graphql(`
  query EstatePicker($search: String) {
    estates(first: 50, filter: { search: $search }) {
      edges {
        node {
          id
          name
          code
          regionId
        }
      }
    }
  }
`);

/** Monthly figures changed anywhere in the company: pages refetch what they show. */
export const FiguresChangedSubscription = graphql(`
  subscription FiguresChanged {
    figuresChanged {
      estateId
      month
      state
    }
  }
`);

export const FigureFieldsFragment = graphql(`
  fragment FigureFields on MonthlyFigure {
    id
    estateId
    indicatorCode
    month
    revision
    version
    numerator
    denominator
    value
    source
    state
    effective
    note
    rejectReason
    correctionReason
    submittedAt
    decidedAt
    updatedAt
  }
`);
