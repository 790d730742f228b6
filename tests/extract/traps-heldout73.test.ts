/**
 * Traps found by the seventy-third to seventy-fifth unseen batches (tests/fixtures/extract/heldout73,
 * heldout74, heldout75): a PDF converter's page marker over a generic heading, a place-and-kind
 * heading over the 项目名称, … One named row each, run through the real extractNotice: each row failed
 * before parser 1.62.0, except those marked (guard), which keep a new rule from overreaching. The
 * names say the general rule, not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  {
    name: 'a text converter\'s page marker ("--- 第 1 页 ---") is no part of the heading under it',
    text: '--- 第 1 页 ---\n星河县融媒体中心短视频制作服务项目成交结果公告\n采购人：星河县融媒体中心\n公告日期：2024年3月5日\n成交供应商：星河影视传媒有限公司\n成交金额：98,000.00元\n--- 第 2 页 ---\n联系人：张先生',
    check: (e) => {
      expect(e.title).toBe('星河县融媒体中心短视频制作服务项目成交结果公告');
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河影视传媒有限公司', 98000]]);
    },
  },
  {
    name: 'a heading of only a place and the kind words ("星河县政府采购中标（成交）结果公告") over a "项目名称：X" line: the project\'s name is the title',
    text: '星河县政府采购中标（成交）结果公告\n项目名称：星河县融媒体中心2024年度政务新媒体账号运营服务项目\n项目编号：XHCG-2024-CS-003\n采购人：星河县融媒体中心\n公告日期：2024年4月21日\n成交供应商：星河文化传媒有限公司\n成交金额：246,000.00元',
    check: (e) => expect(e.title).toBe('星河县融媒体中心2024年度政务新媒体账号运营服务项目'),
  },
  {
    name: '(guard) a heading that names its project ("星河县X项目中标公告") stays the title over its 项目名称 line',
    text: '星河县融媒体中心政务新媒体账号运营服务项目中标公告\n项目名称：星河县融媒体中心政务新媒体账号运营服务项目\n采购人：星河县融媒体中心\n公告日期：2024年4月21日\n中标供应商：星河文化传媒有限公司\n中标金额：246,000.00元',
    check: (e) => expect(e.title).toBe('星河县融媒体中心政务新媒体账号运营服务项目中标公告'),
  },
  {
    name: 'a line opening with a lettered lot ("A包：…，预算金额：30万元；") gives that lot\'s budget: the lots add up to the project\'s',
    text: '星河县教育局多媒体教学设备采购项目招标公告\n发布日期：2024-03-11\n采购人：星河县教育局\n二、采购内容：\nA包：班班通多媒体教学设备（交互式电子白板、短焦投影机、展台、中控）40套，预算金额：30万元；\nB包：全自动录播教室设备（高清跟踪摄像机、导播切换台、录播主机）2间，预算金额：20万元；\n交货期：合同签订后30日内。',
    check: (e) => expect(e.budgetYuan).toBe(500000),
  },
  {
    name: 'a total the notice states after its lots\' budgets ("本项目预算总金额：184万元") is the project\'s budget, not the first lot\'s',
    text: '星河县教育局多媒体教学设备采购项目招标公告\n发布日期：2024-03-11\n采购人：星河县教育局\n二、采购内容及数量：\nA包：班班通多媒体教学设备（交互式电子白板、短焦投影机、展台、中控）86套，预算金额：120.4万元；\nB包：全自动录播教室设备（高清跟踪摄像机、视频导播切换台、录播主机）4间，预算金额：63.6万元；\n本项目预算总金额：184万元。\n交货期：合同签订后30日内。',
    check: (e) => expect(e.budgetYuan).toBe(1840000),
  },
  {
    name: '(guard) a budget with no lot before a later "项目总预算" stays the budget (the first, the project\'s own, comes first)',
    text: '星河县文化馆宣传片拍摄项目竞争性磋商公告\n发布日期：2024-03-11\n采购人：星河县文化馆\n本次采购预算金额：50万元\n项目总预算：200万元（分三年实施）',
    check: (e) => expect(e.budgetYuan).toBe(500000),
  },
  {
    name: 'a budget label closing its line ("分包预算：") over one line per lot ("第1包：3,300,000.00元") gives the lots\' sum',
    text: '星河县公安局视频监控点位建设项目中标公告\n发布时间：2024-12-05 10:30\n采购人：星河县公安局\n中标信息：\n序号 | 分包 | 供应商名称 | 中标金额（元）\n1 | 第1包 | 星河智安科技有限公司 | 3,268,900.00\n2 | 第2包 | 星河视联信息技术有限公司 | 1,142,000.00\n\n分包预算：\n第1包：3,300,000.00元\n第2包：1,160,000.00元\n\n主要标的：高清网络摄像机210台。',
    check: (e) => expect(e.budgetYuan).toBe(4460000),
  },
  {
    name: '(guard) a budget label closing its line over lot lines that describe the lots (no figure alone) gives no sum',
    text: '星河县融媒体中心短视频服务项目竞争性磋商公告\n发布时间：2024-12-05\n采购人：星河县融媒体中心\n采购预算：\n第1包：短视频制作，服务期一年，不少于120条\n第2包：直播服务，服务期一年\n响应文件递交截止时间：2024年12月20日9时30分',
    check: (e) => expect(e.budgetYuan).toBeNull(),
  },
  {
    name: 'a price label glued to a figure in capitals that 元 closes ("成交金额贰万玖仟肆佰陆拾伍元整（29,465元）") is the award, though delivery is settled by quantity',
    text: '星河县职业教育中心实训耗材询价结果公示\n更新时间：2016-11-22\n根据学校采购管理办法，现将询价结果公示如下：\n三、成交单位：星河机电五金有限公司，成交金额贰万玖仟肆佰陆拾伍元整（29,465元），耗材分两批送货，按实际送货数量结算。\n星河县职业教育中心总务处',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河机电五金有限公司', 29465]]),
  },
  {
    name: '(guard) a true unit price settled by quantity ("成交单价：35元/袋，按实际送货数量结算") stays a unit price, no total',
    text: '星河县职业教育中心食堂大米询价结果公示\n更新时间：2016-11-22\n三、成交单位：星河粮油经营部，成交单价：35元/袋，按实际送货数量结算。\n星河县职业教育中心总务处',
    check: (e) => {
      expect(e.lots.map((l) => l.vendor)).toEqual(['星河粮油经营部']);
      expect(e.lots[0].amountYuan).toBeNull();
    },
  },
  {
    name: 'a WeChat post\'s 原创 line with its author and account ("原创 星河社区 星河镇星河社区") over the heading is no part of the title',
    text: '星河镇星河社区\n2022年07月14日 18:26　江苏\n\n原创 星河社区 星河镇星河社区\n星河社区老旧小区视频监控补点安装项目成交公示\n\n各位居民：\n现将结果公示如下：\n确定由星河智能安防工程有限公司负责安装，成交价49800元，工期20天。\n星河社区居民委员会\n2022年7月14日',
    check: (e) => expect(e.title).toBe('星河社区老旧小区视频监控补点安装项目成交公示'),
  },
  {
    name: 'a choice by the task given ("确定由X公司负责安装，成交价49800元") names the winner beside its price',
    text: '星河社区老旧小区视频监控补点安装项目成交公示\n2022年7月14日\n社区邀请3家单位现场报价，现将结果公示如下：\n▶ 星河智能安防工程有限公司：49,800元\n▶ 星河电子科技有限公司：52,300元\n成交结果\n经社区“两委”及居民代表共同比选，确定由星河智能安防工程有限公司负责安装，成交价49800元，工期20天，质保3年。\n星河社区居民委员会',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河智能安防工程有限公司', 49800]]),
  },
  {
    name: '(guard) "确定由X采购中心负责组织" names the body running the purchase, no winner',
    text: '星河县人民医院设备采购项目成交公告\n发布日期：2024-06-01\n经研究，确定由星河县政府采购中心负责组织实施，成交价49800元。\n采购人：星河县人民医院',
    check: (e) => expect(e.lots.map((l) => l.vendor)).not.toContain('星河县政府采购中心'),
  },
];

runTrapRows('traps found by heldout73–75', rows);
