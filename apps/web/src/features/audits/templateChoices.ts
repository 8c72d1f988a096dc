import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';

/** The published template versions to plan against (the templates module's `auditTemplates`). */
const TemplateChoicesQuery = graphql(`
  query AuditTemplateChoices {
    auditTemplates(first: 50) {
      edges {
        node {
          id
          name
          archived
          versions {
            id
            number
            name
            itemCount
          }
        }
      }
    }
  }
`);

export interface TemplateChoice {
  templateId: string;
  name: string;
  /** Newest first. */
  versions: { id: string; number: number; itemCount: number }[];
}

export function useTemplateChoices(): { choices: TemplateChoice[]; unavailable: boolean; fetching: boolean } {
  const [{ data, error, fetching }] = useQuery({ query: TemplateChoicesQuery });
  const choices = useMemo(
    () =>
      (data?.auditTemplates.edges ?? [])
        .map((e) => e.node)
        .filter((n) => !n.archived && n.versions.length > 0)
        .map((n) => ({
          templateId: n.id,
          name: n.name,
          versions: [...n.versions].sort((a, b) => b.number - a.number),
        })),
    [data],
  );
  return { choices, unavailable: !!error, fetching };
}
