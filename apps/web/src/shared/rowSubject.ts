import { type SubjectName, subject } from '@anju/domain';

/**
 * Tags an API row for an ability check. Rows carry no companyId (the API scopes every query by
 * the session's company), but the rules' conditions match on it, so the session's is added.
 */
export function rowSubject(type: SubjectName, row: object, companyId: string) {
  return subject(type, { ...row, companyId } as Record<string, unknown>);
}
