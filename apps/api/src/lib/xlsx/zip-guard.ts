import yauzl from 'yauzl';

export type ZipCheck = { ok: true; unpackedBytes: number } | { ok: false; reason: 'NOT_ZIP' | 'TOO_LARGE' };

/**
 * Inflates every entry of a zip (an .xlsx is one) and counts the bytes it really unpacks to,
 * stopping as soon as the total passes `maxUnpackedBytes`. The sizes a zip declares are not
 * trusted: a 119 KB file that declares 1,000 bytes can unpack to 120 MB inside a parser that
 * believes it. yauzl's `validateEntrySizes` also fails an entry that unpacks to more than it
 * declared. Nothing is kept: the caller hands the same bytes to its parser once this says ok.
 */
export async function checkZipUnpackedSize(bytes: Buffer, maxUnpackedBytes: number): Promise<ZipCheck> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true });
  } catch {
    return { ok: false, reason: 'NOT_ZIP' };
  }
  let total = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue;
      // Declared sizes are checked first (cheap), then the real stream is counted.
      if (total + entry.uncompressedSize > maxUnpackedBytes) return { ok: false, reason: 'TOO_LARGE' };
      const stream = await zip.openReadStreamPromise(entry);
      for await (const chunk of stream) {
        total += (chunk as Buffer).length;
        if (total > maxUnpackedBytes) {
          stream.destroy();
          return { ok: false, reason: 'TOO_LARGE' };
        }
      }
    }
  } catch (error) {
    // yauzl reports an entry that unpacks to more than it declared as an error: a forged size.
    if (error instanceof Error && /too many bytes/.test(error.message)) {
      return { ok: false, reason: 'TOO_LARGE' };
    }
    return { ok: false, reason: 'NOT_ZIP' };
  } finally {
    zip.close();
  }
  return { ok: true, unpackedBytes: total };
}
