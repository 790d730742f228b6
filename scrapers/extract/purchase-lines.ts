/**
 * A small buyer's numbered list of purchases made, one purchase a line, each naming what was bought,
 * who supplied it and what it cost: "1. 救生衣200件：供货单位 X商行，金额 21400元；", "（2）打印纸50箱，
 * 金额6,800元，供应商：Y公司", "③ 保洁服务：承接单位为Z公司，支付费用1.2万元". A town's 财政资金使用公示
 * or a village's 村务公开 prints its purchases so: each line is a lot (lot null: its number counts the
 * purchases, it labels no lot), a vendor holding two lines holds two lots, the 合计 line none.
 * Only read on a notice whose kind awards (a call's numbered requirements and a spending disclosure
 * read as 'other' never get here) and only from two or more such lines. Pure.
 * @module
 */
import { MAX_LOTS, emptyLot, setMoney } from './lot-record.js';
import { readMoney } from './money.js';
import type { Lot } from './types.js';

// a line's own number: "1.", "2、", "（3）", "(4)", "⑤"
const NUMBERED = /^[ \t\u3000]*(?:\d{1,2}[ \t]*[、.．](?!\d)|[（(]\d{1,2}[）)]|[①-⑳])/;
// the supplier's label, then its name ("供货单位 X", "供应商：X", "承接单位为X")
const VENDOR = /(?:供货单位|供应单位|供应商|承接单位|服务单位|成交单位|中标单位|施工单位)(?:名称)?[ \t\u3000]*(?:[:：]|为|是)?[ \t\u3000]*([\u4e00-\u9fff（）()A-Za-z0-9·]{2,40}?(?:有限责任公司|股份有限公司|有限公司|分公司|公司|商行|门市部|经营部|服务部|商店|超市|商贸|[厂店社所站队院部城馆]|中心|合作社|工作室))(?=[ \t\u3000，,；;。、：:（()）]|$)/;
// the sum paid ("金额 21400元", "价款：3.6万元", "支付费用12,000元", "费用为人民币8800元")
const AMOUNT = /(?:金额|价款|费用|支付|计)(?:为|共)?[ \t\u3000]*[:：]?[ \t\u3000]*(?:人民币|￥|¥)?[ \t\u3000]*(\d[\d,，]*(?:\.\d+)?[ \t]*万?元)/;
// a line that ranks, quotes or plans instead of reporting a purchase made: a candidate's rank or
// score, a losing bidder's 报价, a budget's or a ceiling's line, a call's requirement ("供应商须…")
const NOT_A_PURCHASE = /候选|排名|第[一二三四五1-5]名|得分|评分|报价|投标|预算|限价|控制价|最高价|须|应当|应具(?:有|备)|不得/;
// a section that lists offers, candidates or a budget, not the purchases made
const OFFER_SECTION = /(?:报价|投标|响应|候选人|预算|资金来源|评审)[^\n]{0,12}$/;

/** The purchases of a numbered list of them, one lot each, or [] when fewer than two lines read so. */
export function purchaseLineLots(text: string, lookup: string): Lot[] {
  // cheap guard: a supplier's label and a numbered line at all
  if (!/供货单位|供应单位|供应商|承接单位|服务单位|成交单位|中标单位|施工单位/.test(lookup)) return [];
  const lots: Lot[] = [];
  let heading = '';
  let pos = 0;
  while (pos < lookup.length && lots.length < MAX_LOTS) {
    const nl = lookup.indexOf('\n', pos);
    const end = nl < 0 ? lookup.length : nl;
    const line = lookup.slice(pos, end);
    if (line.length <= 300 && NUMBERED.test(line)) {
      const v = VENDOR.exec(line);
      const a = AMOUNT.exec(line);
      // (an aside in brackets may name the quotes the purchase was compared with, "（另两家报价4,100元）":
      // the line still reports the purchase)
      if (v && a && !NOT_A_PURCHASE.test(line.replace(/[（(][^（）()\n]*[）)]/g, '')) && !OFFER_SECTION.test(heading)) {
        const at = pos + a.index + a[0].length - a[1].length;
        const m = readMoney(text, at, at + a[1].length);
        if (m && m.form === 'total' && m.yuan !== null) {
          const vendor = text.slice(pos + v.index + v[0].length - v[1].length, pos + v.index + v[0].length).trim();
          const lot = emptyLot(vendor);
          setMoney(lot, m, 0.75);
          lots.push(lot);
        }
      }
    } else if (line.trim()) heading = line.trim();
    pos = end + 1;
  }
  return lots.length >= 2 ? lots : [];
}
