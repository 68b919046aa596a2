/**
 * The signatures of the zip records this folder reads and writes. Reference: PKWARE, "APPNOTE.TXT - .ZIP File
 * Format Specification" 6.3.10, sections 4.3.7 (local file header), 4.3.12 (central directory header) and
 * 4.3.16 (end of central directory record).
 */
export const LOCAL_HEADER = 0x04034b50;
export const CENTRAL_HEADER = 0x02014b50;
export const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
