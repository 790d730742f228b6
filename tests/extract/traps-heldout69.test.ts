/**
 * Traps found by the sixty-ninth and seventieth unseen batches (tests/fixtures/extract/heldout69, heldout70):
 * purchases outside the big portals by a fifth author, whose words for the same things differ from the
 * fourth's (选定 for 确定, 施工单位, a candidate confirmed as winner, a monthly rate beside its sum). One
 * named row each, run through the real extractNotice: each row failed before parser 1.60.0, except those
 * marked (guard), which keep a new rule from overreaching. The names say the general rule, not the
 * fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const lotsOf = (e: { lots: { vendor: string | null; amountYuan: number | null }[] }) => e.lots.map((l) => [l.vendor, l.amountYuan]);

const rows: TrapRow[] = [
  {
    name: 'a works choice in prose ("选定X为施工单位，合同价27,860元") names the builder and its contract price',
    text: '星河小区门禁改造项目比价结果公示\n2025年06月11日\n各位居民：\n　　经比价小组评议，选定星河安防工程有限公司为施工单位，合同价27,860元（贰万柒仟捌佰陆拾元整），工期15天。\n星河居民委员会\n2025年6月11日',
    check: (e) => expect(lotsOf(e)).toEqual([['星河安防工程有限公司', 27860]]),
  },
  {
    name: 'a ranked candidate confirmed as winner in the same sentence ("推荐X为第一中选候选人并确定为中选单位，中选价为…") is the winner at its price',
    text: '星河城投公司保安服务比选结果公示\n发布时间：2019/12/16\n采购单位：星河县城市建设投资有限公司\n比选结果：经比选小组评审，推荐星河物业服务有限公司为第一中选候选人并确定为中选单位，中选价为人民币贰拾陆万叁仟伍佰元整（263,500.00元）。\n',
    check: (e) => expect(lotsOf(e)).toEqual([['星河物业服务有限公司', 263500]]),
  },
  {
    name: '(guard) a first candidate only recommended ("推荐X为第一中标候选人", no 确定为) is read by the candidate rules, not as confirmed in prose',
    text: '星河县文化馆舞台灯光采购评审结果\n发布时间：2019/12/16\n采购人：星河县文化馆\n评审结果：推荐星河舞台设备有限公司为第一中标候选人，报价263,500.00元。\n',
    check: (e) => expect(e.lots.every((l) => l.vendor !== '星河舞台设备有限公司' || l.amountYuan === 263500 || l.amountYuan === null)).toBe(true),
  },
  {
    name: 'a service chosen at a monthly rate with its period\'s sum beside it ("每月9800元，三个月合计29400元") is awarded the sum',
    text: '星河镇公厕保洁服务比价结果公示\n发布时间：2017-08-03\n　　经比价小组评议，选定星河保洁服务部为服务单位，每月9800元，三个月合计29400元（贰万玖仟肆佰元整），耗材费用包含在内。\n星河镇人民政府\n2017年8月3日',
    check: (e) => expect(lotsOf(e)).toEqual([['星河保洁服务部', 29400]]),
  },
  {
    name: '(guard) a count summed after the winner ("全年共计52期") is no price',
    text: '星河县残联手语节目单一来源采购公示\n发布时间：2022-01-04\n　　经研究，拟委托星河广播电视台制作手语新闻节目，每期50分钟，全年共计52期。\n',
    check: (e) => expect(e.lots.map((l) => l.amountYuan)).not.toContain(52),
  },
  {
    name: 'an aggregator\'s login note after a name ("X局（*登录后查看联系人）") is its paywall, no part of the buyer',
    text: '某某招标网 首页>招标公告>中标结果\n\n星河县文化旅游局宣传短视频拍摄制作服务成交结果公告\n发布时间：2025-08-21\n采购单位：星河县文化旅游局（*登录后查看联系人）\n中标单位：星河文化传媒有限公司\n中标金额：23.7万元\n',
    check: (e) => expect(e.buyer).toBe('星河县文化旅游局'),
  },
  {
    name: '(guard) a bracket that belongs to the name ("星河县人民医院（星河县中医院）") stays',
    text: '星河县人民医院（星河县中医院）宣传片采购成交公告\n发布时间：2025-08-21\n采购单位：星河县人民医院（星河县中医院）\n成交供应商：星河文化传媒有限公司\n成交金额：23.7万元\n',
    check: (e) => expect(e.buyer).toBe('星河县人民医院（星河县中医院）'),
  },
  {
    name: 'a township named bare as the actor in prose ("星河乡对…开展现场竞价。竞价于…进行") is its government the 落款 signs',
    text: '星河县人民政府网\n首页 >> 乡镇信息 >> 星河乡\n\n星河乡牧民帐篷采购竞价结果公示\n发布时间：2016-06-14　　来源：星河乡人民政府\n\n    根据乡党委会议研究决定，为保障我乡牧民生产生活需要，星河乡对牧民帐篷采购项目开展现场竞价。竞价于2016年6月11日在乡政府会议室进行，由乡纪委现场监督。现将竞价结果公示如下：\n    竞价结果：确定星河户外用品有限公司为供货单位，成交金额为人民币228,800元。\n\n星河乡人民政府\n二〇一六年六月十二日\n',
    check: (e) => expect(e.buyer).toBe('星河乡人民政府'),
  },
  {
    name: 'a village\'s 村务公开 of "小额采购及支出" in a table typed with full-width bars ("序号｜采购事项｜承接（供货）单位｜金额（元）") is an award, one lot per row',
    text: '星河县人民政府网 > 乡镇频道 > 星河镇 > 村务公开\n\n星河镇星河村2019年第二季度村级小额采购及支出公开\n\n时间：2019-07-05 10:21\n\n    现将我村第二季度村级小额采购事项及支出情况公开如下。\n\n    序号｜采购事项｜采购方式｜承接（供货）单位｜金额（元）｜经办人\n    1｜村部路灯维修｜比价｜星河照明电器店｜3860.00｜黄某\n    2｜垃圾分类收集亭（4座）｜比价｜星河环卫设备有限公司｜18900.00｜李某\n    合计：22760.00元\n\n星河县星河镇星河村村民委员会\n2019年7月5日\n',
    check: (e) => {
      expect(e.kind).toBe('award');
      expect(e.lots.map((l) => [l.lot, l.vendor, l.amountYuan])).toEqual([[null, '星河照明电器店', 3860], [null, '星河环卫设备有限公司', 18900]]);
    },
  },
  {
    name: '(guard) a bare "…采购公示" heading is no record of purchases made: a call stays a call',
    text: '星河镇星河村垃圾分类收集亭采购公示\n时间：2019-07-05\n    我村拟采购垃圾分类收集亭4座，欢迎供应商参加询价报价，报价截止时间2019年7月12日。\n采购人：星河镇星河村村民委员会\n预算金额：2万元\n',
    check: (e) => expect(e.kind).toBe('tender'),
  },
  {
    name: 'a holders\' table whose rejected rows say so in any cell ("得分 | 71.4（未入围）", "资格性审查不通过") keeps only the admitted holders',
    text: '星河文旅投资有限公司 招采信息\n星河文旅投公司景区直播服务框架协议采购入围结果公示\n公示日期：2025-02-19\n采购单位：星河文旅投资有限公司\n三、入围结果\n    排名｜单位名称｜常规直播单价｜得分\n    1｜星河星火文化传媒有限公司｜2680元/场｜92.3\n    2｜星河云播网络科技有限公司｜2750元/场｜88.6\n    3｜星河凤鸣影像工作室｜2400元/场｜71.4（未入围）\n    4｜星河山水间广告有限公司｜——｜资格性审查不通过\n',
    check: (e) => expect(lotsOf(e)).toEqual([['星河星火文化传媒有限公司', null], ['星河云播网络科技有限公司', null]]),
  },
  {
    name: '(guard) a winners\' table whose 备注 says nothing of losing ("无") keeps its rows',
    text: '星河县文化旅游局宣传片拍摄项目中标公告\n发布时间：2024-02-27\n采购人：星河县文化旅游局\n二、中标结果\n中标供应商 | 中标金额（元） | 备注\n星河影视传媒有限公司 | 186,000.00 | 无\n',
    check: (e) => expect(lotsOf(e)).toEqual([['星河影视传媒有限公司', 186000]]),
  },
  {
    name: 'a result table\'s "结果" column that says what the chosen one became ("确定为服务单位", the others "/") awards that row alone',
    text: '星河区人民政府\n星河街道政务新媒体运营服务遴选结果公示\n发布时间：2019-07-03\n　　三、遴选结果：\n序号 | 单位名称 | 报价（元） | 评审得分 | 结果\n1 | 星河新媒文化传播有限公司 | 158,000.00 | 90.2 | 确定为服务单位\n2 | 星河融视科技有限公司 | 149,500.00 | 84.7 | /\n　　四、项目预算：16万元。\n星河区人民政府星河街道办事处\n2019年7月3日\n',
    check: (e) => expect(lotsOf(e)).toEqual([['星河新媒文化传播有限公司', 158000]]),
  },
  {
    name: '(guard) a "结果" cell that ranks a candidate ("确定为第二候选人") awards nothing',
    text: '星河街道政务新媒体运营服务遴选结果公示\n发布时间：2019-07-03\n　　三、遴选结果：\n序号 | 单位名称 | 报价（元） | 结果\n1 | 星河融视科技有限公司 | 149,500.00 | 确定为第二候选人\n',
    check: (e) => expect(e.lots.map((l) => l.vendor)).not.toContain('星河融视科技有限公司'),
  },
  {
    name: 'a PDF\'s result table one cell a line, names and the amount\'s header broken over lines ("星河智联教育科技有限公" / "司"), is read row by row: one lot per 包号',
    text: '星河县教育局直播互动教学设备采购项目\n中标（成交）结果公告\n一、项目编号：XH-2020-0215\n三、中标（成交）信息\n包号\n供应商名称\n供应商地址\n中标（成交）金\n额（元）\n1\n星河智联教育科技有限公\n司\n星河市城关区雁南路\n18号创新大厦A座\n1,078,000.00\n2\n星河恒宇电子科技有限\n公司\n星河市甘州区县府街\n56号\n654,300.00\n四、主要标的信息\n包1：主讲教室直播互动设备，5套。\n',
    check: (e) => expect(e.lots.map((l) => [l.lot, l.vendor, l.amountYuan])).toEqual([['1', '星河智联教育科技有限公司', 1078000], ['2', '星河恒宇电子科技有限公司', 654300]]),
  },
  {
    name: '(guard) a bidders\' list one cell a line priced per item ("单价（元）") is no result table',
    text: '星河县教育局教学设备采购项目询价结果公告\n三、报价情况\n序号\n供应商名称\n单价（元）\n1\n星河智联教育科技有限公司\n1,280.00\n四、其他\n',
    check: (e) => expect(e.lots.map((l) => l.amountYuan)).not.toContain(1280),
  },
];

runTrapRows('heldout69 and heldout70 traps', rows);
