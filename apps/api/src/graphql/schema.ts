import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { installStringGuard } from '../lib/validation-net.js';
import { ActivityResolver } from '../modules/activities/index.js';
import {
  AuditCampaignResolver,
  AuditItemAnswerResolver,
  AuditResolver,
  AuditScheduleResolver,
  AuditTemplateResolver,
  FindingResolver,
  RectificationResolver,
} from '../modules/audits/index.js';
import { AuthResolver } from '../modules/auth/index.js';
import { CompanyResolver } from '../modules/companies/index.js';
import { ComparisonResolver } from '../modules/comparison/index.js';
import { ComplaintResolver } from '../modules/complaints/index.js';
import { EstateResolver } from '../modules/estates/index.js';
import { FacilityCheckResolver } from '../modules/facility-checks/index.js';
import { FeeResolver } from '../modules/fees/index.js';
import { FigureResolver } from '../modules/figures/index.js';
import { IncidentResolver } from '../modules/incidents/index.js';
import { IndicatorResolver } from '../modules/indicators/index.js';
import { JobResolver } from '../modules/jobs/index.js';
import { NotificationResolver } from '../modules/notifications/index.js';
import { RegionResolver } from '../modules/regions/index.js';
import { RepairReportResolver } from '../modules/repair-reports/index.js';
import { RosterResolver } from '../modules/rosters/index.js';
import { StaffResolver } from '../modules/staff/index.js';
import { StaffingResolver } from '../modules/staffing/index.js';
import { SurveyResolver } from '../modules/surveys/index.js';
import { TeamResolver } from '../modules/team/index.js';
import { MembershipResolver, UserResolver } from '../modules/users/index.js';
import { WorkOrderResolver } from '../modules/work-orders/index.js';
import type { AppPubSub } from './pubsub.js';

export const resolvers = [
  AuthResolver,
  CompanyResolver,
  RegionResolver,
  EstateResolver,
  UserResolver,
  MembershipResolver,
  IndicatorResolver,
  FigureResolver,
  ComparisonResolver,
  JobResolver,
  NotificationResolver,
  AuditTemplateResolver,
  AuditResolver,
  AuditItemAnswerResolver,
  AuditCampaignResolver,
  AuditScheduleResolver,
  FindingResolver,
  RectificationResolver,
  TeamResolver,
  RosterResolver,
  StaffResolver,
  StaffingResolver,
  WorkOrderResolver,
  FeeResolver,
  IncidentResolver,
  FacilityCheckResolver,
  ActivityResolver,
  RepairReportResolver,
  ComplaintResolver,
  SurveyResolver,
] as const;

export async function buildAppSchema(pubSub: AppPubSub, emitSchemaFile?: string): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    pubSub: pubSub as never,
    // Inputs are validated by the domain's zod schemas in each service (lib/validation.ts), under
    // the string guard below; type-graphql's class-validator integration is not used.
    validate: false,
    emitSchemaFile: emitSchemaFile ? { path: emitSchemaFile, sortedSchema: false } : false,
  });
  return installStringGuard(schema);
}
