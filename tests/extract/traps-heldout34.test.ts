/**
 * Traps found by the thirty-fourth unseen batch (tests/fixtures/extract/heldout34): video results
 * and contracts in the shapes the shared corpus's sources have them. One named row each, run
 * through the real extractNotice: each row failed before parser 1.38.0, except those marked
 * (guard), which keep a new rule from overreaching. The names say the general rule, not the
 * fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  {
    name: 'a notice kept as a string literal with its escapes (every line ends in a literal \\n) is read line by line: no "\\n" in the fields, the vendor is found',
    text: '【中标公告】星河县融媒体中心短视频运营服务中标结果公告\\n一、项目编号：XH-2024-G01\\n三、中标（成交）信息\\n供应商名称： 星河蓝天文化传媒有限公司\\n中标金额： 298000.00(元)\\n六、代理服务收费标准及金额：4470.00元\\n1.采购人信息\\n名称：星河县融媒体中心\\n2.采购代理机构信息\\n名称：星河正远招标代理有限公司\\n公告日期：2024年5月27日',
    check: (e) => {
      expect([e.buyer, e.agency, e.publishedAt]).toEqual(['星河县融媒体中心', '星河正远招标代理有限公司', '2024-05-27']);
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河蓝天文化传媒有限公司', 298000]]);
    },
  },
  {
    name: '(guard) a lone literal \\n in prose (a path, a regex quoted in a notice) stays as written',
    text: '星河县融媒体中心短视频运营服务中标结果公告\n发布日期：2024-05-27\n采购人：星河县融媒体中心\n中标供应商：星河蓝天文化传媒有限公司\n中标金额：298,000.00元\n附件：D:\\notice\\结果.pdf',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河蓝天文化传媒有限公司', 298000]]),
  },
  {
    name: 'a sheet export (a header row of column names over one record row, " | " between cells) is read as the record\'s labelled fields: title from the 项目名称 cell, kind from the 公告类型 cell, one lot',
    text: '项目名称 | 采购人 | 代理机构 | 中标供应商 | 中标金额 | 预算金额 | 公告类型 | 发布日期\n星河县文旅局2025年抖音号运营项目 | 星河县文化旅游广电体育局 | 星河建设项目管理有限公司 | 星河星空文化传媒有限公司 | 45.8万元 | 48万元 | 中标公告 | 2025-04-09',
    check: (e) => {
      expect([e.title, e.kind, e.buyer, e.agency, e.budgetYuan, e.publishedAt]).toEqual(['星河县文旅局2025年抖音号运营项目', 'award', '星河县文化旅游广电体育局', '星河建设项目管理有限公司', 480000, '2025-04-09']);
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河星空文化传媒有限公司', 458000]]);
    },
  },
  {
    name: 'a results table a flattened page ran onto its numbered section\'s line ("五、中标信息 标段编号 中标供应商 中标金额(元) 001 X 193500.00 002 Y …") gives one lot per row, no lot without a vendor',
    text: '星河县融媒体中心2019年宣传片及短视频制作项目中标公告 发布时间：2019-10-22 一、采购项目名称：星河县融媒体中心2019年宣传片及短视频制作项目 二、采购项目编号：XH-2019-0078 三、采购方式：竞争性磋商 四、标段信息 标段编号 标段名称 采购方式 预算金额(元) 001 星河县城市形象宣传片 竞争性磋商 200000.00 002 “星河印象”短视频制作（50条） 竞争性磋商 150000.00 五、中标信息 标段编号 中标供应商 中标金额(元) 001 星河辽西影视传媒有限公司 193500.00 002 星河县小东光影像工作室 142000.00 六、采购人名称：星河县融媒体中心 地址：星河县中华路30号 联系人：孙先生 七、采购代理机构名称：星河锦程项目管理有限公司 地址：星河市中央大街99号 八、公告期限：本公告期限为1个工作日。',
    check: (e) => {
      expect(e.lots.map((l) => [l.lot, l.vendor, l.amountYuan])).toEqual([['001', '星河辽西影视传媒有限公司', 193500], ['002', '星河县小东光影像工作室', 142000]]);
      expect(e.budgetYuan).toBe(350000);
    },
  },
  {
    name: 'a 比选 result that ranks every bidder and tags the first as the winner ("第一名(成交人):X 比选报价:…") gives that one lot; the 第二名/第三名 quotes none',
    text: '星河县文旅投资发展集团有限公司文旅微短剧拍摄制作项目比选结果公示\n发布时间:2025-08-19\n比选人:星河县文旅投资发展集团有限公司\n比选结果:\n第一名(成交人):星河之江微剧影视文化有限公司  比选报价:人民币叁拾捌万元整(¥380,000.00)\n第二名:星河瓯江影视传媒有限公司  比选报价:¥392,000.00\n第三名:星河古韵文化创意有限公司  比选报价:¥398,500.00\n控制价:40万元',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河之江微剧影视文化有限公司', 380000]]),
  },
  {
    name: 'a notice given as a one-line JSON record inside prose (an API doc\'s sample output) is read as the record: its title and its snake_case publish_time',
    text: '示例输出（单条记录）：{"title": "星河县文化和旅游局城市旅游宣传片拍摄服务项目成交公告", "publish_time": "2024-09-03", "content": "一、项目编号：XH-2024-0311 二、成交信息 供应商名称：星河土苗兄妹文化传媒有限公司 成交金额：278,500.00元 三、采购人：星河县文化和旅游局 四、采购代理机构：星河清江项目管理有限公司"}\n字段说明：title 为公告标题。',
    check: (e) => {
      expect([e.title, e.publishedAt, e.buyer]).toEqual(['星河县文化和旅游局城市旅游宣传片拍摄服务项目成交公告', '2024-09-03', '星河县文化和旅游局']);
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河土苗兄妹文化传媒有限公司', 278500]]);
    },
  },
  {
    name: 'a notice in a test\'s triple-quoted string: the line that opens the literal (SAMPLE_NOTICE = """) is no part of the title',
    text: 'SAMPLE_NOTICE = """\n星河县委宣传部微短剧拍摄制作项目成交结果公告\n公告日期：2026年2月12日\n成交供应商：星河锦官城微剧文化传播有限公司\n成交金额：¥258,000.00\n采购人：中共星河县委宣传部\n"""\n\ndef test_parse():\n    assert parse(SAMPLE_NOTICE)\n',
    check: (e) => expect([e.title, e.publishedAt]).toEqual(['星河县委宣传部微短剧拍摄制作项目成交结果公告', '2026-02-12']),
  },
  {
    name: '(guard) a results table of several rows at a text\'s head is a table, not a sheet export\'s one record: each row stays a lot',
    text: '序号 | 采购单位 | 中标供应商 | 中标金额\n1 | 星河县融媒体中心 | 星河甲文化传媒有限公司 | 120000元\n2 | 星河县融媒体中心 | 星河乙文化传媒有限公司 | 80000元\n星河县融媒体中心短视频制作服务项目中标结果公告\n发布日期：2025-06-01\n',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河甲文化传媒有限公司', 120000], ['星河乙文化传媒有限公司', 80000]]),
  },
];

runTrapRows('heldout34 traps', rows);
