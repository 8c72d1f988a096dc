import { Arg, Args, ArgsType, Ctx, Field, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import * as service from './companies.service.js';
import {
  Company,
  CompanyConnection,
  CompanyIdInput,
  CreateCompanyInput,
  UpdateCompanyInput,
  UpdateCompanySettingsInput,
} from './companies.types.js';

@ArgsType()
class CompaniesArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor to continue after.' })
  after?: string | null;
}

@Resolver(() => Company)
export class CompanyResolver {
  @Query(() => Company, { description: 'The company the session works in.' })
  company(@Ctx() ctx: Context) {
    return service.currentCompany(ctx);
  }

  @Query(() => CompanyConnection, { description: 'All tenant companies (platform admin only).' })
  companies(@Ctx() ctx: Context, @Args(() => CompaniesArgs) args: CompaniesArgs) {
    return service.listCompanies(ctx, args);
  }

  @Mutation(() => Company, {
    description: 'Creates a tenant company with its first admin (platform admin only).',
  })
  createCompany(@Ctx() ctx: Context, @Arg('input', () => CreateCompanyInput) input: CreateCompanyInput) {
    return service.createCompany(ctx, input);
  }

  @Mutation(() => Company, {
    description: 'Renames a company or changes its time zone (platform admin only).',
  })
  updateCompany(@Ctx() ctx: Context, @Arg('input', () => UpdateCompanyInput) input: UpdateCompanyInput) {
    return service.updateCompany(ctx, input);
  }

  @Mutation(() => Company, { description: 'Changes the settings of the company (company admin).' })
  updateCompanySettings(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateCompanySettingsInput) input: UpdateCompanySettingsInput,
  ) {
    return service.updateCompanySettings(ctx, input);
  }

  @Mutation(() => Company, {
    description: 'Suspends a company: its users are signed out (platform admin).',
  })
  suspendCompany(@Ctx() ctx: Context, @Arg('input', () => CompanyIdInput) input: CompanyIdInput) {
    return service.suspendCompany(ctx, input.id);
  }

  @Mutation(() => Company, { description: 'Lifts a suspension (platform admin only).' })
  reactivateCompany(@Ctx() ctx: Context, @Arg('input', () => CompanyIdInput) input: CompanyIdInput) {
    return service.reactivateCompany(ctx, input.id);
  }
}
