import { graphql } from '../../gql';

export const AuditTemplatesQuery = graphql(`
  query AuditTemplates($includeArchived: Boolean) {
    auditTemplates(first: 50, includeArchived: $includeArchived) {
      totalCount
      edges {
        node {
          id
          name
          description
          publishedVersion
          archived
          version
          updatedAt
          latestVersion {
            id
            number
            itemCount
            publishedAt
          }
        }
      }
    }
  }
`);

export const AuditTemplateQuery = graphql(`
  query AuditTemplate($id: ID!) {
    auditTemplate(id: $id) {
      id
      name
      description
      publishedVersion
      archived
      version
      updatedAt
      draft {
        sections {
          key
          department
          title
          titleEn
          items {
            key
            title
            standard
            titleEn
            standardEn
            maxScore
            critical
          }
        }
      }
      versions {
        id
        number
        name
        itemCount
        publishedAt
      }
    }
  }
`);

export const CreateAuditTemplateMutation = graphql(`
  mutation CreateAuditTemplate($input: CreateAuditTemplateInput!) {
    createAuditTemplate(input: $input) {
      id
      name
      version
    }
  }
`);

export const UpdateAuditTemplateMutation = graphql(`
  mutation UpdateAuditTemplate($input: UpdateAuditTemplateInput!) {
    updateAuditTemplate(input: $input) {
      id
      name
      description
      version
      updatedAt
    }
  }
`);

export const PublishAuditTemplateMutation = graphql(`
  mutation PublishAuditTemplate($input: PublishAuditTemplateInput!) {
    publishAuditTemplate(input: $input) {
      id
      version
      publishedVersion
      versions {
        id
        number
        name
        itemCount
        publishedAt
      }
    }
  }
`);

export const ArchiveAuditTemplateMutation = graphql(`
  mutation ArchiveAuditTemplate($input: ArchiveAuditTemplateInput!) {
    archiveAuditTemplate(input: $input) {
      id
      archived
      version
    }
  }
`);

export const ImportAuditTemplateItemsMutation = graphql(`
  mutation ImportAuditTemplateItems($input: ImportAuditTemplateItemsInput!) {
    importAuditTemplateItems(input: $input) {
      id
      version
      updatedAt
      draft {
        sections {
          key
          department
          title
          titleEn
          items {
            key
            title
            standard
            titleEn
            standardEn
            maxScore
            critical
          }
        }
      }
    }
  }
`);

export const ExportAuditTemplateMutation = graphql(`
  mutation ExportAuditTemplate($input: ExportAuditTemplateInput!) {
    exportAuditTemplate(input: $input) {
      id
      name
      contentType
      size
    }
  }
`);
