// Reading the sizes of the pictures a site holds, from their headers.

/** The width and height in a JPEG's start-of-frame header (baseline or progressive). */
export function jpegSize(bytes) {
  for (let at = 2; at + 9 < bytes.length; ) {
    const marker = bytes[at + 1];
    if (marker === 0xc0 || marker === 0xc2) return [bytes.readUInt16BE(at + 7), bytes.readUInt16BE(at + 5)];
    at += 2 + bytes.readUInt16BE(at + 2);
  }
  throw new Error('no frame header in the JPEG');
}

/** The width and height in a PNG's IHDR, or an error if the bytes are not a PNG. */
export function pngSize(bytes) {
  if (bytes.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error('not a PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}
