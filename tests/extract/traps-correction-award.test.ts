/**
 * A correction's changes to an award (`correctedAward`): 更正项/更正前/更正后 tables, tables laid out
 * as columns or as 更正前/更正后 rows, 变更前/变更后 blocks, prose (由…更正为…, 原…现更正为…), several
 * 包, and corrections that change no award (a budget, a deadline: no entry). The `lots` key stays
 * empty on every one (a correction awards nothing itself). Parties are invented (星河…).
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { extractNotice } from '../../scrapers/extract/index.js';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const corr = (body: string) => `星河县融媒体中心短视频运营服务项目更正公告\n发布日期：2025-06-20\n一、项目编号：XH-2025-01\n二、更正信息\n更正事项：采购结果\n${body}\n三、其他补充事宜\n其他内容不变。\n采购人：星河县融媒体中心`;

const rows: TrapRow[] = [
  {
    name: 'a 序号 | 更正项 | 更正前内容 | 更正后内容 table: the 中标（成交）金额 row gives before and after',
    text: corr('序号 | 更正项 | 更正前内容 | 更正后内容\n1 | 中标（成交）金额 | 486000.00元 | 468000.00元'),
    check: (e) => {
      expect(e.kind).toBe('correction');
      expect(e.lots).toEqual([]);
      expect(e.correctedAward).toMatchObject([{ lot: null, vendorBefore: null, vendorAfter: null, amountBefore: 486000, amountAfter: 468000, amountText: '468000.00元' }]);
      const ev = e.evidence['correctedAward.0.amount'];
      expect(e.text.slice(ev.start, ev.end)).toBe('468000.00元');
    },
  },
  {
    name: 'a table of vendor and amount rows is one item; the vendor after is a new winner',
    text: corr('更正项 | 更正前内容 | 更正后内容\n成交供应商名称 | 星河甲文化传媒有限公司 | 星河乙数字科技有限公司\n成交供应商地址 | 星河市一路1号 | 星河市二路2号\n成交金额 | 412000.00元 | 398500.00元'),
    check: (e) => expect(e.correctedAward).toEqual([expect.objectContaining({ vendorBefore: '星河甲文化传媒有限公司', vendorAfter: '星河乙数字科技有限公司', amountBefore: 412000, amountAfter: 398500 })]),
  },
  {
    name: 'a table whose head is read as its first row (变更事项 | 变更前 | 变更后), amounts in 万元 columns',
    text: corr('变更事项 | 变更前 | 变更后\n中标金额（万元） | 32.6 | 33.8'),
    check: (e) => expect(e.correctedAward).toMatchObject([{ amountBefore: 326000, amountAfter: 338000 }]),
  },
  {
    name: 'a table laid out as columns, one row per 包 (包号 | 原中标金额 | 更正后中标金额)',
    text: corr('包号 | 原中标供应商 | 更正后中标供应商 | 原中标金额（元） | 更正后中标金额（元）\n包1 | 星河甲文化传媒有限公司 | 星河甲文化传媒有限公司 | 300000 | 290000\n包2 | 星河乙影视有限公司 | 星河丙影视有限公司 | 200000 | 210000'),
    check: (e) => expect(e.correctedAward).toMatchObject([
      { lot: '包1', vendorBefore: '星河甲文化传媒有限公司', vendorAfter: '星河甲文化传媒有限公司', amountBefore: 300000, amountAfter: 290000 },
      { lot: '包2', vendorBefore: '星河乙影视有限公司', vendorAfter: '星河丙影视有限公司', amountBefore: 200000, amountAfter: 210000 },
    ]),
  },
  {
    name: 'an item table naming each 包 in its item cell',
    text: corr('序号 | 更正项 | 更正前内容 | 更正后内容\n1 | 第一包中标金额 | 18万元 | 16.8万元\n2 | 第二包中标金额 | 22万元 | 21万元'),
    check: (e) => expect(e.correctedAward).toMatchObject([{ lot: '第一包', amountBefore: 180000, amountAfter: 168000 }, { lot: '第二包', amountBefore: 220000, amountAfter: 210000 }]),
  },
  {
    name: 'prose "中标金额由48.6万元更正为46.8万元"',
    text: corr('更正内容：本项目中标金额由48.6万元更正为46.8万元，中标供应商不变。'),
    check: (e) => expect(e.correctedAward).toMatchObject([{ amountBefore: 486000, amountAfter: 468000, amountText: '46.8万元' }]),
  },
  {
    name: 'prose quoting the original field: 原公告“成交金额：X”更正为“成交金额：Y”, the vendor kept',
    text: corr('更正内容：原公告“成交金额：268,000.00元”更正为“成交金额：258,600.00元”。成交供应商星河凤鸣文化传媒有限公司不变。'),
    check: (e) => expect(e.correctedAward).toEqual([expect.objectContaining({ vendorBefore: '星河凤鸣文化传媒有限公司', vendorAfter: '星河凤鸣文化传媒有限公司', amountBefore: 268000, amountAfter: 258600 })]),
  },
  {
    name: 'prose "原为…现更正为…" with a figure in capital numerals and digits',
    text: corr('更正内容：成交金额原为“人民币叁拾贰万元整（¥320,000.00）”，现更正为“人民币叁拾贰万捌仟元整（¥328,000.00）”。'),
    check: (e) => expect(e.correctedAward).toMatchObject([{ amountBefore: 320000, amountAfter: 328000 }]),
  },
  {
    name: 'prose with a thousands comma in the new figure ("由人民币276,000.00元变更为人民币283,500.00元")',
    text: corr('更正内容：原成交供应商星河云影文化传媒有限公司放弃成交资格，经采购人确认，由排名第二的成交候选人星河视界文化传播有限公司递补为成交供应商，成交金额由人民币276,000.00元变更为人民币283,500.00元。'),
    check: (e) => expect(e.correctedAward).toEqual([expect.objectContaining({ vendorBefore: '星河云影文化传媒有限公司', vendorAfter: '星河视界文化传播有限公司', amountBefore: 276000, amountAfter: 283500 })]),
  },
  {
    name: 'prose naming several 包, each its own item',
    text: corr('更正内容：第一包中标金额由30万元更正为29万元；第二包中标金额由20万元更正为21万元。'),
    check: (e) => expect(e.correctedAward).toMatchObject([{ lot: '第一包', amountBefore: 300000, amountAfter: 290000 }, { lot: '第二包', amountBefore: 200000, amountAfter: 210000 }]),
  },
  {
    name: '变更前：/变更后： blocks of labelled fields',
    text: corr('变更前：\n成交供应商名称：星河秦岭影画文化传播有限公司\n成交金额：人民币38.60万元\n变更后：\n成交供应商名称：星河天汉传媒有限责任公司\n成交金额：人民币39.20万元'),
    check: (e) => expect(e.correctedAward).toEqual([expect.objectContaining({ vendorBefore: '星河秦岭影画文化传播有限公司', vendorAfter: '星河天汉传媒有限责任公司', amountBefore: 386000, amountAfter: 392000 })]),
  },
  {
    name: 'an unreadable new figure is null, never the old one or a guess',
    text: corr('序号 | 更正项 | 更正前内容 | 更正后内容\n1 | 中标金额 | 486000.00元 | ****'),
    check: (e) => expect(e.correctedAward).toMatchObject([{ amountBefore: 486000, amountAfter: null, amountText: null }]),
  },
  {
    name: 'a budget-only correction (table and prose) changes no award: no entry',
    text: corr('序号 | 更正项 | 更正前内容 | 更正后内容\n1 | 预算金额 | 96万元 | 88万元\n2 | 最高限价 | 96万元 | 88万元\n更正内容：预算金额由96万元更正为88万元。'),
    check: (e) => {
      expect(e.correctedAward).toEqual([]);
      expect(e.budgetYuan).toBe(880000);
    },
  },
  {
    name: 'a deadline-only correction: no entry',
    text: corr('更正内容：投标截止时间由2025年6月30日9时30分更正为2025年7月5日9时30分，开标时间相应顺延。成交供应商须知不变。'),
    check: (e) => expect(e.correctedAward).toEqual([]),
  },
  {
    name: '(guard) an award notice carries no correctedAward, its lots as before',
    text: '星河县短视频运营服务项目中标结果公告\n发布日期：2025-06-12\n中标供应商：星河文化传媒有限公司\n中标金额：486000.00元\n采购人：星河县融媒体中心',
    check: (e) => {
      expect(e.kind).toBe('award');
      expect(e.correctedAward).toEqual([]);
      expect(e.lots).toMatchObject([{ amountYuan: 486000 }]);
    },
  },
];

runTrapRows('a correction\'s corrected award (correctedAward)', rows);

it('the demo\'s 平江县 correction (the replayed ccgp page) reads 486,000 → 468,000 with its evidence span', () => {
  const html = readFileSync(new URL('../fixtures/ccgp/site/cggg/dfgg/gzgg/202306/t20230620_24600289.htm', import.meta.url), 'utf8');
  const e = extractNotice({ html });
  expect(e.kind).toBe('correction');
  expect(e.lots).toEqual([]);
  expect(e.correctedAward).toEqual([{ lot: null, vendorBefore: null, vendorAfter: null, amountBefore: 486000, amountAfter: 468000, amountText: '468000.00元', amountStart: expect.any(Number), amountEnd: expect.any(Number) }]);
  const ev = e.evidence['correctedAward.0.amount'];
  expect(e.text.slice(ev.start, ev.end)).toBe('468000.00元');
});
