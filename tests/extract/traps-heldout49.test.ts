/**
 * Traps found by the forty-ninth unseen batch (tests/fixtures/extract/heldout49): goods whose
 * selection is streamed live for parents to watch over, an intention's column before a bar, an intention table whose rows add up to the stated budget, a cover's series line. One named row each, run through the real
 * extractNotice: each row failed before parser 1.49.0,
 * except those marked (guard), which keep a new rule from overreaching. The names say the general
 * rule, not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  {
    name: 'a process streamed live for oversight ("选定过程将通过视频号进行直播，接受家长监督") is how goods are chosen, not a live stream bought',
    text: '星河县教育局2024年学生校服采购项目竞争性磋商公告\n发布时间：2024-08-02\n项目名称：星河县教育局2024年学生校服采购项目\n预算金额：1,000,000.00元\n采购需求：夏装、春秋装各一套，约5000人。\n说明：校服款式由家长委员会参与选定，选定过程将通过学校视频号进行直播，接受家长监督。\n采购人：星河县教育局\n',
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([false, null]),
  },
  {
    name: '(guard) a body that buys live streams ("负责全年活动直播，并剪辑短视频") stays video though it says 监督 elsewhere',
    text: '星河县文化馆服务项目成交公告\n发布时间：2024-08-02\n采购内容：负责全年文化活动直播及短视频拍摄剪辑，每月直播不少于2场。\n成交供应商：星河影视传媒有限公司\n成交金额：98,000.00元\n采购人：星河县文化馆\n对成交结果有异议的，可向星河县财政局监督科反映。\n',
    check: (e) => expect(e.isVideoOps).toBe(true),
  },
  {
    name: 'an intention repost headed by its column and a bar ("采购意向 | X政府采购意向"): the title after the bar',
    text: '采购意向 | 星河县市场监督管理局2022年7月至9月政府采购意向\n发布时间：2022-06-21 10:47\n采购单位：星河县市场监督管理局\n',
    check: (e) => expect(e.title).toBe('星河县市场监督管理局2022年7月至9月政府采购意向'),
  },
  {
    name: 'an intention list whose stated 预算金额 is exactly its rows\' sum (rows under a 万元 header) keeps that figure as the list\'s budget',
    text: '星河县市场监督管理局2022年7月至9月政府采购意向\n发布时间：2022-06-21\n预算金额：65.6万元\n采购单位：星河县市场监督管理局\n\n序号\t采购项目名称\t采购需求概况\t预算金额（万元）\t预计采购时间\n1\t大米溯源检测服务\t抽检样品不少于600批次\t38.6\t2022年7月\n2\t食品安全快检车采购\t快检车1辆\t27\t2022年8月\n',
    check: (e) => expect([e.kind, e.budgetYuan]).toEqual(['intention', 656000]),
  },
  {
    name: '(guard) an intention list whose only stated 预算金额 is one row\'s figure has no single budget',
    text: '星河县市场监督管理局2022年7月至9月政府采购意向\n发布时间：2022-06-21\n预算金额：38.6万元\n采购单位：星河县市场监督管理局\n\n序号\t采购项目名称\t采购需求概况\t预算金额（万元）\t预计采购时间\n1\t大米溯源检测服务\t抽检样品不少于600批次\t38.6\t2022年7月\n2\t食品安全快检车采购\t快检车1辆\t27\t2022年8月\n',
    check: (e) => expect([e.kind, e.budgetYuan]).toEqual(['intention', null]),
  },
  {
    name: 'a tender document\'s cover under a series line ("X政府采购" / project / "竞争性谈判文件"): the series line is no part of the title',
    text: '星河州政府采购\n星河县人民医院医用设备采购项目\n竞争性谈判文件\n\n项目编号：XH-2019-041\n采购人：星河县人民医院\n2019 年 4 月\n',
    check: (e) => expect(e.title).toBe('星河县人民医院医用设备采购项目'),
  },
  {
    name: '(guard) a cover whose first line is the project\'s own name ("X政府采购项目") keeps it',
    text: '星河县人民医院医用设备政府采购项目\n竞争性谈判文件\n\n项目编号：XH-2019-041\n采购人：星河县人民医院\n',
    check: (e) => expect(e.title).toBe('星河县人民医院医用设备政府采购项目'),
  },
];

runTrapRows('heldout49 traps', rows);
