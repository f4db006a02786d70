/**
 * Bytes → text for the CLI and the corpus: UTF-8 (with or without BOM), UTF-16
 * with BOM, GB18030/GBK from old office machines, and binary files refused.
 * The editor gets text from VS Code and never comes here.
 */
import type * as IconvLite from 'iconv-lite';

// Loaded only for the rare GBK or UTF-16 file: its tables are half a megabyte.
let iconvModule: typeof IconvLite | undefined;
const iconv = (): typeof IconvLite => (iconvModule ??= require('iconv-lite') as typeof IconvLite);

export type Encoding = 'utf8' | 'utf8bom' | 'utf16le' | 'utf16be' | 'gb18030';

export type Decoded =
  | { kind: 'text'; text: string; encoding: Encoding }
  | { kind: 'binary'; reason: 'nul' | 'control' };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { kind: 'text', text: iconv().decode(Buffer.from(bytes.subarray(2)), 'utf16le'), encoding: 'utf16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { kind: 'text', text: iconv().decode(Buffer.from(bytes.subarray(2)), 'utf16be'), encoding: 'utf16be' };
  }
  const binary = sniffBinary(bytes);
  if (binary) return { kind: 'binary', reason: binary };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = utf8.decode(bom ? bytes.subarray(3) : bytes);
    return { kind: 'text', text, encoding: bom ? 'utf8bom' : 'utf8' };
  } catch {
    // Not valid UTF-8: a Chinese office file is then almost always GBK, of which
    // GB18030 is a superset.
    return { kind: 'text', text: iconv().decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030' };
  }
}

export function encode(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv().encode(text, 'utf16le')]);
    case 'utf16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), iconv().encode(text, 'utf16be')]);
    case 'gb18030':
      return iconv().encode(text, 'gb18030');
  }
}

/** NUL bytes, or many C0 control bytes in the first 8 KB, mean not a text file. */
function sniffBinary(bytes: Uint8Array): 'nul' | 'control' | undefined {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return 'nul';
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  return n > 0 && control / n > 0.05 ? 'control' : undefined;
}
