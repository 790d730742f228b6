/**
 * Traps found by the nineteenth unseen batch (tests/fixtures/extract/heldout19): ordinary,
 * non-video awards, contracts and failures. One named row each, run through the real
 * extractNotice: each row failed before parser 1.20.0, except those marked (guard), which keep the
 * new rule from overreaching. The names say the general rule, not the fixture; the parties are
 * invented (星河…).
 */
import { expect } from 'vitest';
import { award, runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  {
    name: 'a document number\'s year ("按发改价格〔2007〕670号文标准下浮18%") is no amount: the award is the rate',
    text: award('星河市城市管理局道路维修工程监理服务中标公告', [
      '采购人：星河市城市管理局', '中标人：星河工程监理有限公司',
      '中标价：监理服务费按发改价格〔2007〕670号文标准下浮18%（下浮率18%）',
    ].join('\n')),
    check: (e) => {
      expect(e.lots).toHaveLength(1);
      expect(e.lots[0].amountYuan).toBeNull();
      expect(e.lots[0].amountForm).toBe('rate');
    },
  },
  {
    name: 'a document number before the money in the same value ("依据计价格[2002]1980号计取，合计36万元"): the money, not the year',
    text: award('星河县水利局测绘服务中标公告', [
      '采购人：星河县水利局', '中标供应商：星河测绘有限公司',
      '中标金额：依据计价格[2002]1980号计取，合计36万元',
    ].join('\n')),
    check: (e) => expect(e.lots[0]?.amountYuan).toBe(360000),
  },
  {
    name: 'a site\'s name and a lone date on the line under the title ("星河省政府采购网 2024-06-03") is the publication date',
    text: ['星河县教育局空调采购项目废标公告', '星河省政府采购网 2024-06-03', '采购人：星河县教育局', '废标原因：供应商不足三家。'].join('\n'),
    check: (e) => expect(e.publishedAt).toBe('2024-06-03'),
  },
  {
    name: 'a bracketed region, a lone date and a district ("[星河]  2024-08-02  东区") is the publication date',
    text: ['星河市东区第二中学物业管理服务项目成交结果公告', '[星河]  2024-08-02  东区', '成交供应商：星河物业服务有限公司', '成交金额：86.4万元'].join('\n'),
    check: (e) => expect(e.publishedAt).toBe('2024-08-02'),
  },
  {
    name: '(guard) a WeChat byline with a time ("星河发布  2025年09月04日 18:30  浙江") is not read as the notice\'s date',
    text: ['星河县政务新媒体运营服务项目成交结果公告', '', '星河发布  2025年09月04日 18:30  浙江', '', '成交供应商：星河传媒有限公司', '成交金额：26.6万元', '', '星河县财政局', '2025年9月2日'].join('\n'),
    check: (e) => expect(e.publishedAt).toBe('2025-09-02'),
  },
  {
    name: '(guard) a lone date under the title that is a deadline ("截止 2024-06-03") is not the publication date',
    text: ['星河县教育局空调采购项目招标公告', '投标截止 2024-06-20', '采购人：星河县教育局', '预算金额：10万元'].join('\n'),
    check: (e) => expect(e.publishedAt).not.toBe('2024-06-20'),
  },
  {
    name: 'a 网上超市 deal\'s 成交时间 stands in for the publication date when no other date is given',
    text: ['星河街道办事处网上超市直购成交公告', '采购单位：星河市东区星河街道办事处', '成交时间：2024-03-18', '成交供应商：星河文具有限公司', '成交总金额：3,825.00元'].join('\n'),
    check: (e) => expect(e.publishedAt).toBe('2024-03-18'),
  },
  {
    name: '(guard) an aggregator\'s "上次中标时间" is an earlier award\'s, not this page\'s date',
    text: ['星河县融媒体中心短视频运营服务项目 · 中标预测', '采购单位：星河县融媒体中心', '上次中标时间：2024-06-12', '上次中标金额：32.6万元'].join('\n'),
    check: (e) => {
      expect(e.publishedAt).toBeNull();
      expect(e.awardDate).toBeNull();
    },
  },
  {
    name: 'an agency name cut by the end of the copy inside its suffix ("星河项目管理有") is unknown: null',
    text: award('星河县第一高级中学空调采购项目结果公告', [
      '中标供应商：星河电器有限公司', '中标金额：876400元', '1.采购人信息', '名称：星河县第一高级中学', '2.采购代理机构信息', '名称：星河项目管理有',
    ].join('\n')),
    check: (e) => {
      expect(e.agency).toBeNull();
      expect(e.buyer).toBe('星河县第一高级中学');
    },
  },
  {
    name: '(guard) a whole agency name at the end of the copy is kept',
    text: award('星河县第一高级中学空调采购项目结果公告', [
      '中标供应商：星河电器有限公司', '中标金额：876400元', '1.采购人信息', '名称：星河县第一高级中学', '2.采购代理机构信息', '名称：星河项目管理有限公司',
    ].join('\n')),
    check: (e) => expect(e.agency).toBe('星河项目管理有限公司'),
  },
  {
    name: 'a ranked table with "注：排名第一的供应商为本项目成交供应商" under a 成交结果 title: the first-ranked row is the award',
    text: award('星河区城市管理局道路标线施划项目成交结果公告', [
      '采购人：星河区城市管理局', '磋商小组评审结果：',
      '排名 | 供应商名称 | 最终报价（元） | 综合得分',
      '1 | 星河交通设施有限公司 | 687,300.00 | 91.6',
      '2 | 星河交通工程有限公司 | 699,000.00 | 86.2',
      '注：排名第一的供应商为本项目成交供应商。',
    ].join('\n')),
    check: (e) => {
      expect(e.lots).toHaveLength(1);
      expect(e.lots[0].vendor).toBe('星河交通设施有限公司');
      expect(e.lots[0].amountYuan).toBe(687300);
    },
  },
  {
    name: 'a flattened record opening "项目名称：X中标结果公告 采购单位：…": the first value is the title',
    text: '项目名称：星河县污水处理厂絮凝剂采购项目中标结果公告 采购单位：星河县住房和城乡建设局 中标单位：星河水处理材料有限公司 中标金额：56.78 价格单位： 万元 发布时间：2024-05-08',
    check: (e) => expect(e.title).toBe('星河县污水处理厂絮凝剂采购项目中标结果公告'),
  },
  {
    name: 'a copy cut mid-sentence ("公开招标方式进行采购。现将中标结果公告如下：") has no title',
    text: ['公开招标方式进行采购。现将中标结果公告如下：', '一、中标人：星河医疗设备有限公司', '中标金额：¥1,234,000.00', '三、采购人：星河市人民医院'].join('\n'),
    check: (e) => {
      expect(e.title).toBeNull();
      expect(e.lots[0]?.amountYuan).toBe(1234000);
    },
  },
  {
    name: '(guard) a flattened record whose first "。" comes after its labels keeps its first cell as the title',
    text: '星河区政务大厅劳务服务采购政府采购合同 合同编号: XH-001 采购方式: 公开招标 甲方: 星河区数据局 乙方: 星河人力资源有限公司 合同金额: 120000元。',
    check: (e) => expect(e.title).not.toBeNull(),
  },
  {
    name: 'a full-width date ("发布时间：２０２４－０９－０２") is read: its separators fold as its digits do',
    text: ['星河中学床上用品采购项目成交结果公告', '发布时间：２０２４－０９－０２', '采购人：星河中学', '成交供应商：星河纺织品有限公司', '成交金额：２５０，０００．００元'].join('\n'),
    check: (e) => {
      expect(e.publishedAt).toBe('2024-09-02');
      expect(e.lots[0]?.amountYuan).toBe(250000);
    },
  },
];

runTrapRows('heldout19 traps (ordinary awards: document numbers, site date lines, cut names)', rows);
