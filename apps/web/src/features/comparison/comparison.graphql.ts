import { graphql } from '../../gql';

export const ComparisonMatrixQuery = graphql(`
  query ComparisonMatrix($filter: ComparisonFilter!) {
    comparisonMatrix(filter: $filter) {
      period
      months
      indicators {
        code
        nameZh
        nameEn
        unit
        direction
        numeratorLabel
        denominatorLabel
        descriptionZh
      }
      rows {
        estateId
        estateName
        estateCode
        regionId
        regionName
        households
        metCount
        missedCount
        noDataCount
        metRate
        rank
        values
        judgements
        ranks
        monthCounts
        ownTargets {
          indicatorCode
          target {
            ...TargetFields
          }
        }
      }
      regions {
        regionId
        name
        estateCount
        cells {
          ...AggregateCellFields
        }
      }
      company {
        regionId
        name
        estateCount
        cells {
          ...AggregateCellFields
        }
      }
    }
  }
`);

/**
 * The period's numerator and denominator of one estate × indicator, for the cell drawer: the page's
 * matrix leaves them out (compact lists only), and one column is cheap to ask for on opening.
 */
export const ComparisonCellDetailQuery = graphql(`
  query ComparisonCellDetail($filter: ComparisonFilter!) {
    comparisonMatrix(filter: $filter) {
      rows {
        estateId
        cells {
          numerator
          denominator
        }
      }
    }
  }
`);

export const AggregateCellFieldsFragment = graphql(`
  fragment AggregateCellFields on AggregateCell {
    indicatorCode
    value
    target {
      ...TargetFields
    }
    judgement
    metCount
    missedCount
  }
`);

export const MissedCommitmentsQuery = graphql(`
  query MissedCommitments($filter: ComparisonFilter!) {
    missedCommitments(filter: $filter) {
      estateId
      estateName
      regionName
      indicator {
        code
        nameZh
        nameEn
        unit
        direction
      }
      value
      target {
        ...TargetFields
      }
      gap
    }
  }
`);

export const IndicatorTrendQuery = graphql(`
  query IndicatorTrend(
    $estateIds: [ID!]!
    $indicatorCodes: [String!]!
    $from: String!
    $to: String!
    $includeTotal: Boolean
  ) {
    indicatorTrend(
      estateIds: $estateIds
      indicatorCodes: $indicatorCodes
      from: $from
      to: $to
      includeTotal: $includeTotal
    ) {
      estateId
      estateName
      indicatorCode
      points {
        month
        value
        target {
          ...TargetFields
        }
        judgement
      }
    }
  }
`);

export const IndicatorAlertSubscription = graphql(`
  subscription IndicatorAlert {
    indicatorAlert {
      estateId
      estateName
      indicatorCode
      indicatorName
      month
      value
      target {
        ...TargetFields
      }
    }
  }
`);

/**
 * The revisions of one figure over the last 12 months, in one request: twelve aliased
 * `figureHistory` calls (the API has no per-month state list for a figure; 12 stays under the
 * alias limit of 15).
 */
export const FigureMonthsQuery = graphql(`
  query FigureMonths(
    $estateId: ID!
    $code: String!
    $m0: String!
    $m1: String!
    $m2: String!
    $m3: String!
    $m4: String!
    $m5: String!
    $m6: String!
    $m7: String!
    $m8: String!
    $m9: String!
    $m10: String!
    $m11: String!
  ) {
    m0: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m0) {
      ...FigureFields
    }
    m1: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m1) {
      ...FigureFields
    }
    m2: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m2) {
      ...FigureFields
    }
    m3: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m3) {
      ...FigureFields
    }
    m4: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m4) {
      ...FigureFields
    }
    m5: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m5) {
      ...FigureFields
    }
    m6: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m6) {
      ...FigureFields
    }
    m7: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m7) {
      ...FigureFields
    }
    m8: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m8) {
      ...FigureFields
    }
    m9: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m9) {
      ...FigureFields
    }
    m10: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m10) {
      ...FigureFields
    }
    m11: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m11) {
      ...FigureFields
    }
  }
`);

export const FIGURE_MONTHS = 12;

// The workbook is made as a file of the caller: the answer names it, GET /files/:id serves it.
export const ExportComparisonMutation = graphql(`
  mutation ExportComparison($input: ExportComparisonInput!) {
    exportComparison(input: $input) {
      id
      name
      contentType
      size
    }
  }
`);
