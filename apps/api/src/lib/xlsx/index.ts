/**
 * The .xlsx plumbing shared by every module that reads or writes Excel files (the figures
 * template and import, the comparison export): upload checks before any parsing, the download
 * wrapper, and the fills the workbooks share.
 */
import ExcelJS from 'exceljs';
import { badInput } from '../errors.js';
import { checkZipUnpackedSize } from './zip-guard.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/**
 * Real unpacked size an upload may reach: a full template (5,000 rows × 62 columns) unpacks to
 * 10.6 MB (measured), so 32 MB leaves room without letting a small zip expand into a parser that
 * holds everything in memory.
 */
export const MAX_UNZIPPED_BYTES = 32 * 1024 * 1024;

/** A file to hand to the client (the GraphQL `FileDownload`). */
export interface Download {
  filename: string;
  contentType: string;
  base64: string;
}

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

export async function toDownload(filename: string, workbook: ExcelJS.Workbook): Promise<Download> {
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { filename, contentType: XLSX_TYPE, base64: buffer.toString('base64') };
}

/**
 * Size and zip structure are checked, and every entry really unpacked and counted (not the sizes
 * the zip declares), before exceljs sees the bytes.
 */
export async function readUpload(base64: string): Promise<ExcelJS.Workbook> {
  const notXlsx = () =>
    badInput([{ path: ['base64'], reason: 'NOT_XLSX', message: '请上传 .xlsx 格式的模板文件' }]);
  if (base64.length > Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 4) throw tooLarge();
  const bytes = Buffer.from(base64, 'base64');
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

function tooLarge() {
  return badInput([{ path: ['base64'], reason: 'TOO_LARGE', message: '文件不能超过 5 MB' }]);
}
