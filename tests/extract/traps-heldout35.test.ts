/**
 * Traps found by the thirty-fifth unseen batch (tests/fixtures/extract/heldout35): scraper exports
 * under English column names, a prose winner above a 质疑 clause that mentions 成交结果, a Markdown
 * doc's example heading, a partly masked agency. One
 * named row each, run through the real extractNotice: each row failed before parser 1.39.0, except
 * those marked (guard), which keep a new rule from overreaching. The names say the general rule,
 * not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  {
    name: 'a prose winner ("确定X为成交供应商，成交金额为…") is read though the only 成交结果 mention is a later 质疑 clause',
    text: '星河县人民政府办公室宣传资料印刷服务项目成交公告\n时间：2024-05-21\n星河县人民政府办公室宣传资料印刷服务项目以竞争性谈判方式采购，经谈判小组评审，确定星河彩印有限责任公司为成交供应商，成交金额为人民币贰拾叁万柒仟伍佰元整（¥237,500.00）。\n采购人：星河县人民政府办公室\n各有关当事人对成交结果有异议的，可以在成交公告发布之日起七个工作日内提出质疑。',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河彩印有限责任公司', 237500]]),
  },
  {
    name: 'a scraper row under English column names joined by " | " is the notice it stands for: title, date and winner from its cells',
    text: 'title | pub_date | buyer | winner | amount | region | content\n星河县监理服务项目中标公告 | 2020-07-23 | 星河县农业农村局 | 星河建设监理有限公司 | 41.8 | 星河市 | "星河县农业农村局监理服务项目采用竞争性磋商方式采购，现将结果公告如下：\n一、成交供应商：星河建设监理有限公司\n二、成交金额：肆拾壹万捌仟元整（418000元）\n三、采购人：星河县农业农村局"',
    check: (e) => {
      expect([e.title, e.kind, e.publishedAt, e.buyer]).toEqual(['星河县监理服务项目中标公告', 'award', '2020-07-23', '星河县农业农村局']);
      // the bare "41.8" amount cell (万元 implied) is no figure: the body's 418000元 is
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河建设监理有限公司', 418000]]);
    },
  },
  {
    name: 'a comma-separated export under English names, its body a "content" record of its own: the header is no title, the body\'s title line is',
    text: 'contract_name,buyer,supplier,amount,sign_date,publish_date,region,url\n"星河县公安局新媒体运营服务合同","星河县公安局","星河融创文化传媒有限公司","¥168,000.00","2023-04-03","2023-04-06","星河县","http://example.invalid/1"\n"content"\n"星河县公安局新媒体运营服务合同公告\n一、合同名称：星河县公安局新媒体运营服务合同\n采购人（甲方）：星河县公安局\n供应商（乙方）：星河融创文化传媒有限公司\n合同金额：¥168,000.00\n七、合同签订日期：2023-04-03\n八、合同公告日期：2023-04-06"',
    check: (e) => {
      expect([e.title, e.kind, e.publishedAt, e.buyer]).toEqual(['星河县公安局新媒体运营服务合同公告', 'contract', '2023-04-06', '星河县公安局']);
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河融创文化传媒有限公司', 168000]]);
    },
  },
  {
    name: '(guard) a notice whose first line is a list of names with commas stays a notice',
    text: '星河县,星河镇,星河乡,星河村 宣传片拍摄项目中标公告\n发布时间：2024-01-02\n中标供应商：星河影视传媒有限公司\n中标金额：98,000.00元\n采购人：星河县文化旅游局',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河影视传媒有限公司', 98000]]),
  },
  {
    name: 'a Markdown doc\'s example heading ("## 样例 3：比选公告（…）") and its "> 输入…：" quote line are no title: the notice\'s first line is',
    text: '## 样例 3：比选公告（星河，2017）\n\n> 输入（原文，来自详情页正文）：\n\n星河县财政局2017年度财政投资评审委托服务项目比选公告\n星河县财政局拟对2017年度财政投资评审委托服务项目进行比选。\n一、比选人：星河县财政局\n二、比选代理机构：星河招标有限公司\n',
    check: (e) => expect(e.title).toBe('星河县财政局2017年度财政投资评审委托服务项目比选公告'),
  },
  {
    name: '(guard) a Markdown heading that is the notice\'s own title ("# X公告") stays the title',
    text: '# 星河县文化旅游局宣传片拍摄项目中标公告\n\n发布时间：2024-01-02\n中标供应商：星河影视传媒有限公司\n中标金额：98,000.00元\n采购人：星河县文化旅游局\n',
    check: (e) => expect(e.title).toContain('星河县文化旅游局宣传片拍摄项目中标公告'),
  },
  {
    name: 'an agency masked in a short run inside its name ("宁夏星**项目管理有限公司") is kept as written',
    text: '星河县人民法院视频会议系统采购项目竞争性磋商公告\n发布时间：2020-05-19\n采购人：星河县人民法院\n代理机构：宁夏星**项目管理有限公司\n项目名称：星河县人民法院视频会议系统采购项目\n采购预算：¥425,000.00\n',
    check: (e) => expect(e.agency).toBe('宁夏星**项目管理有限公司'),
  },
  {
    name: '(guard) an agency masked whole or down to its place ("************有限公司", "浙江**招标有限公司") stays unknown',
    text: '星河县人民法院视频会议系统采购项目竞争性磋商公告\n发布时间：2020-05-19\n采购人：星河县人民法院\n代理机构：浙江**招标有限公司\n项目名称：星河县人民法院视频会议系统采购项目\n',
    check: (e) => expect(e.agency).toBeNull(),
  },
];

runTrapRows('heldout35 traps', rows);
