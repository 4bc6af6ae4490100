/** Reads the records of a dBase III file (the attribute table of a shapefile), every value as a trimmed string. */
export function readDbf(bytes: Uint8Array): Array<Record<string, string>> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = (start: number, end: number, encoding: 'latin1' | 'utf-8') =>
    new TextDecoder(encoding).decode(bytes.subarray(start, end));
  const count = view.getUint32(4, true);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  const fields: Array<{ name: string; length: number }> = [];
  // Field descriptors are 32 bytes each, from offset 32 to the 0x0d terminator.
  for (let offset = 32; bytes[offset] !== 0x0d; offset += 32) {
    const name = text(offset, offset + 11, 'latin1').replace(/\0.*$/, '');
    fields.push({ name, length: bytes[offset + 16] ?? 0 });
  }
  const records: Array<Record<string, string>> = [];
  for (let index = 0; index < count; index += 1) {
    // Each record starts with a deletion flag byte.
    let offset = headerLength + index * recordLength + 1;
    const record: Record<string, string> = {};
    for (const field of fields) {
      record[field.name] = text(offset, offset + field.length, 'utf-8')
        .replace(/\0+$/, '')
        .trim();
      offset += field.length;
    }
    records.push(record);
  }
  return records;
}
