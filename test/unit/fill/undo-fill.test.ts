import { describe, expect, it } from 'vitest';
import { executeFill, planFill, undoFill } from '../../../lib/fill';
import { makeFillFile, makeFillRequest } from '../../builders/fill-request';
import { mount, NO_SETTLE, signal } from './dom';

const FORM = `<form>
  <label for="o">订单号</label><input id="o">
  <label for="c">联系人</label><input id="c" value="张三">
  <label for="t">申请类型</label><select id="t"><option value="">请选择</option><option value="1">消费撤销</option><option value="2">退货</option></select>
  <label for="d">情况说明</label><textarea id="d">旧说明</textarea>
  <fieldset><legend>申请原因</legend><label><input type="radio" name="r" value="a" checked>其他</label><label><input type="radio" name="r" value="b">重复扣款</label></fieldset>
  <fieldset><legend>附件</legend><input id="f" type="file" multiple></fieldset>
</form>`;

const values = (doc: Document) => ({
  o: (doc.getElementById('o') as HTMLInputElement).value,
  c: (doc.getElementById('c') as HTMLInputElement).value,
  t: (doc.getElementById('t') as HTMLSelectElement).value,
  d: (doc.getElementById('d') as HTMLTextAreaElement).value,
  r: (doc.querySelector('input[name=r]:checked') as HTMLInputElement | null)?.value ?? '',
  f: (doc.getElementById('f') as HTMLInputElement).files?.length ?? 0,
});

async function filled() {
  const doc = mount(FORM);
  const before = values(doc);
  const report = await executeFill(
    planFill(doc, makeFillRequest({}, { files: [makeFillFile()] })),
    signal(),
    NO_SETTLE,
  );
  return { doc, before, report };
}

describe('undoFill', () => {
  it('puts back what every field held, with the events a person’s edit sends', async () => {
    const { doc, before, report } = await filled();
    const during = values(doc);
    let changes = 0;
    doc.addEventListener('change', () => changes++);
    const undone = await undoFill(doc, report.snapshot);
    expect([during, values(doc), changes, undone.outcomes.map((o) => o.outcome)]).toEqual([
      { o: 'T20261125-0001', c: '王丽', t: '1', d: '客户重复刷卡，申请撤销。', r: 'b', f: 1 },
      before,
      6,
      ['filled', 'filled', 'filled', 'filled', 'filled', 'filled'],
    ]);
  });

  it('leaves a field the agent changed after the fill alone', async () => {
    const { doc, report } = await filled();
    (doc.getElementById('c') as HTMLInputElement).value = '李四';
    const undone = await undoFill(doc, report.snapshot);
    expect([values(doc).c, undone.outcomes.find((o) => o.key === 'contactName')]).toEqual([
      '李四',
      expect.objectContaining({ outcome: 'skipped', reason: 'changed_since_fill' }),
    ]);
  });

  it('says when a choice cannot be taken back (nothing was chosen before)', async () => {
    const doc = mount(
      '<form><fieldset><legend>申请原因</legend><label><input type="radio" name="r">其他</label><label><input type="radio" name="r">重复扣款</label></fieldset></form>',
    );
    const report = await executeFill(planFill(doc, makeFillRequest()), signal(), NO_SETTLE);
    const undone = await undoFill(doc, report.snapshot);
    expect(undone.outcomes).toEqual([
      expect.objectContaining({ key: 'reason', outcome: 'failed', reason: 'cannot_clear' }),
    ]);
  });

  it('reports fields that are gone', async () => {
    const { doc, report } = await filled();
    doc.getElementById('o')?.remove();
    const undone = await undoFill(doc, report.snapshot);
    expect(undone.outcomes.find((o) => o.key === 'orderNo')?.outcome).toBe('not_found');
  });

  it('returns a snapshot that redoes the fill', async () => {
    const { doc, report } = await filled();
    const after = values(doc);
    const undone = await undoFill(doc, report.snapshot);
    await undoFill(doc, undone.snapshot);
    expect({ ...values(doc), f: after.f }).toEqual(after);
  });
});
