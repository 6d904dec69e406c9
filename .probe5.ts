import ExcelJS from 'exceljs';
import { reviewWorkbook } from './src/sheets/workbook.ts';
import { oshUnit113 } from './src/rubric/osh-unit-113.ts';
import { writeXlsx } from './src/workbook/exceljs-writer.ts';
import { importXlsx } from './src/office-double/export-xlsx.ts';
for (let i=0;i<3;i++){
let t = performance.now();
const d = reviewWorkbook(oshUnit113);
console.log('describe', performance.now()-t); t = performance.now();
const bytes = await writeXlsx(ExcelJS, { sheets: d.sheets, names: [] });
console.log('write', performance.now()-t, bytes.length); t = performance.now();
await importXlsx(bytes, ExcelJS);
console.log('import', performance.now()-t);
}
