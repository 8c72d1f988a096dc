/**
 * The .xlsx plumbing shared by every module that reads or writes Excel files (the figures
 * template and import, the comparison export): checks of an uploaded workbook before any parsing,
 * storing a built one as a file to download, and the fills the workbooks share.
 */
import ExcelJS from 'exceljs';
import { type FileInfo, storeGeneratedFile } from '../../files/index.js';
import { type Context, requireTenant } from '../../graphql/context.js';
import { badInput } from '../errors.js';
import { tenantWrite } from '../write.js';
import { checkZipUnpackedSize } from './zip-guard.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/**
 * Real unpacked size an upload may reach: a full template (5,000 rows × 62 columns) unpacks to
 * 10.6 MB (measured), so 32 MB leaves room without letting a small zip expand into a parser that
 * holds everything in memory.
 */
export const MAX_UNZIPPED_BYTES = 32 * 1024 * 1024;

export const FILL = {
  header: 'FFDDEBF7',
  locked: 'FFE7E6E6',
  met: 'FFC6EFCE',
  missed: 'FFFFC7CE',
  noData: 'FFEDEDED',
} as const;

export function solid(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

/**
 * Stores a built workbook as a file of the caller and answers it (the GraphQL `FileRef`): the
 * client downloads it from `GET /files/:id`; nobody else may, and it expires like an unattached
 * upload. Written after any transaction: building and storing hold no connection of the request.
 */
export async function storeWorkbook(
  ctx: Context,
  name: string,
  workbook: ExcelJS.Workbook,
): Promise<FileInfo> {
  const caller = requireTenant(ctx);
  const content = Buffer.from(await workbook.xlsx.writeBuffer());
  const file = await storeGeneratedFile(ctx.services.database, ctx.services.fileStorage, caller, {
    name,
    type: XLSX_TYPE,
    content,
    now: ctx.services.clock(),
  });
  // Who took which data out of the system, and when: kept in the change log like any mutation.
  await tenantWrite(ctx, ({ changeLog }) => changeLog('files.export', 'File', file.id, null, file));
  return file;
}

/**
 * An uploaded workbook, ready to read: size and zip structure are checked, and every entry really
 * unpacked and counted (not the sizes the zip declares), before exceljs sees the bytes. Problems
 * name `field` (the input that named the file).
 */
export async function readWorkbook(bytes: Buffer, field = 'fileId'): Promise<ExcelJS.Workbook> {
  const notXlsx = () =>
    badInput([{ path: [field], reason: 'NOT_XLSX', message: '请上传 .xlsx 格式的模板文件' }]);
  const tooLarge = () =>
    badInput([{ path: [field], reason: 'TOO_LARGE', message: '文件不能超过 5 MB', params: { max: '5 MB' } }]);
  if (bytes.length > MAX_UPLOAD_BYTES) throw tooLarge();
  const check = await checkZipUnpackedSize(bytes, MAX_UNZIPPED_BYTES);
  if (!check.ok) throw check.reason === 'TOO_LARGE' ? tooLarge() : notXlsx();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw notXlsx();
  }
  return wb;
}
