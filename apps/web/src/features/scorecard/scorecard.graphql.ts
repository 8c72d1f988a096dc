import { graphql } from '../../gql';

export const EstateScorecardQuery = graphql(`
  query EstateScorecard($estateId: ID!, $period: String!) {
    estateScorecard(estateId: $estateId, period: $period) {
      estateId
      estateName
      period
      metCount
      missedCount
      rank
      rankOf
      comparedWithin
      items {
        indicator {
          code
          nameZh
          nameEn
          unit
          direction
          descriptionZh
        }
        cell {
          indicatorCode
          value
          per1000
          numerator
          denominator
          months
          target {
            ...TargetFields
          }
          judgement
          rank
        }
        rankOf
        companyValue
        trend {
          month
          value
          target {
            ...TargetFields
          }
          judgement
        }
      }
    }
  }
`);
