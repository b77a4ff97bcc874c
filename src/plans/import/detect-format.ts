import path from 'node:path';
import { knownKeys } from '../../known-keys.js';

/** The file formats `tillit plan import` reads. */
export const importFormats = ['yaml', 'json', 'csv', 'xlsx', 'docx', 'pdf', 'text'] as const;
export type ImportFormat = (typeof importFormats)[number];

const byExtension = knownKeys<ImportFormat>({
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.json': 'json',
  '.csv': 'csv',
  '.xlsx': 'xlsx',
  '.xlsm': 'xlsx',
  '.docx': 'docx',
  '.docm': 'docx',
  '.pdf': 'pdf',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
});

/** What the first bytes say a file is, whatever its name. */
export type Sniffed = 'zip' | 'pdf' | 'ole' | 'unknown';

/** Recognises zip (XLSX, DOCX), PDF and the old binary Office formats (.xls, .doc) by their magic bytes. */
export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06)) return 'zip';
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'pdf';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'ole';
  return 'unknown';
}

/** True when an old-style Office container holds an encrypted document (a password-protected DOCX or XLSX). */
export function isEncryptedOffice(bytes: Uint8Array): boolean {
  const marker = Buffer.from('EncryptedPackage', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(marker);
}

/**
 * The format to read a file as: the one asked for, else a PDF by its
 * content, else the file name's extension, else what the content looks
 * like (zip → xlsx until its contents say docx, "{" → json, tab-separated
 * lines → text, ";"/"," lines → csv, "key:" lines → yaml).
 */
export function detectFormat(fileName: string, bytes: Uint8Array, requested?: ImportFormat): ImportFormat {
  if (requested) return requested;
  if (sniff(bytes) === 'pdf') return 'pdf';
  const fromName = byExtension.get(path.extname(fileName).toLowerCase());
  if (fromName) return fromName;
  if (sniff(bytes) === 'zip') return 'xlsx';
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) return 'json';
  const firstLine = head.split(/\r?\n/)[0] ?? '';
  if (/^[A-Za-z_]+:\s/m.test(head) && !firstLine.includes('\t') && !/[;,]/.test(firstLine)) return 'yaml';
  if (!head.includes('\t') && /[;,]/.test(firstLine)) return 'csv';
  return 'text';
}
