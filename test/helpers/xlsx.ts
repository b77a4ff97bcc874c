import ExcelJS from 'exceljs';

/** A cell value for a test workbook: text, number, date, or a date formatted as a month. */
export type TestCell = string | number | Date | null | { month: Date };

/** Writes a real XLSX workbook (with ExcelJS) from rows of cells, one sheet per entry. */
export async function workbookBytes(sheets: Array<{ name: string; rows: TestCell[][] }>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null) return;
        const cell = worksheet.getCell(r + 1, c + 1);
        if (typeof value === 'object' && !(value instanceof Date)) {
          cell.value = value.month;
          cell.numFmt = 'mmmm yyyy';
        } else {
          cell.value = value;
          if (value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
        }
      });
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
