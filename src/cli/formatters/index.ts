/** The CLI's output formats by name. */
import type { FormatName, FormatOptions, Formatter } from './formatter';
import { json } from './json';
import { sarif } from './sarif';
import { stylish } from './stylish';

export const FORMATS: Record<FormatName, (options: FormatOptions) => Formatter> = { stylish, json, sarif };

export function formatterFor(name: FormatName, options: FormatOptions): Formatter {
  return FORMATS[name](options);
}
