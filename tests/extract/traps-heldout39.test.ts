/**
 * Traps found by the thirty-ninth unseen batch (tests/fixtures/extract/heldout39): notices as code
 * repositories hold them, inside records printed in a language's own syntax (a Python dict or list,
 * pprint's split strings, a PHP array, a JSON line cut mid-escape), \uXXXX-escaped texts, a
 * notebook's output lines, an RSS item, TSV and pg_dump rows, a sheet export with a title above its
 * header, a Markdown field/value table, a log around the notice, a string literal on a line of code,
 * word-segmented text, a one-row table run into prose. One named row each, run through the real
 * extractNotice: each row failed before parser 1.41.0, except those marked (guard), which keep a
 * new rule from overreaching. The names say the general rule, not the fixture; the parties are
 * invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

/** Every non-ASCII character as a \uXXXX escape, as Python's json.dumps (ensure_ascii) and PyYAML write it. */
const ascii = (s: string) => [...s].map((c) => (c.charCodeAt(0) > 127 ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c)).join('');
const lines = (s: string) => s.replace(/\n/g, '\\n');

const NOTICE = '星河县教育局课桌椅采购项目中标公告\n发布日期：2018-08-09\n一、采购人：星河县教育局\n二、采购代理机构：星河招标有限公司\n三、中标供应商：星河家具有限公司\n四、中标金额：¥412,600.00\n五、预算金额：42万元\n';
const award = (e: Parameters<TrapRow['check']>[0]) => [e.title, e.publishedAt, e.buyer, e.agency, e.lots.map((l) => [l.vendor, l.amountYuan])];
const AWARD = ['星河县教育局课桌椅采购项目中标公告', '2018-08-09', '星河县教育局', '星河招标有限公司', [['星河家具有限公司', 412600]]];

const rows: TrapRow[] = [
  {
    name: 'a printed Python dict (single-quoted repr, \\u3000 and \\xa0 escapes) is read as the record: its content is the notice',
    text: `2018-08-10 09:12:53 [pipelines] saving item ...\n{'url': 'http://example.invalid/1', 'title': '星河县教育局课桌椅采购项目中标公告', 'content': '${lines(NOTICE).replace('一、', '\\u3000\\u3000一、').replace('五、', '\\xa0五、')}', 'crawl_time': '2018-08-10 09:12:53'}\n`,
    check: (e) => expect(award(e)).toEqual(AWARD),
  },
  {
    name: "pprint's split strings ('…'\\n '…') are one value: a buyer does not end in a quote or an escape",
    text: `DEBUG: Scraped from <200 http://example.invalid/1>\n{'content': '星河县教育局课桌椅采购项目中标公告\\n发布日期：2018-08-09\\n'\n            '一、采购人：星河县教育局\\n二、采购代理机构：星河招标有限公司\\n'\n            '三、中标供应商：星河家具有限公司\\n四、中标金额：¥412,600.00\\n',\n 'title': '星河县教育局课桌椅采购项目中标公告'}\n`,
    check: (e) => expect(award(e)).toEqual(AWARD),
  },
  {
    name: 'a JSON line written with ensure_ascii and cut mid-escape (so it does not parse) is still read as its record',
    text: `{"url": "http://example.invalid/1", "title": "${ascii('星河县教育局课桌椅采购项目中标公告')}", "content": "${lines(ascii(NOTICE))}${ascii('地址：星河县').slice(0, -3)}`,
    check: (e) => expect(award(e)).toEqual(AWARD),
  },
  {
    name: "a PHP var_export array ('pubdate' => '…', 'content' => '…') is read as its record: the date field dates a notice whose text has none",
    text: `array (\n  'id' => 90431,\n  'title' => '星河县人民法院办公家具采购项目成交结果公告',\n  'pubdate' => '2019-12-02',\n  'content' => '星河县人民法院办公家具采购项目成交结果公告\n一、采购人：星河县人民法院\n二、成交供应商：星河家具有限公司\n三、成交金额：¥348,600.00\n',\n)\n`,
    check: (e) => expect([e.title, e.publishedAt, e.buyer]).toEqual(['星河县人民法院办公家具采购项目成交结果公告', '2019-12-02', '星河县人民法院']),
  },
  {
    name: "a printed list of the page's paragraph strings is the notice, one paragraph a line",
    text: `>>> paras\n['星河县融媒体中心直播服务项目单一来源采购公示', '发布时间：2021-03-29 10:15', '一、采购人：星河县融媒体中心', '二、采购代理机构：星河项目管理有限公司', '三、采购预算：人民币叁拾捌万元整（¥380,000.00）', '四、拟定供应商：星河传媒有限公司']\n`,
    check: (e) => expect([e.buyer, e.agency, e.budgetYuan]).toEqual(['星河县融媒体中心', '星河项目管理有限公司', 380000]),
  },
  {
    name: '(guard) a config file\'s quoted keys with no Chinese content are no record: the text is read as it stands',
    text: `星河县教育局课桌椅采购项目中标公告\n发布日期：2018-08-09\n采购人：星河县教育局\n配置：{'timeout': '30', 'retries': '3'}\n中标供应商：星河家具有限公司\n中标金额：¥412,600.00\n`,
    check: (e) => expect([e.title, e.buyer]).toEqual(['星河县教育局课桌椅采购项目中标公告', '星河县教育局']),
  },
  {
    name: 'a TSV export (header row, one record) is read as the csv one: its buyer column is the buyer',
    text: 'id\ttitle\tpub_date\tbuyer\tcontent\n88213\t星河县图书馆2022年5至6月政府采购意向\t2022-04-28\t星河县图书馆\t星河县图书馆2022年5至6月政府采购意向 现将采购意向公开如下：采购项目名称：数字资源采购，预算金额：28.6万元。\n',
    check: (e) => expect([e.title, e.publishedAt, e.buyer]).toEqual(['星河县图书馆2022年5至6月政府采购意向', '2022-04-28', '星河县图书馆']),
  },
  {
    name: 'a one-row table run into a paragraph ("…如下： 序号 … 预算金额（万元） … 1 … 28.6 2022年6月 无 本次…") gives its budget cell',
    text: '星河县图书馆2022年5至6月政府采购意向\n采购人：星河县图书馆\n\n为便于供应商及时了解政府采购信息，现将星河县图书馆采购意向公开如下： 序号 采购项目名称 采购需求概况 预算金额（万元） 预计采购时间（填写到月） 备注 1 数字资源采购 采购在线视频资源数据库使用权一年 28.6 2022年6月 无 本次公开的采购意向是本单位政府采购工作的初步安排。 星河县图书馆 2022年4月28日\n',
    check: (e) => expect(e.budgetYuan).toBe(286000),
  },
  {
    name: "a notebook's stream output (a text kept as a list of lines) holds the notice: the .ipynb JSON is no longer refused",
    text: JSON.stringify({ cells: [{ cell_type: 'code', source: ['print(text)'], outputs: [{ name: 'stdout', output_type: 'stream', text: NOTICE.split('\n').map((l) => `${l}\n`) }] }], metadata: {}, nbformat: 4 }),
    check: (e) => expect(award(e)).toEqual(AWARD),
  },
  {
    name: 'a cassette body with every Chinese character \\uXXXX-escaped and its lines folded with backslashes is read as the page it records, not its YAML',
    text: `interactions:\n- request:\n    method: GET\n    uri: http://example.invalid/1\n  response:\n    body:\n      string: "<div class=\\"detail_title\\">${ascii('星河县人民医院生化分析仪采购项目验收结果公告')}</div>\\n<div>${ascii('发布时间：2022-09-26')}</div>\\n<p>${ascii('采购人（甲方）：星河县')}\\\n        ${ascii('人民医院')}</p>\\n<p>${ascii('验收结论：合格')}</p>"\n    status: {code: 200}\n`,
    check: (e) => expect([e.title, e.kind, e.publishedAt, e.buyer]).toEqual(['星河县人民医院生化分析仪采购项目验收结果公告', 'acceptance', '2022-09-26', '星河县人民医院']),
  },
  {
    name: 'a title in a string literal on a line of code ("const NOTICE = `X公告") is the literal\'s text',
    text: "import { it } from 'vitest';\n\nconst NOTICE = `星河县智慧城管平台建设项目中标结果公告\n发布日期：2021-11-19\n采购人：星河县城市管理局\n中标供应商：星河智联信息技术有限公司\n中标金额：1286000.00元\n`;\n\nit('parses', () => {});\n",
    check: (e) => expect([e.title, e.publishedAt]).toEqual(['星河县智慧城管平台建设项目中标结果公告', '2021-11-19']),
  },
  {
    name: "a site's date line under a title that code lines push down the text still dates it (lines with no Chinese and no year are not counted)",
    text: '# -*- coding: utf-8 -*-\nimport unittest\n\nfrom example.extract import extract_award\n\nSAMPLE = """星河县水务局巡查管护服务项目中标公告\n星河市政府采购网\u30002015-09-08\n采购人：星河县水务局\n中标供应商：星河物业有限公司\n中标金额：115.8万元\n"""\n',
    check: (e) => expect([e.title, e.publishedAt]).toEqual(['星河县水务局巡查管护服务项目中标公告', '2015-09-08']),
  },
  {
    name: "an RSS item is read as its description, its title and pubDate the notice's (not the channel's title)",
    text: '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n<title>星河市政府采购公告（镜像）</title>\n<item>\n<title>星河县教育局录播系统采购项目招标公告</title>\n<pubDate>Thu, 05 Mar 2026 09:30:00 +0800</pubDate>\n<description><![CDATA[<p>星河县教育局录播系统采购项目招标公告</p><p>项目名称：星河县教育局录播系统采购项目</p><p>预算金额：1,480,000.00元</p><p>方式：在线……<a href="#">阅读全文</a></p>]]></description>\n</item>\n</channel>\n</rss>\n',
    check: (e) => expect([e.title, e.publishedAt, e.budgetYuan]).toEqual(['星河县教育局录播系统采购项目招标公告', '2026-03-05', 1480000]),
  },
  {
    name: 'a word-segmented corpus text ("星河县 商务局 的 委托 ，") is joined back: names read whole',
    text: '# doc 000517 src=example\n星河县 商务局 电子商务 直播 基地 装修 工程 竞争性 磋商 公告\n发布 时间 ： 2018-06-12\n星河 桂信 项目管理 有限公司 受 星河县 商务局 的 委托 ， 对 该 工程 以 竞争性 磋商 方式 进行 采购 。\n一 、 采购人 ： 星河县 商务局\n二 、 采购 代理 机构 ： 星河 桂信 项目管理 有限公司\n三 、 采购 预算 ： 2380000.00 元\n四 、 磋商 保证金 ： 人民币 肆万元 整\n',
    check: (e) => expect([e.buyer, e.agency, e.publishedAt]).toEqual(['星河县商务局', '星河桂信项目管理有限公司', '2018-06-12']),
  },
  {
    name: "(guard) a PDF's letter-spaced lines are no word segmentation: their figures stay whole (每月 2 0 条 is 20)",
    text: '星 河 县 政 务 新 媒 体 运 营 服 务 项 目 成 交 结 果 公 告\n\n发 布 日 期 ： 2 0 2 5 - 0 8 - 1 2\n\n供 应 商 名 称 ： 星 河 文 化 传 媒 有 限 公 司\n\n成 交 金 额 ： ¥ 2 8 6 , 0 0 0 . 0 0 元\n\n服 务 内 容 ： 抖 音 号 日 常 运 营 ， 每 月 发 布 短 视 频 2 0 条\n\n采 购 人 ： 星 河 县 委 宣 传 部\n',
    check: (e) => expect([e.lots.map((l) => l.amountYuan), e.videosPerMonth]).toEqual([[286000], 20]),
  },
  {
    name: "a spider's log lines around the notice it printed are chrome: the title is the notice's first line, not a log record",
    text: '2020-05-19 08:02:11.204 | INFO     | spider.x:list_page:52 - 第1页 共20条\n2020-05-19 08:02:11.903 | DEBUG    | spider.x:parse_detail:97 - 正文:\n星河县农业农村局检测设备采购项目公开招标公告\n【发布时间：2020-05-18】\n采购人：星河县农业农村局\n预算金额：78万元\n2020-05-19 08:02:12.001 | DEBUG    | spider.x:parse_detail:120 - {\'budget\': \'48万元\'}\n',
    check: (e) => expect([e.title, e.publishedAt, e.budgetYuan]).toEqual(['星河县农业农村局检测设备采购项目公开招标公告', '2020-05-18', 780000]),
  },
  {
    name: "a README's Markdown field/value table of a sample record is the record: its title and publish_date, its content cell with <br> as breaks",
    text: '# example-parser\n\n## 数据样例\n\n| 字段 | 值 |\n| --- | --- |\n| title | 星河县文旅局短视频拍摄制作服务项目成交结果公告 |\n| publish_date | 2024-05-20 |\n| content | 星河县文旅局短视频拍摄制作服务项目成交结果公告<br>一、采购人：星河县文旅局<br>二、成交供应商：星河影视传媒有限公司<br>三、成交金额：¥268,000.00<br>四、预算金额：28万元 |\n\n提取结果：金额 26.8（万元）\n',
    check: (e) => expect([e.title, e.publishedAt, e.buyer, e.lots.map((l) => l.amountYuan)]).toEqual(['星河县文旅局短视频拍摄制作服务项目成交结果公告', '2024-05-20', '星河县文旅局', [268000]]),
  },
  {
    name: "a pg_dump COPY block is read as an export: its column list the header, its tab-separated row the record",
    text: 'SET statement_timeout = 0;\n\nCOPY public.notices (id, title, pub_date, content) FROM stdin;\n40917\t星河县农业农村局抖音账号代运营服务项目合同公告\t2023-04-11\t星河县农业农村局抖音账号代运营服务项目合同公告\\n一、采购人（甲方）：星河县农业农村局\\n二、供应商（乙方）：星河传媒有限公司\\n三、合同金额：720000.00元\\n\n\\.\n',
    check: (e) => expect([e.title, e.publishedAt, e.buyer]).toEqual(['星河县农业农村局抖音账号代运营服务项目合同公告', '2023-04-11', '星河县农业农村局']),
  },
  {
    name: "a sheet export with its title and export time above the header row (\"X汇总,,,,,\"), under pinyin column names, is read as its record",
    text: '星河市各县区政府采购公告汇总,,,,,\n导出时间：2017-11-03 10:22,,,,,\n\nxuhao,biaoti,fabu_riqi,caigou_danwei,yusuan,neirong\n37,星河县交通运输局标识标牌采购项目询价公告,2017/10/30,星河县交通运输局,18.6,"星河县交通运输局标识标牌采购项目询价公告\n一、采购预算：18.6万元\n二、询价文件售价200元"\n',
    check: (e) => expect([e.title, e.publishedAt, e.buyer, e.budgetYuan]).toEqual(['星河县交通运输局标识标牌采购项目询价公告', '2017-10-30', '星河县交通运输局', 186000]),
  },
];

runTrapRows('heldout39 traps', rows);
