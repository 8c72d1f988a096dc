import { graphql } from '../../gql';

export const SurveysQuery = graphql(`
  query Surveys($estateId: ID!) {
    surveys(estateId: $estateId) {
      id
      title
      opensOn
      closesOn
      status
      publicToken
      questions {
        key
        area
        text
      }
      results {
        answers
        satisfiedAnswers
        rate
        areas {
          area
          satisfied
          rated
          rate
        }
      }
    }
  }
`);

export const CreateSurveyMutation = graphql(`
  mutation CreateSurvey($input: CreateSurveyInput!) {
    createSurvey(input: $input) {
      id
      publicToken
    }
  }
`);

export const HouseholdCodesQuery = graphql(`
  query HouseholdCodes($estateId: ID!) {
    householdCodes(estateId: $estateId) {
      id
      code
      note
    }
  }
`);

export const GenerateHouseholdCodesMutation = graphql(`
  mutation GenerateHouseholdCodes($input: GenerateHouseholdCodesInput!) {
    generateHouseholdCodes(input: $input) {
      id
      code
      note
    }
  }
`);

export const SurveyCoverageQuery = graphql(`
  query SurveyCoverage($year: Int!) {
    surveyCoverage(year: $year) {
      estateId
      estateName
      surveys
      flagged
    }
  }
`);

export const PublicSurveyQuery = graphql(`
  query PublicSurvey($token: String!) {
    publicSurvey(token: $token) {
      title
      estateName
      companyName
      opensOn
      closesOn
      status
      questions {
        key
        area
        text
      }
    }
  }
`);

export const SubmitSurveyAnswerMutation = graphql(`
  mutation SubmitSurveyAnswer($input: SubmitSurveyAnswerInput!) {
    submitSurveyAnswer(input: $input) {
      ok
      submittedAt
    }
  }
`);

export const SurveyIndicatorDrillDownQuery = graphql(`
  query SurveyIndicatorDrillDown($estateId: ID!, $indicatorCode: String!, $month: String!) {
    surveyIndicatorDrillDown(estateId: $estateId, indicatorCode: $indicatorCode, month: $month) {
      estateId
      month
      numerator
      denominator
      value
      rows {
        surveyId
        title
        closesOn
        answers
        satisfiedAnswers
        areas {
          area
          rate
        }
      }
    }
  }
`);
