import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { checkZipUnpackedSize } from './zip-guard.js';

async function zipOf(entries: Record<string, Buffer>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, data] of Object.entries(entries)) zip.addBuffer(data, name, { compress: true });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Rewrites every declared unpacked size (local headers, data descriptors, central directory). */
function forgeDeclaredSizes(zip: Buffer, declared: number): Buffer {
  const out = Buffer.from(zip);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50 && i + 26 <= out.length) out.writeUInt32LE(declared, i + 22);
    else if (sig === 0x08074b50 && i + 16 <= out.length) out.writeUInt32LE(declared, i + 12);
    else if (sig === 0x02014b50 && i + 28 <= out.length) out.writeUInt32LE(declared, i + 24);
  }
  return out;
}

describe('checkZipUnpackedSize', () => {
  it('counts what a real .xlsx unpacks to', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('月度指标').addRow(['翠湖苑', 98.5]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const check = await checkZipUnpackedSize(bytes, 1024 * 1024);
    expect(check.ok).toBe(true);
    expect(check.ok && check.unpackedBytes).toBeGreaterThan(bytes.length);
  });

  it('stops a zip that unpacks past the limit although it declares less (a forged zip bomb)', async () => {
    const honest = await zipOf({ 'xl/worksheets/sheet1.xml': Buffer.alloc(40 * 1024 * 1024) });
    expect(honest.length).toBeLessThan(200 * 1024);
    const forged = forgeDeclaredSizes(honest, 1000);
    // The declared total is tiny: a check of declared sizes alone would let it through.
    expect(await checkZipUnpackedSize(forged, 32 * 1024 * 1024)).toEqual({ ok: false, reason: 'TOO_LARGE' });
    // Even with a limit above the real size, a stream longer than its declaration is refused.
    expect(await checkZipUnpackedSize(forged, 64 * 1024 * 1024)).toEqual({ ok: false, reason: 'TOO_LARGE' });
  });

  it('stops an honest zip whose real size is over the limit, before inflating it all', async () => {
    const big = await zipOf({ a: Buffer.alloc(10 * 1024 * 1024), b: Buffer.alloc(10 * 1024 * 1024) });
    expect(await checkZipUnpackedSize(big, 15 * 1024 * 1024)).toEqual({ ok: false, reason: 'TOO_LARGE' });
    expect((await checkZipUnpackedSize(big, 25 * 1024 * 1024)).ok).toBe(true);
  });

  it('refuses bytes that are not a zip', async () => {
    expect(await checkZipUnpackedSize(Buffer.from('小区编号,房屋完好率\nA,1'), 1024)).toEqual({
      ok: false,
      reason: 'NOT_ZIP',
    });
  });
});
