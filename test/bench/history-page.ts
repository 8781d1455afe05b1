/** A realistic order detail page followed by a long transaction history table (rows × 9 cells). */
export function historyPage(rows: number): string {
  const detail = [
    ['订单编号', '202611251403220018'],
    ['商户名称', '上海静安百货有限公司'],
    ['商户编号', '898310058120123'],
    ['终端编号', '20458712'],
    ['批次号', '000125'],
    ['凭证号', '000318'],
    ['参考号', '433514029871'],
    ['授权码', 'A1B2C3'],
    ['交易类型', '消费'],
    ['支付方式', '银行卡'],
    ['交易金额', '¥1,288.00'],
    ['交易时间', '2026-11-25 14:03:22'],
    ['订单状态', '交易成功'],
    ['结算状态', '未结算'],
  ]
    .map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`)
    .join('');
  const history: string[] = [];
  for (let i = 0; i < rows; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    history.push(
      `<tr><td>2026${String(i).padStart(14, '0')}</td><td>2026-10-${day} 10:${String(i % 60).padStart(2, '0')}:00</td><td>¥${(i * 13.7).toFixed(2)}</td><td>银行卡</td><td>交易成功</td><td>${20458712}</td><td>${String(i % 999999).padStart(6, '0')}</td><td>${String(100000 + i).slice(-6)}</td><td><a href="#">详情</a></td></tr>`,
    );
  }
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>订单详情</title></head><body>
<h1>订单详情</h1><table id="detail">${detail}</table>
<h2>历史交易</h2><table id="history"><thead><tr><th>订单编号</th><th>交易时间</th><th>交易金额</th><th>支付方式</th><th>订单状态</th><th>终端编号</th><th>凭证号</th><th>批次号</th><th>操作</th></tr></thead><tbody>${history.join('')}</tbody></table>
<footer>客服热线：95516-8899</footer></body></html>`;
}
