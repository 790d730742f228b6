/**
 * Traps found by the thirty-third unseen batch (tests/fixtures/extract/heldout33), a fresh
 * corpus-mix measure. One named row each, run through the real extractNotice: each row failed
 * before parser 1.38.0, except those marked (guard). The parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  {
    name: 'a sheet export\'s 采购单位 column names the buyer: a contact line in the body cell ("联系人：采购人 于女士 024-…") is no buyer, and the 代理机构 column is the agency',
    text: '标题 | 采购单位 | 预算金额 | 采购方式 | 发布日期 | 代理机构 | 正文\n星河县机关事务服务中心办公楼保洁服务竞争性谈判公告 | 星河县机关事务服务中心 | 43.2万元 | 竞争性谈判 | 2019-03-22 | 星河恒信招标代理有限公司 | 一、项目名称：办公楼保洁服务；二、谈判保证金：8000元；三、联系人：采购人 于女士 024-75826613，代理机构 马工 024-72210078',
    check: (e) => expect([e.kind, e.buyer, e.agency, e.budgetYuan, e.publishedAt]).toEqual(['tender', '星河县机关事务服务中心', '星河恒信招标代理有限公司', 432000, '2019-03-22']),
  },
  {
    name: '(guard) a sheet\'s 预算总金额 cell that reads "投资额（¥…）" is the works\' investment, not the budget',
    text: '标题 | 采购项目名称 | 预算总金额 | 采购单位 | 截止报名时间 | 项目内容\n关于为【星河镇老旧街区更新改造项目测量项目】公开选取【测绘】机构的公告 | 星河镇老旧街区更新改造项目测量项目 | 投资额（¥248,550,500.00元） | 星河镇城市更新和建设服务中心 | 2025-08-11 16:00 | 一、工程概况：本项目位于星河镇。',
    check: (e) => expect([e.kind, e.buyer, e.budgetYuan]).toEqual(['tender', '星河镇城市更新和建设服务中心', null]),
  },
  {
    name: 'a party\'s name with its phone number after one space ("采购代理机构：X咨询有限公司 0831-8208896") is the name without the number',
    text: '星河县资料印刷服务项目废标公告\n发布时间：2025-03-12\n三、废标原因：有效供应商不足三家。\n六、联系方式：采购人：中共星河县委组织部 0831-5702113；采购代理机构：星河金沙项目管理咨询有限公司 0831-8208896\n',
    check: (e) => expect([e.buyer, e.agency]).toEqual(['中共星河县委组织部', '星河金沙项目管理咨询有限公司']),
  },
];

runTrapRows('heldout33 traps', rows);
