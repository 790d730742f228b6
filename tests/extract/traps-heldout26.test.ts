/**
 * Traps found by the twenty-sixth unseen batch (tests/fixtures/extract/heldout26): the corpus's
 * mix from its most common provinces in the portals' newest templates. One named row each, run
 * through the real extractNotice: each row failed before parser 1.33.0, except those marked
 * (guard), which keep a new rule from overreaching. The names say the general rule, not the
 * fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  {
    name: 'a 废标公告 for buying an audit of a budget ("部门预算执行情况审计服务") is a failed procurement, not a fiscal report',
    text: '星河县审计局2026年度部门预算执行情况审计服务采购项目废标公告\n发布时间：2026-02-13\n一、项目名称：星河县审计局2026年度部门预算执行情况审计服务采购项目\n二、废标原因\n通过符合性审查的供应商不足三家，本项目作废标处理。\n三、其他补充事宜\n1.原招标公告预算金额：人民币壹佰贰拾万元整（¥1,200,000.00）\n四、联系方式\n1.采购人信息\n名 称：星河县审计局\n地 址：星河县光明大道200号',
    check: (e) => expect([e.kind, e.buyer, e.budgetYuan, e.lots]).toEqual(['failure', '星河县审计局', 1200000, []]),
  },
  {
    name: '(guard) a department\'s budget report is still no procurement',
    text: '星河县审计局2026年部门预算公开\n发布时间：2026-02-13\n一、部门预算说明\n本部门2026年收入预算1,200,000.00元，其中政府采购预算300,000.00元。',
    check: (e) => expect(e.kind).toBe('other'),
  },
  {
    name: 'a 资格预审公告 (a call for applications to bid) is a tender, though the site\'s menu names 采购意向 above it',
    text: '星河省政府采购网\n首页  采购公告  结果公告  合同公告  采购意向  政策法规\n星河市星河区教育局校园视频监控改造项目资格预审公告\n发布日期：2026-04-02\n项目概况\n星河区教育局校园视频监控改造项目的潜在资格预审申请人应获取资格预审文件。\n项目名称：星河区教育局校园视频监控改造项目\n预算金额：4,260,000.00元\n采购人：星河市星河区教育局',
    check: (e) => expect([e.kind, e.isVideoOps, e.budgetYuan]).toEqual(['tender', false, 4260000]),
  },
  {
    name: '(guard) a 资格预审结果公告 names who may bid, not a call: other, as before',
    text: '星河市星河区教育局校园视频监控改造项目资格预审结果公告\n发布日期：2026-04-20\n通过资格预审的申请人：星河安防科技有限公司\n采购人：星河市星河区教育局',
    check: (e) => expect(e.kind).toBe('other'),
  },
  {
    name: 'a site\'s tag naming the place it files the notice under ("【星河市】星河市融媒体中心…") is no part of the title',
    text: '星河市人民政府网 > 政务公开 > 政府采购 > 采购结果\n【星河市】星河市融媒体中心“星河故事”系列短视频制作服务项目结果公告\n信息来源：星河市融媒体中心\u3000发布日期：2025年11月04日\n成交供应商名称：星河光影文化传播有限公司\n成交金额：人民币叁拾贰万捌仟元整',
    check: (e) => expect(e.title).toBe('星河市融媒体中心“星河故事”系列短视频制作服务项目结果公告'),
  },
];

runTrapRows('heldout26 traps', rows);
