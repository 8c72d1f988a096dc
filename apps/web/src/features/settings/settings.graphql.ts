import { graphql } from '../../gql';

export const CompanySettingsQuery = graphql(`
  query CompanySettings {
    company {
      id
      name
      figureReminderDay
    }
  }
`);

export const UpdateCompanySettingsMutation = graphql(`
  mutation UpdateCompanySettings($input: UpdateCompanySettingsInput!) {
    updateCompanySettings(input: $input) {
      id
      figureReminderDay
    }
  }
`);
