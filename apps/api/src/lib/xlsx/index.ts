/**
 * The .xlsx plumbing shared by every module that reads or writes Excel files (the figures
 * template and import, the comparison export): upload checks before any parsing, the download
 * wrapper, and the fills the workbooks share.
 */
import ExcelJS from 'exceljs';
import { badInput } from '../errors.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** Unpacked size a template may declare: far above any real one, far below a zip bomb. */
const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;

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

/** Size, zip structure and declared unpacked size are checked before exceljs sees the bytes. */
export async function readUpload(base64: string): Promise<ExcelJS.Workbook> {
  const notXlsx = () =>
    badInput([{ path: ['base64'], reason: 'NOT_XLSX', message: '请上传 .xlsx 格式的模板文件' }]);
  if (base64.length > Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 4) throw tooLarge();
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > MAX_UPLOAD_BYTES) throw tooLarge();
  const unzipped = declaredUnzippedSize(bytes);
  if (unzipped == null) throw notXlsx();
  if (unzipped > MAX_UNZIPPED_BYTES) throw tooLarge();
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

/**
 * Sum of the unpacked sizes the zip's central directory declares, or null when the bytes are not
 * a zip. A 5 MB upload can otherwise unpack to gigabytes inside the parser.
 */
function declaredUnzippedSize(buf: Buffer): number | null {
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50) return null;
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > buf.length || buf.readUInt32LE(offset) !== 0x02014b50) return null;
    const size = buf.readUInt32LE(offset + 24);
    // ZIP64 entries (0xFFFFFFFF) count as too large: no template needs them.
    total += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
    offset +=
      46 + buf.readUInt16LE(offset + 28) + buf.readUInt16LE(offset + 30) + buf.readUInt16LE(offset + 32);
  }
  return total;
}
