/**
 * The reports as an .xlsx workbook (exceljs): one sheet per table, a bold frozen
 * header, column widths, problem rows shaded, the notes below each table.
 * Offices pass these tables around in Excel.
 */
import type { ReportTable } from './tables';

const FILL = {
  problem: 'FFFCE4E4',
  warning: 'FFFFF4D6',
  good: 'FFE6F4EA',
} as const;

export async function toXlsx(tables: ReportTable[], title: string): Promise<Buffer> {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'PolicyLint';
  workbook.title = title;
  const used = new Set<string>();
  for (const t of tables) {
    let name = t.name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);
    for (let i = 2; used.has(name); i++) name = `${t.name.slice(0, 28)}(${i})`;
    used.add(name);
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
    sheet.addRow([t.title]).font = { bold: true, size: 13 };
    const header = sheet.addRow(t.columns.map((c) => c.header));
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    t.columns.forEach((c, i) => {
      sheet.getColumn(i + 1).width = c.width ?? 12;
    });
    for (const r of t.rows) {
      const row = sheet.addRow(t.columns.map((c) => r.cells[c.key] ?? ''));
      row.alignment = { vertical: 'top', wrapText: true };
      if (r.flag) {
        row.eachCell((cell) => {
          cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[r.flag!] } };
        });
      }
    }
    if (t.notes.length) {
      sheet.addRow([]);
      for (const n of t.notes) sheet.addRow([n]).font = { italic: true };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
