/**
 * Derives the unit lexicon's raw material from a corpus: every unit named in a
 * responsibility clause, with how often and where, marked when the curated
 * lexicon (src/core/data/units.json) does not know it. The output is for a person
 * to curate, never written into the data file by itself (OCR-damaged names such as
 * 省科 or 市市工信委 must be left out by hand).
 *
 *   node out/src/tools/deriveUnits.js [folder…]     (default: seeds/)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UnitLexicon, normalizeUnit } from '../core/lexicon/units';
import { parseDraft } from '../core/parse/parse';
import { decode } from '../core/text/decode';

interface Seen {
  count: number;
  where: string[];
}

export function deriveUnits(files: string[]): Map<string, Seen> {
  const units = new Map<string, Seen>();
  for (const file of files) {
    const decoded = decode(fs.readFileSync(file));
    if (decoded.kind !== 'text') continue;
    const draft = parseDraft(decoded.text);
    const id = path.basename(file).slice(0, 3);
    for (const doc of draft.documents) {
      for (const c of doc.clauses) {
        for (const u of c.units) {
          const name = normalizeUnit(u.name);
          const seen = units.get(name) ?? { count: 0, where: [] };
          seen.count++;
          if (seen.where.length < 3) seen.where.push(`${id}:${draft.lines.lineAt(u.range.start) + 1}`);
          units.set(name, seen);
        }
      }
    }
  }
  return units;
}

if (require.main === module) {
  const root = path.resolve(__dirname, '../../..');
  const folders = process.argv.slice(2).length ? process.argv.slice(2) : [path.join(root, 'seeds')];
  const files = folders.flatMap((f) => (fs.statSync(f).isDirectory() ? fs.readdirSync(f).filter((n) => /\.(txt|md)$/.test(n)).map((n) => path.join(f, n)) : [f]));
  const lexicon = new UnitLexicon();
  const units = [...deriveUnits(files)].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0], 'zh'));
  for (const [name, seen] of units) {
    const mark = lexicon.isKnown(name) ? ' ' : '?';
    console.log(`${mark} ${String(seen.count).padStart(3)}  ${name}  ${seen.where.join(' ')}`);
  }
  const unknown = units.filter(([n]) => !lexicon.isKnown(n)).length;
  console.log(`\n${units.length} distinct names, ${unknown} not in the lexicon (marked ?)`);
}
