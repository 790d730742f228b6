/**
 * Traps for the decision sentence of a small own-site result (heldout73/76/77's family): the winner
 * named in the sentence or on the result line that decides, as subject, object or a result label's
 * value, however the author words it (prose-lots.ts decisionSentenceWinner). One named row each, run
 * through the real extractNotice; rows marked (guard) keep the reader from overreaching. The names
 * say the general rule, not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { award, runTrapRows, type TrapRow } from './trap-rows.js';

const lots = (e: { lots: { vendor: string | null; amountYuan: number | null }[] }) => e.lots.map((l) => [l.vendor, l.amountYuan]);

const rows: TrapRow[] = [
  {
    name: 'a decision verb with its rank and object ("确定第一名X为承制单位") names the winner under any role word, priced by the sentence',
    text: award('星河县融媒体中心宣传片拍摄制作比选结果公示', '现将比选结果公示如下：\n一、项目名称：宣传片拍摄制作\n二、比选结果：确定第一名星河光影文化传播有限公司为承制单位，成交价人民币壹拾贰万元整（120000元）。\n三、公示时间：三日。'),
    check: (e) => expect(lots(e)).toEqual([['星河光影文化传播有限公司', 120000]]),
  },
  {
    name: 'the winner as subject, reasons between it and the decision ("X报价最低，所投…满足要求，确定为本项目供货安装单位")',
    text: award('星河县第一幼儿园监控增补项目询价结果公示', '经询价小组评审，星河县明达电子经营部报价最低，所投设备参数满足询价文件要求，确定为本项目供货安装单位，成交价36500元，工期15日历天。\n公示期三日。'),
    check: (e) => expect(lots(e)).toEqual([['星河县明达电子经营部', 36500]]),
  },
  {
    name: 'a decision by 由 and the task ("确定由X供货，成交总价…（…元）")',
    text: award('星河县职业中学校服采购成交公示', '三、比选结果：经采购小组综合比较面料及报价，确定由星河县红星服装厂供货，成交总价人民币玖万捌仟元整（98,000元），费用由家长自愿缴纳。'),
    check: (e) => expect(lots(e)).toEqual([['星河县红星服装厂', 98000]]),
  },
  {
    name: 'a result label with the winner as its value on a line of its own ("比选结果：X"), the award on the next line',
    text: award('星河县人民医院公众号运营服务比选结果公示', '我院对公众号运营服务进行院内比选，现将比选结果公示如下：\n比选结果：星河县山水文化传播工作室\n成交金额：人民币叁万陆仟元整（￥36,000.00），服务期一年。\n'),
    check: (e) => expect(lots(e)).toEqual([['星河县山水文化传播工作室', 36000]]),
  },
  {
    name: '(guard) a decision sentence naming two organisations is a comparison: neither is read as the winner',
    text: award('星河村路灯采购竞价结果公示', '经竞价，星河照明工程有限公司报价低于星河电器有限公司，确定为供货安装单位，合同价款52,000元。'),
    check: (e) => expect(e.lots.map((l) => l.vendor).filter(Boolean)).toEqual([]),
  },
  {
    name: '(guard) a result label over a candidate ("评审结果：第一候选人X") names no winner',
    text: award('星河县图书馆设备采购评审结果公示', '评审结果：第一候选人星河科技有限公司，报价48000元。\n'),
    check: (e) => expect(e.lots.map((l) => l.vendor).filter((v) => v === '星河科技有限公司' || v === '第一候选人星河科技有限公司')).toEqual([]),
  },
  {
    name: '(guard) a 采购中心 chosen to organise the purchase ("确定由X采购中心负责组织") is no winner',
    text: award('星河县文化馆音响采购结果公示', '经馆务会研究，确定由星河县政府采购中心负责组织询价。\n成交金额：23,000元\n'),
    check: (e) => expect(e.lots.map((l) => l.vendor).filter(Boolean)).toEqual([]),
  },
  {
    name: '(guard) the buyer that decides, named before the verb, is not the winner; the firm after it is',
    text: award('星河县第一中学作业本采购结果公示', '星河县第一中学经校务会研究确定由星河文具商行供货，成交价12800元。'),
    check: (e) => expect(lots(e)).toEqual([['星河文具商行', 12800]]),
  },
  {
    name: '(guard) a call\'s requirement ("确定…为成交供应商") names no winner',
    text: '星河县文化馆音响设备询价采购公告\n发布日期：2025-06-01\n一、采购预算：50000元\n二、评审办法：采购人按报价由低到高确定1家供应商为成交供应商。\n三、响应文件递交截止时间：2025年6月10日\n',
    check: (e) => expect(e.lots).toEqual([]),
  },
  {
    name: 'a unit price in the winner\'s sentence ("中选单价：1,420元/条，按…据实结算") is a unit price, never the total, though a bid table prices the winner per item',
    text: award('星河县融媒体中心短视频拍摄制作服务比选结果公告', '二、参加比选单位及报价\n序号 | 参选单位 | 报价（元/条） | 综合得分\n1 | 星河影像文化有限公司 | 1,420 | 91.3\n2 | 星河视界传媒有限公司 | 1,350 | 86.8\n三、比选结果\n经比选小组评审，确定星河影像文化有限公司为中选单位，中选单价：1,420元/条（含税），按审核采用的短视频数量据实结算。\n'),
    check: (e) => {
      expect(lots(e)).toEqual([['星河影像文化有限公司', null]]);
      expect(e.lots[0].unitPriceYuan).toBe(1420);
    },
  },
  {
    name: '(guard) a total stated in the winner\'s sentence beside its unit price is the award',
    text: award('星河县融媒体中心短视频拍摄制作服务比选结果公告', '经比选小组评审，确定星河影像文化有限公司为中选单位，成交金额：人民币42,600元（单价1,420元/条，共30条）。\n'),
    check: (e) => expect(lots(e)).toEqual([['星河影像文化有限公司', 42600]]),
  },
  {
    name: 'a direct purchase\'s "采购价格：" line opening its line prices the prose winner: a stated 共计 beside a per-场 price is the total',
    text: award('星河镇助农直播带货服务直接采购结果公示', '经镇党委会议研究，我镇采用直接采购方式，确定由星河好物电子商务有限公司承接助农直播带货服务，现将有关情况公示如下：\n一、服务内容：直播带货8场\n五、采购价格：每场3,500元，8场共计28,000.00元（贰万捌仟元整），销售佣金另行结算。\n'),
    check: (e) => expect(lots(e)).toEqual([['星河好物电子商务有限公司', 28000]]),
  },
  {
    name: '(guard) a "采购价格：" line with a per-场 price and no stated sum stays a unit price (no total made up)',
    text: award('星河镇助农直播带货服务直接采购结果公示', '经镇党委会议研究，我镇采用直接采购方式，确定由星河好物电子商务有限公司承接助农直播带货服务。\n五、采购价格：每场3,500元，按实际场次据实结算。\n'),
    check: (e) => expect(lots(e)).toEqual([['星河好物电子商务有限公司', null]]),
  },
  {
    name: '(guard) 采购价格 inside another sentence is no label ("…，供应商承诺采购价格：12000元以内" prices nothing)',
    text: award('星河县第一中学作业本采购结果公示', '经校务会研究，确定由星河文具商行供货。\n供货要求：所供作业本须质量合格，供应商承诺采购价格：12000元以内据实结算。\n'),
    check: (e) => expect(lots(e).map((l) => l[1])).toEqual([null]),
  },
  {
    name: '(guard) a link to another notice ("下一篇：关于确定X为…成交单位的公示") names no winner of this page',
    text: award('星河县文化馆音响采购结果公示', '成交金额：23,000元\n上一篇：关于确定星河音响器材有限公司为舞台灯光项目成交单位的公示\n下一篇：星河县文化馆2024年工作计划\n'),
    check: (e) => expect(e.lots.map((l) => l.vendor).filter(Boolean)).toEqual([]),
  },
];

runTrapRows('traps: the decision sentence names the winner (heldout73/76/77 family)', rows);
