/**
 * Traps found by the eighteenth unseen batch (tests/fixtures/extract/heldout18): two-column PDF
 * text, side lists before the notice, plans (招标计划, 拟建项目), placement priced in a table and a
 * lot's service named only in its table cell. One named row each, run through the real
 * extractNotice: each row failed before parser 1.19.0, except those marked (guard), which keep the
 * new rule from overreaching. The names say the general rule, not the fixture; the parties are
 * invented (星河…).
 */
import { expect } from 'vitest';
import { award, runTrapRows, type TrapRow } from './trap-rows.js';

const pad = (s: string, w: number) => s + ' '.repeat(Math.max(4, w - s.length * 2));

const rows: TrapRow[] = [
  {
    name: 'a two-column 甲方 | 乙方 block read line by line across the columns: the 乙方 block\'s 名称 is the vendor',
    text: [
      '星河县融媒体中心短视频制作服务项目合同公告',
      '发布时间：2025-06-01',
      `${pad('甲方（采购人）', 44)}乙方（供应商）`,
      `${pad('名称：星河县融媒体中心', 44)}名称：星河影视传媒有限公司`,
      `${pad('地址：星河县人民路1号', 44)}地址：星河县文化路8号`,
      `${pad('联系人：王女士', 44)}联系人：陈先生`,
      '合同金额：人民币壹拾贰万捌仟元整（¥128,000.00）',
    ].join('\n'),
    check: (e) => {
      expect(e.buyer).toBe('星河县融媒体中心');
      expect(e.lots).toHaveLength(1);
      expect(e.lots[0].vendor).toBe('星河影视传媒有限公司');
      expect(e.lots[0].amountYuan).toBe(128000);
    },
  },
  {
    name: 'a name wrapped inside its column ("名称：…旅游体" over "育局") is joined back when the columns are put in order',
    text: [
      '星河县融媒体中心短视频制作服务项目合同公告',
      '发布时间：2025-06-01',
      `${pad('甲方（采购人）', 44)}乙方（供应商）`,
      `${pad('名称：星河县文化广电和旅游体', 44)}名称：星河影视传媒有限`,
      `${pad('育局', 44)}公司`,
      `${pad('地址：星河县人民路1号', 44)}地址：星河县文化路8号`,
      '合同金额：¥128,000.00',
    ].join('\n'),
    check: (e) => {
      expect(e.buyer).toBe('星河县文化广电和旅游体育局');
      expect(e.lots[0]?.vendor).toBe('星河影视传媒有限公司');
    },
  },
  {
    name: 'two-column contacts (采购人信息 | 采购代理机构信息) read across: the right column\'s 名称 is the agency, the left\'s the buyer',
    text: award('星河县文化和旅游局宣传片拍摄制作项目成交结果公告', [
      '成交供应商：星河影视传媒有限公司', '成交金额：¥245,000.00', '五、联系方式',
      `${pad('1.采购人信息', 44)}2.采购代理机构信息`,
      `${pad('名称：星河县文化和旅游局', 44)}名称：星河工程咨询有限公司`,
      `${pad('地址：星河县新宁镇沿湖路', 44)}地址：星河市十里大道`,
    ].join('\n')),
    check: (e) => {
      expect(e.buyer).toBe('星河县文化和旅游局');
      expect(e.agency).toBe('星河工程咨询有限公司');
    },
  },
  {
    name: '(guard) a two-column key/value table ("项目名称      X") is no pair of parties and stays as it is',
    text: award('星河县融媒体中心短视频制作服务项目中标公告', [
      '采购人：星河县融媒体中心', `${pad('中标供应商：', 24)}星河影视传媒有限公司`, `${pad('中标金额：', 24)}12.8万元`, `${pad('服务期限：', 24)}一年`,
    ].join('\n')),
    check: (e) => {
      expect(e.lots[0]?.vendor).toBe('星河影视传媒有限公司');
      expect(e.lots[0]?.amountYuan).toBe(128000);
    },
  },
  {
    name: 'a 推荐项目 side list before the notice: its titles, buyers and amounts are not the notice\'s',
    text: [
      '推荐项目',
      '[中标] 星河市城南区文化和旅游局城市宣传片拍摄项目 采购单位：星河市城南区文化和旅游局 中标金额：88万元',
      '[招标] 星河县融媒体中心直播服务采购项目 采购单位：星河县融媒体中心 预算金额：35万元',
      '星河县文化和旅游局短视频运营服务项目竞争性磋商公告',
      '发布日期：2025年06月18日',
      '项目编号：XH2025-0617', '预算金额：52万元', '采购人：星河县文化和旅游局',
    ].join('\n'),
    check: (e) => {
      expect(e.title).toBe('星河县文化和旅游局短视频运营服务项目竞争性磋商公告');
      expect(e.buyer).toBe('星河县文化和旅游局');
      expect(e.budgetYuan).toBe(520000);
    },
  },
  {
    name: 'a 招标计划 page is an intention; its 预算金额 is the budget',
    text: '星河县融媒体中心2025年第三季度招标计划公示\n发布时间：2025-06-25\n招标人：星河县融媒体中心\n项目名称：短视频内容制作服务\n预算金额：68万元\n预计招标时间：2025年8月',
    check: (e) => {
      expect(e.kind).toBe('intention');
      expect(e.budgetYuan).toBe(680000);
    },
  },
  {
    name: 'a 拟建项目 / 项目储备 page is an intention; its 估算金额 is the budget',
    text: '星河县文化和旅游局拟建项目信息公开（项目储备）\n发布日期：2025-02-19\n项目名称：城市形象宣传片拍摄制作项目\n建设（采购）单位：星河县文化和旅游局\n估算金额：120万元',
    check: (e) => {
      expect(e.kind).toBe('intention');
      expect(e.budgetYuan).toBe(1200000);
    },
  },
  {
    name: 'placement priced in a table row larger than the 代运营 row beside it: advertising, not video ops',
    html: '<h1>星河县文化和旅游局文旅宣传推广服务项目成交公告</h1><p>发布时间：2025-07-09</p><p>采购人：星河县文化和旅游局</p><p>供应商名称：星河数字营销有限公司</p><p>成交金额：¥630,000.00</p>'
      + '<table><tr><th>序号</th><th>服务内容</th><th>金额（元）</th></tr><tr><td>1</td><td>抖音号代运营（含短视频制作）</td><td>150,000.00</td></tr><tr><td>2</td><td>信息流广告投放</td><td>480,000.00</td></tr></table>',
    check: (e) => expect(e.isVideoOps).toBe(false),
  },
  {
    name: '(guard) the 代运营 row larger than the DOU+ row: still account operation',
    html: '<h1>星河县融媒体中心抖音号代运营服务项目中标结果公告</h1><p>发布时间：2025-03-15</p><p>采购人：星河县融媒体中心</p><p>中标供应商：星河文化传媒有限公司</p><p>中标金额：50万元</p>'
      + '<table><tr><th>序号</th><th>服务内容</th><th>金额（万元）</th></tr><tr><td>1</td><td>抖音号代运营</td><td>42</td></tr><tr><td>2</td><td>DOU+推广投放</td><td>8</td></tr></table>',
    check: (e) => {
      expect(e.isVideoOps).toBe(true);
      expect(e.serviceType).toBe('account_operation');
    },
  },
  {
    name: 'a lot\'s service named only in the cell beside its number (包号 | 服务内容 | …): the video lot makes the notice video ops',
    html: '<h1>星河镇人民政府宣传服务采购项目中标公告</h1><p>发布日期：2025年08月20日</p><p>采购人：星河镇人民政府</p>'
      + '<table><tr><th>包号</th><th>服务内容</th><th>中标供应商</th><th>中标金额</th></tr>'
      + '<tr><td>1</td><td>城镇形象宣传片拍摄制作</td><td>星河影像文化传播有限公司</td><td>38万元</td></tr>'
      + '<tr><td>2</td><td>辖区视频监控设备维护</td><td>星河智能科技有限公司</td><td>12万元</td></tr></table>',
    check: (e) => {
      expect(e.lots).toHaveLength(2);
      expect(e.isVideoOps).toBe(true);
      expect(e.serviceType).toBe('promo_film');
    },
  },
];

runTrapRows('heldout18 traps (two columns, side lists, plans, priced tables)', rows);
