import { useMemo } from 'react';
import { useQuery } from 'urql';

/**
 * The published template versions to plan against. Templates are Part A's module (the
 * `auditTemplates` query of the issue-9 contract); this branch was built before it, so the query is
 * a plain document outside codegen: until the templates module is merged it answers an error and
 * the pickers stay empty (with a hint). Once merged, replace it with a typed document.
 */
const TEMPLATE_CHOICES = `
  query AuditTemplateChoices {
    auditTemplates {
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
`;

interface Choices {
  auditTemplates: {
    edges: {
      node: {
        id: string;
        name: string;
        archived: boolean;
        versions: { id: string; number: number; name: string; itemCount: number }[];
      };
    }[];
  };
}

export interface TemplateChoice {
  templateId: string;
  name: string;
  /** Newest first. */
  versions: { id: string; number: number; itemCount: number }[];
}

export function useTemplateChoices(): { choices: TemplateChoice[]; unavailable: boolean; fetching: boolean } {
  const [{ data, error, fetching }] = useQuery<Choices>({ query: TEMPLATE_CHOICES });
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
