/**
 * Traps found by the fifty-fifth and fifty-sixth unseen batches (tests/fixtures/extract/heldout55,
 * heldout56): an aggregator's summary header ("中标单位：A；B" over the lots' summed 中标金额) above
 * per-lot results, a budget listed by 包组, a correction quoting the figure it changes, a film's own
 * making read as a second service, losing quotes under 其他报价情况. One named row each, run through the real extractNotice: each row failed before
 * parser 1.53.0, except those marked (guard), which keep a new rule from overreaching. The names
 * say the general rule, not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const lotPairs = (e: { lots: { vendor: string | null; amountYuan: number | null }[] }) => e.lots.map((l) => [l.vendor, l.amountYuan]);

const rows: TrapRow[] = [
  {
    name: 'an aggregator header naming two winners with their summed amount, above a result table giving each its own lot, is a digest: the table\'s lots only',
    text: '星河县人民医院设备采购项目中标公告\n发布时间：2021-03-02\n招标单位：星河县人民医院\n中标单位：星河医疗器械有限公司；星河康达设备有限公司\n中标金额：150.5万元\n【注】以下为原文内容\n星河县人民医院设备采购项目中标公告\n一、采购项目名称：星河县人民医院设备采购项目\n二、中标信息：\n包组 | 采购内容 | 数量 | 中标供应商 | 中标金额（人民币元）\n包组一 | 监护仪 | 2台 | 星河医疗器械有限公司 | 900,000.00\n包组二 | 输液泵 | 5台 | 星河康达设备有限公司 | 605,000.00\n三、采购人：星河县人民医院',
    check: (e) => expect(lotPairs(e)).toEqual([['星河医疗器械有限公司', 900000], ['星河康达设备有限公司', 605000]]),
  },
  {
    name: 'an aggregator header naming two winners with their summed amount, above labelled per-包 winner and amount lines, is a digest: the 包 lines\' lots only',
    text: '星河县农业农村局直播及短视频推广服务项目中标（成交）结果公告\n采购单位：星河县农业农村局\n中标单位：星河电子商务有限公司、星河光影文化传媒有限公司\n中标金额：23.6万元\n发布时间：2022-09-15\n详情\n三、中标（成交）信息\n包1（直播带货服务）：\n供应商名称：星河电子商务有限公司\n中标（成交）金额：140,000.00元\n包2（短视频拍摄制作服务）：\n供应商名称：星河光影文化传媒有限公司\n中标（成交）金额：96,000.00元\n四、采购人：星河县农业农村局',
    check: (e) => expect(lotPairs(e)).toEqual([['星河电子商务有限公司', 140000], ['星河光影文化传媒有限公司', 96000]]),
  },
  {
    name: '(guard) a consortium named in one field ("A、B（联合体）") with its amount stays one lot though a table lists each member\'s share',
    text: '星河县文化馆展陈设计施工项目中标公告\n发布时间：2021-03-02\n中标单位：星河装饰工程有限公司、星河设计研究院有限公司（联合体）\n中标金额：150.5万元\n采购人：星河县文化馆\n中标信息：\n序号 | 中标供应商 | 分工 | 中标金额（元）\n1 | 星河装饰工程有限公司 | 施工 | 900,000.00\n2 | 星河设计研究院有限公司 | 设计 | 605,000.00',
    check: (e) => expect(lotPairs(e)).toEqual([['星河装饰工程有限公司；星河设计研究院有限公司', 1505000]]),
  },
  {
    name: '(guard) a field naming two winners with an amount that is not the per-lot rows\' sum is not set aside as their digest',
    text: '星河县农业农村局推广服务项目中标（成交）结果公告\n采购单位：星河县农业农村局\n中标单位：星河电子商务有限公司、星河光影文化传媒有限公司\n中标金额：50万元\n发布时间：2022-09-15\n包1：\n供应商名称：星河电子商务有限公司\n中标（成交）金额：140,000.00元\n包2：\n供应商名称：星河光影文化传媒有限公司\n中标（成交）金额：96,000.00元',
    check: (e) => expect(e.lots.map((l) => l.vendor)).toContain('星河电子商务有限公司；星河光影文化传媒有限公司'),
  },
  {
    name: 'a budget listing lots named 包组一, 包组二 (a column label that cut the field empty) is the lots\' sum',
    text: '星河县人民医院设备采购项目中标公告\n发布时间：2021-03-02\n采购人：星河县人民医院\n七、预算金额：包组一人民币120万元；包组二人民币45.5万元。\n八、评标委员会成员名单：张三、李四',
    check: (e) => expect(e.budgetYuan).toBe(1655000),
  },
  {
    name: '(guard) a 包组 column over a result table under a budget label with its own figure keeps that figure',
    text: '星河县人民医院设备采购项目中标公告\n发布时间：2021-03-02\n采购人：星河县人民医院\n预算金额：165.5万元\n包组 | 采购内容 | 中标供应商 | 中标金额（元）\n包组一 | 监护仪 | 星河医疗器械有限公司 | 900,000.00',
    check: (e) => expect(e.budgetYuan).toBe(1655000),
  },
  {
    name: 'a correction quoting the original notice\'s labelled budget in quotes ("中“预算金额：X”更正为“预算金额：Y”") sets the new figure, not the quoted one',
    text: '星河县农村生活垃圾收集转运服务项目更正公告\n发布时间：2024-05-16\n二、更正信息\n更正内容：\n1、原公告“二、项目基本情况”中“预算金额：286.00万元”更正为“预算金额：252.00万元（贰佰伍拾贰万元整）”；\n2、原公告“最高限价：286.00万元”更正为“最高限价：250.00万元”；\n采购人：星河县综合行政执法局',
    check: (e) => expect([e.budgetYuan, e.ceilingYuan]).toEqual([2520000, 2500000]),
  },
  {
    name: 'a labelled budget whose value says it changes ("预算金额：由80万元变更为65万元") is the figure it becomes',
    text: '星河县宣传片拍摄服务项目变更公告\n发布时间：2024-05-16\n变更内容：\n预算金额：由80万元变更为65万元；\n采购人：星河县文化广电旅游局',
    check: (e) => expect(e.budgetYuan).toBe(650000),
  },
  {
    name: 'a correction changing a budget to a masked figure leaves the budget unknown, not the figure it replaced',
    text: '星河县宣传片拍摄服务项目更正公告\n发布时间：2024-05-16\n更正内容：原公告“预算金额：80万元”更正为“预算金额：**万元”\n采购人：星河县文化广电旅游局',
    check: (e) => expect(e.budgetYuan).toBeNull(),
  },
  {
    name: '(guard) a budget followed by a deadline a sentence later changes stays the budget',
    text: '星河县宣传片拍摄服务项目更正公告\n发布时间：2024-05-16\n预算金额：80万元\n投标截止时间由2024年5月20日调整为2024年5月28日\n采购人：星河县文化广电旅游局',
    check: (e) => expect(e.budgetYuan).toBe(800000),
  },
  {
    name: 'a title naming a film and nothing else, bought whole, is promo_film though its body\'s schedule mentions shooting and a losing quote outweighs the award',
    text: '星河镇人民政府旅游宣传片拍摄制作项目成交公告\n发布时间：2020年08月14日\n星河招标咨询有限公司受星河镇人民政府的委托，就星河镇旅游宣传片拍摄制作项目以竞争性谈判方式进行采购。\n经谈判小组评审，确定星河影视文化传播有限公司为成交供应商，成交金额为人民币贰拾壹万陆仟元整（￥216000元）。\n一、采购内容：星河景区旅游形象宣传片一部（成片时长6分钟，另剪辑30秒短视频版本一条），含脚本创作、无人机航拍、后期剪辑。\n三、服务期限：合同签订后10个月内完成四季拍摄及交付。\n五、其他报价情况：星河海天广告传媒有限公司报价225,000元；星河影像工作室报价231,000元。\n六、本项目采购预算：人民币22万元。\n采购人：星河镇人民政府',
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'promo_film']),
  },
  {
    name: 'a film priced per minute by a state-owned group, its delivery terms naming the shooting, is promo_film',
    text: '星河文化旅游投资集团有限公司2024年城市形象宣传片拍摄制作项目比选结果公示\n发布日期：2024-10-17\n一、项目名称：2024年城市形象宣传片拍摄制作项目\n三、采购人：星河文化旅游投资集团有限公司\n五、采购内容：城市形象宣传片（长版8分钟、短版1分钟各一版，含航拍、剧本、配乐）。报价以每分钟成片单价计。\n六、比选结果\n第一名：星河影像文化传媒有限公司\n报价：成片单价12,000元/分钟，总价96,000元\n确定成交单位：星河影像文化传媒有限公司，成交金额：96,000元。\n交付要求：合同签订后120日内完成拍摄并交付样片。\n七、采购预算：10万元',
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'promo_film']),
  },
  {
    name: '(guard) a title naming recorded lectures beside a film ("党课录制及党员教育电视片制作") is not a film alone',
    text: '中共星河县委组织部精品党课录制及党员教育电视片制作服务项目合同公告\n发布时间：2024-08-09\n采购人（甲方）：中共星河县委组织部\n供应商（乙方）：星河影视传媒有限公司\n主要标的名称：精品党课录制及党员教育电视片制作服务\n规格型号（或服务要求）：录制精品党课20讲（三机位拍摄），制作党员教育电视片4部。\n合同金额：¥268,000.00',
    check: (e) => expect(e.serviceType).not.toBe('promo_film'),
  },
  {
    name: '(guard) a title naming short videos beside a film ("短视频及宣传片制作") is not a film alone: the money decides',
    text: '星河县融媒体中心短视频及宣传片制作服务项目中标公告\n发布时间：2025-03-02\n采购人：星河县融媒体中心\n中标供应商：星河影视传媒有限公司\n中标金额：50万元\n服务内容：短视频制作100条，预算40万元；宣传片1部，预算10万元。',
    check: (e) => expect(e.serviceType).toBe('video_production'),
  },
  {
    name: 'losing quotes under "其他报价情况" (no bidder word) price none of the services a title names: the priced parts decide',
    text: '星河县文化旅游局宣传片及短视频拍摄制作项目成交公告\n发布时间：2020年08月14日\n经谈判小组评审，确定星河影视文化传播有限公司为成交供应商，成交金额为人民币贰拾壹万陆仟元整（￥216000元）。\n一、采购内容：分项报价：城市形象宣传片一部160000元；短视频20条56000元。\n三、服务期限：合同签订后10个月内完成短视频拍摄及交付。\n五、其他报价情况：星河海天广告传媒有限公司报价225,000元；星河影像工作室报价231,000元。\n采购人：星河县文化旅游局',
    check: (e) => expect(e.serviceType).toBe('promo_film'),
  },
  {
    name: '(guard) "其他" inside a priced part ("短视频及其他素材制作报价180000元") keeps that part\'s money',
    text: '星河县文化旅游局宣传片及短视频拍摄制作项目成交公告\n发布时间：2020年08月14日\n确定星河影视文化传播有限公司为成交供应商，成交金额为人民币280000元。\n一、分项报价：城市形象宣传片一部100000元；短视频及其他素材制作报价180000元。\n采购人：星河县文化旅游局',
    check: (e) => expect(e.serviceType).toBe('video_production'),
  },
];

runTrapRows('heldout55 and heldout56 traps', rows);
