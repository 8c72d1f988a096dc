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

export const AuditGradeBandsQuery = graphql(`
  query AuditGradeBands {
    auditGradeBands {
      grade
      label
      labelEn
      min
    }
  }
`);

export const UpdateAuditGradeBandsMutation = graphql(`
  mutation UpdateAuditGradeBands($input: UpdateAuditGradeBandsInput!) {
    updateAuditGradeBands(input: $input) {
      grade
      label
      labelEn
      min
    }
  }
`);
