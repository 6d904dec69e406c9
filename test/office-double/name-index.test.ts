/**
 * Names are looked up through an index (packages/office-double/names.ts) that
 * must follow every add and delete, within one batch and across batches.
 */
import { expect, it } from 'vitest';
import { createDouble } from '../../packages/office-double/index.ts';

it('a name deleted and added again is found where it now points, in any case', async () => {
  const double = createDouble();
  await double.run(async (context) => {
    const sheet = context.workbook.worksheets.add('評分');
    context.workbook.names.add('總分', sheet.getRange('E12'));
    const first = context.workbook.names.getItem('總分');
    first.load('formula');
    await context.sync();
    expect(first.formula).toBe('=評分!$E$12');

    context.workbook.names.getItem('總分').delete();
    const gone = context.workbook.names.getItemOrNullObject('總分');
    await context.sync();
    expect(gone.isNullObject).toBe(true);

    context.workbook.names.add('總分', sheet.getRange('F3'));
    context.workbook.names.add('Total', sheet.getRange('A1'));
    const again = context.workbook.names.getItem('總分');
    again.load('formula');
    const lower = context.workbook.names.getItem('total');
    lower.load('name');
    await context.sync();
    expect(again.formula).toBe('=評分!$F$3');
    expect(lower.name).toBe('Total');
  });
});
