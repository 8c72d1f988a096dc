import { graphql } from '../../gql';

// Fields are spelt out rather than spread from IndicatorFields/TargetFields: the API's depth
// limit (10) counts every fragment level, and the mutations nest this fragment once more.
export const MonthlyFormFieldsFragment = graphql(`
  fragment MonthlyFormFields on MonthlyForm {
    estateId
    estateName
    month
    state
    rejectReason
    items {
      indicator {
        code
        nameZh
        nameEn
        unit
        direction
        aggregation
        numeratorLabel
        denominatorLabel
        descriptionZh
        retired
        computed
        measurement
      }
      figure {
        ...FigureFields
      }
      effective {
        ...FigureFields
      }
      target {
        op
        value
        label
      }
      judgement
    }
  }
`);

export const MonthlyFormQuery = graphql(`
  query MonthlyForm($estateId: ID!, $month: String!) {
    monthlyForm(estateId: $estateId, month: $month) {
      ...MonthlyFormFields
    }
  }
`);

export const FigureHistoryQuery = graphql(`
  query FigureHistory($estateId: ID!, $indicatorCode: String!, $month: String!) {
    figureHistory(estateId: $estateId, indicatorCode: $indicatorCode, month: $month) {
      ...FigureFields
    }
  }
`);

export const SaveMonthlyFiguresMutation = graphql(`
  mutation SaveMonthlyFigures($input: SaveMonthlyFiguresInput!) {
    saveMonthlyFigures(input: $input) {
      ...MonthlyFormFields
    }
  }
`);

export const SubmitMonthlyFiguresMutation = graphql(`
  mutation SubmitMonthlyFigures($input: EstateMonthInput!) {
    submitMonthlyFigures(input: $input) {
      ...MonthlyFormFields
    }
  }
`);

export const CorrectMonthlyFigureMutation = graphql(`
  mutation CorrectMonthlyFigure($input: CorrectMonthlyFigureInput!) {
    correctMonthlyFigure(input: $input) {
      ...MonthlyFormFields
    }
  }
`);

// The template is made as a file of the caller: the answer names it, GET /files/:id serves it.
export const ExportMonthlyFigureTemplateMutation = graphql(`
  mutation ExportMonthlyFigureTemplate($input: ExportMonthlyFigureTemplateInput!) {
    exportMonthlyFigureTemplate(input: $input) {
      id
      name
      contentType
      size
    }
  }
`);

// The filled template goes up through POST /files first; the import names it by id.
export const ImportMonthlyFiguresMutation = graphql(`
  mutation ImportMonthlyFigures($input: ImportMonthlyFiguresInput!) {
    importMonthlyFigures(input: $input) {
      estateCount
      figureCount
    }
  }
`);
