import type { Language } from '@anju/domain';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { FileRef, LanguageEnum } from '../../graphql/common-types.js';
import type { Context } from '../../graphql/context.js';
import { exportStaff, importStaff } from './staff.excel.js';
import * as records from './staff.records.js';
import * as service from './staff.service.js';
import {
  AddStaffCertificateInput,
  AddStaffTrainingInput,
  CreateStaffInput,
  ImportStaffInput,
  StaffCertificate,
  StaffFilter,
  StaffImportResult,
  StaffMember,
  StaffMemberConnection,
  StaffTraining,
  UpdateStaffCertificateInput,
  UpdateStaffInput,
} from './staff.types.js';

@Resolver(() => StaffMember)
export class StaffResolver {
  @Query(() => StaffMemberConnection, {
    description: 'Staff of an estate; personal data only where permitted.',
  })
  staffMembers(
    @Ctx() ctx: Context,
    @Arg('filter', () => StaffFilter) filter: StaffFilter,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    return service.listStaffMembers(ctx, { filter, first, after });
  }

  @Query(() => StaffMember, { description: 'A member of staff with certificates and training records.' })
  staffMember(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return service.staffMember(ctx, id);
  }

  @Mutation(() => StaffMember, { description: 'Adds a member of staff to an estate.' })
  createStaff(@Ctx() ctx: Context, @Arg('input', () => CreateStaffInput) input: CreateStaffInput) {
    return service.createStaff(ctx, input);
  }

  @Mutation(() => StaffMember, { description: 'Changes a staff record (optimistic lock on its version).' })
  updateStaff(@Ctx() ctx: Context, @Arg('input', () => UpdateStaffInput) input: UpdateStaffInput) {
    return service.updateStaff(ctx, input);
  }

  @Mutation(() => String, {
    description: 'The whole ID number of a member of staff; written to the change log.',
  })
  revealStaffIdNumber(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return service.revealStaffIdNumber(ctx, id);
  }

  @Mutation(() => StaffCertificate, {
    description: 'Adds a certificate (with an uploaded scan) to a member of staff.',
  })
  addStaffCertificate(
    @Ctx() ctx: Context,
    @Arg('input', () => AddStaffCertificateInput) input: AddStaffCertificateInput,
  ) {
    return records.addStaffCertificate(ctx, input);
  }

  @Mutation(() => StaffCertificate, {
    description: 'Changes a certificate (optimistic lock on its version).',
  })
  updateStaffCertificate(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateStaffCertificateInput) input: UpdateStaffCertificateInput,
  ) {
    return records.updateStaffCertificate(ctx, input);
  }

  @Mutation(() => ID, { description: 'Deletes a certificate; answers its id.' })
  deleteStaffCertificate(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return records.deleteStaffCertificate(ctx, id);
  }

  @Mutation(() => StaffTraining, { description: 'Adds a training record to a member of staff.' })
  addStaffTraining(
    @Ctx() ctx: Context,
    @Arg('input', () => AddStaffTrainingInput) input: AddStaffTrainingInput,
  ) {
    return records.addStaffTraining(ctx, input);
  }

  @Mutation(() => ID, { description: 'Deletes a training record; answers its id.' })
  deleteStaffTraining(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return records.deleteStaffTraining(ctx, id);
  }

  @Mutation(() => StaffImportResult, {
    description: 'Adds the staff of an uploaded .xlsx: all rows or none.',
  })
  importStaff(@Ctx() ctx: Context, @Arg('input', () => ImportStaffInput) input: ImportStaffInput) {
    return importStaff(ctx, input);
  }

  @Mutation(() => FileRef, { description: 'An estate’s staff as .xlsx (template: the empty import file).' })
  exportStaff(
    @Ctx() ctx: Context,
    @Arg('estateId', () => ID) estateId: string,
    @Arg('language', () => LanguageEnum, { nullable: true }) language: Language | null,
    @Arg('template', () => Boolean, { nullable: true }) template: boolean | null,
  ) {
    return exportStaff(ctx, { estateId, language, template });
  }
}
