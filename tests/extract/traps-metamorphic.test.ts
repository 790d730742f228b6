/**
 * Traps found by the metamorphic sweep (metamorphic.test.ts): the same notice in other clothes
 * read differently. One named row each, run through the real extractNotice: each row failed
 * before parser 1.23.0, except those marked (guard), which keep the new rule from overreaching.
 * The parties are invented (星河…).
 */
import { expect } from 'vitest';
import { extractNotice } from '../../scrapers/extract/index.js';
import { splitFlatLines } from '../../scrapers/extract/flat-lines.js';
import { award, runTrapRows, type TrapRow } from './trap-rows.js';

const HARD_WRAPPED = [
  '星河县融媒体中心短视频拍摄制作服务项目成交结果公告',
  '发布时间：2025-09-03',
  '一、中标（成交）信息',
  '供应商名称：星河映像文化传',
  '媒有限公司',
  '中标（成交）金额：人民币412,800.00元',
  '二、采购人信息',
  '名 称：星河县融媒',
  '体中心',
  '地 址：星河县文化路2号',
];

/** The signature block of an award notice, the date closing it. */
const SIGNED = [
  '星河县融媒体中心短视频制作服务成交结果公告',
  '一、项目编号：XH2025-011',
  '二、中标（成交）信息',
  '供应商名称：星河云影文化传媒有限公司',
  '中标（成交）金额：人民币286,000.00元',
  '三、凡对本次公告内容提出询问，请按以下方式联系。',
  '1.采购人信息',
  '名称：星河县融媒体中心',
  '联系方式：0746-2221036',
];

/** A flattened copy is long: the one-line reading applies from 300 characters on. */
const CLAUSE = '四、其他补充事宜：本项目服务内容为全年短视频策划、拍摄、剪辑及账号日常运营，成交供应商应按采购文件要求组建服务团队并按月提交服务报告。';

const rows: TrapRow[] = [
  {
    name: 'CRLF line ends: a name hard-wrapped across a "\\r\\n" is joined as across a "\\n"',
    text: HARD_WRAPPED.join('\r\n'),
    check: (e) => {
      expect(e.buyer).toBe('星河县融媒体中心');
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河映像文化传媒有限公司', 412800]]);
    },
  },
  {
    name: '(guard) the same notice with "\\n" line ends reads the same',
    text: HARD_WRAPPED.join('\n'),
    check: (e) => expect([e.buyer, e.lots[0]?.vendor]).toEqual(['星河县融媒体中心', '星河映像文化传媒有限公司']),
  },
  {
    name: 'a flattened copy (one line): the date closing the text after the last contact\'s phone is its signature date',
    text: [...SIGNED, '2025年3月4日'].join(' '),
    check: (e) => expect(e.publishedAt).toBe('2025-03-04'),
  },
  {
    name: 'a flattened copy: the date closing the text after the signer\'s name is its signature date',
    text: [...SIGNED, '星河县融媒体中心', '2025-03-04'].join(' '),
    check: (e) => expect(e.publishedAt).toBe('2025-03-04'),
  },
  {
    name: 'two lines joined ("星河县融媒体中心 2025-03-04" as the last line): the signature date still',
    text: [...SIGNED, '星河县融媒体中心 2025-03-04'].join('\n'),
    check: (e) => expect(e.publishedAt).toBe('2025-03-04'),
  },
  {
    name: '(guard) a period or a deadline closing a flattened text is no signature ("至 2025年12月31日", "截止时间 2025-06-01")',
    check: () => {
      for (const tail of ['服务期限：2025年1月1日 至 2025年12月31日', '投标截止时间 2025-06-01', '服务时间为 2025-06-01']) {
        expect(runDate([...SIGNED, tail].join(' ')), tail).toBeNull();
      }
    },
  },
  {
    name: 'a flattened copy: a signature date in numerals (二〇二五年十一月六日), after a masked phone, or before a page footer ("- 2 -") still closes it',
    check: () => {
      expect(runDate([...SIGNED, CLAUSE, CLAUSE, '星河招标代理有限公司', '二〇二五年十一月六日'].join(' '))).toBe('2025-11-06');
      expect(runDate([...SIGNED.slice(0, -1), CLAUSE, CLAUSE, '联系电话：023-4178****', '2024年1月5日'].join(' '))).toBe('2024-01-05');
      expect(runDate([...SIGNED, CLAUSE, CLAUSE, '星河县融媒体中心', '2025年6月27日', '- 2 -'].join(' '))).toBe('2025-06-27');
    },
  },
  {
    name: 'a flattened copy: the date right after its title (or the publishing site) and before the source is its publication date',
    check: () => {
      expect(runDate(['星河县委党校专题片拍摄制作项目成交结果公告', '2025-09-08', '来源：星河省政府采购网', ...SIGNED.slice(1), CLAUSE, CLAUSE].join(' '))).toBe('2025-09-08');
      expect(runDate(['星河县委宣传部宣传品制作项目中标结果公告', '星河市公共资源交易中心 2024-04-30', ...SIGNED.slice(1), CLAUSE, CLAUSE].join(' '))).toBe('2024-04-30');
    },
  },
  {
    name: '(guard) a deadline in a flattened tender\'s opening sentence is no header date',
    check: () => {
      const tender = ['星河县融媒体中心短视频制作服务项目竞争性磋商公告', '项目概况', '潜在供应商应在星河省政府采购网获取采购文件，并于2025年3月20日9时30分前提交响应文件。', CLAUSE, CLAUSE, CLAUSE].join(' ');
      expect(runDate(tender)).toBeNull();
    },
  },
  {
    name: 'a flattened copy: a party\'s name ends before a date or a numbered item after white space ("采购代理机构：X有限公司 2025年10月16日")',
    text: ['关于星河县委宣传部“星河发布”账号运营服务项目质疑的答复', '王**（质疑人）：', CLAUSE, CLAUSE, '采购人：星河县委宣传部', '采购代理机构：星河黔安工程项目管理有限公司', '2025年10月16日'].join(' '),
    check: (e) => expect([e.agency, e.publishedAt]).toEqual(['星河黔安工程项目管理有限公司', '2025-10-16']),
  },
  {
    name: 'a flattened copy: a company\'s name ends before the head of a longer label the scan cut off ("成交供应商：X有限公司 供应商注册资本：…")',
    text: ['星河县第三中学课桌椅采购项目成交公告', '2024-08-19 来源：星河省公共资源交易网', '采购人：星河县第三中学', '成交供应商：星河卓越教学设备有限公司', '供应商注册资本：1000万元', '成交金额：397800元', CLAUSE, CLAUSE].join(' '),
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河卓越教学设备有限公司', 397800]]),
  },
  {
    name: '(guard) a name a <br> split before its suffix keeps it whole ("星河暖泉古镇 文化传媒有限公司")',
    text: award('星河县宣传片拍摄项目成交结果公告', '采购人：星河县文化广电和旅游局\n供应商名称：星河暖泉古镇 文化传媒有限公司\n成交金额：356000元'),
    // (white space inside a name is folded by every reader of the output)
    check: (e) => expect(e.lots[0]?.vendor?.replace(/\s/g, '')).toBe('星河暖泉古镇文化传媒有限公司'),
  },
  {
    name: '(guard) a name with a figure of its own keeps it ("星河第2中学", "星河2025文化传媒有限公司")',
    text: award('星河县第2中学宣传片拍摄项目成交结果公告', '采购人：星河县第2中学\n供应商名称：星河2025文化传媒有限公司\n成交金额：248000元'),
    check: (e) => expect([e.buyer, e.lots[0]?.vendor]).toEqual(['星河县第2中学', '星河2025文化传媒有限公司']),
  },
  {
    name: 'a no-break or ideographic space before a label\'s colon ("成交供应商为\\u00a0：\\u00a0X") reads as the colon right after the label',
    text: award('星河县融媒体中心宣传片拍摄项目成交结果公告', '本项目成交供应商为\u00a0：\u00a0星河蒙润文化传媒有限责任公司，成交价为人民币（¥248,000.00）。\n采购人\u3000：\u3000星河县融媒体中心'),
    check: (e) => {
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河蒙润文化传媒有限责任公司', 248000]]);
      expect(e.buyer).toBe('星河县融媒体中心');
    },
  },
  {
    name: 'a flattened copy opening with a portal\'s name and a breadcrumb: the title is the words after them that end as a title does',
    text: ['星河省政府采购网', '首页 > 采购公告 > 结果公告 > 市县', '星河县文化和旅游局宣传服务采购项目成交结果公告', ...SIGNED.slice(1), CLAUSE, CLAUSE, '2025年3月4日'].join(' '),
    check: (e) => expect([e.title, e.kind]).toEqual(['星河县文化和旅游局宣传服务采购项目成交结果公告', 'award']),
  },
  {
    name: 'a flattened contract whose title wrapped after the buyer\'s name: its words joined up to 合同, then the parties',
    text: ['星河县文化旅游广电局', '“星河古城”短视频拍摄制作服务合同', '甲方：星河县文化旅游广电局', '乙方：星河影像文化传媒有限公司', '合同金额：人民币49.5万元', CLAUSE, CLAUSE, CLAUSE, CLAUSE].join(' '),
    check: (e) => expect([e.title, e.kind]).toEqual(['星河县文化旅游广电局“星河古城”短视频拍摄制作服务合同', 'contract']),
  },
  {
    name: 'a flattened 质疑答复 under a breadcrumb whose last step names another kind (更正公告): the reply\'s own title decides',
    text: ['首页 > 政府采购 > 更正公告', '质疑答复公告', '发布日期：2025-07-29', '星河县文化和旅游局“星河”短视频服务项目（项目编号：XH2025-07）质疑答复如下：质疑人王**对成交结果提出质疑，经审查，质疑事项不成立，维持原成交结果，成交供应商：星河影像文化传媒有限公司。', CLAUSE, CLAUSE, CLAUSE, CLAUSE].join(' '),
    check: (e) => expect([e.title, e.kind]).toEqual(['质疑答复公告', 'other']),
  },
  {
    name: 'a flattened copy cut back into lines before its numbered headings: a label-less section\'s value no longer runs into the next ("三、供应商：X 四、补充协议内容：…")',
    text: ['星河县融媒体中心“星河发布”新媒体运营服务合同补充协议公告', '发布时间：2025-12-09', '一、原合同名称：“星河发布”新媒体运营服务合同', '二、采购人：星河县融媒体中心',
      '三、供应商：星河云端文化传媒有限公司', '四、补充协议内容：增加景区直播服务6场', '五、原合同金额：¥ 220,000.00', '六、本次增加金额：¥ 18,000.00', '七、补充后合同总金额：¥ 238,000.00',
      '八、补充协议签订日期：2025-12-05', CLAUSE, CLAUSE].join(' '),
    check: (e) => {
      expect(e.lots.map((l) => l.vendor)).toEqual(['星河云端文化传媒有限公司']);
      expect(e.buyer).toBe('星河县融媒体中心');
    },
  },
  {
    name: 'a flattened copy whose numbered headings are glued to the value before them ("一、项目编号：X二、项目名称：Y三、…") is cut before each heading in order',
    text: ['星河县委宣传部短视频拍摄制作服务项目中标结果公告', '一、项目编号：XH-2025-031', '二、项目名称：星河县委宣传部短视频拍摄制作服务项目', '三、中标信息',
      '供应商名称：星河光影文化传媒有限公司', '中标金额：人民币368,000.00元', '四、主要标的信息', '服务内容：全年短视频拍摄制作60条', '五、采购人信息', '名称：星河县委宣传部', CLAUSE.replace('四、', '六、'), CLAUSE.replace('四、', '七、'), CLAUSE.replace('四、', '八、')].join(''),
    check: (e) => {
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河光影文化传媒有限公司', 368000]]);
      expect(e.buyer).toBe('星河县委宣传部');
      expect(e.projectCode).toBe('XH-2025-031');
    },
  },
  {
    name: '(guard) a flattened copy under a portal\'s name and a breadcrumb: its title gets a line of its own, the breadcrumb\'s last step not in it',
    check: () => {
      const flat = ['星河省政府采购网', '首页 >> 采购公告 >> 结果公告 >> 县区', '星河县委宣传部政务新媒体账号运营服务项目结果公告', '发布日期：2025年03月18日', ...SIGNED.slice(1), CLAUSE, CLAUSE].join(' ');
      expect(splitFlatLines(flat).split('\n').slice(0, 3)).toEqual(['星河省政府采购网 首页 >> 采购公告 >> 结果公告 >> 县区', '星河县委宣传部政务新媒体账号运营服务项目结果公告', '发布日期：2025年03月18日']);
      expect(extractNotice({ text: flat }).title).toBe('星河县委宣传部政务新媒体账号运营服务项目结果公告');
    },
  },
  {
    name: '(guard) a tidy notice\'s long paragraph with a label or two in it is not cut, nor a lone "一、" in a sentence',
    check: () => {
      const para = `${CLAUSE}${CLAUSE} 联系人：王先生 电话：0746-2221036 ${CLAUSE}${CLAUSE}一、二期工程不在本次范围内。`;
      expect(para.length).toBeGreaterThan(300);
      expect(splitFlatLines(para)).toBe(para);
    },
  },
  {
    name: 'one line break lost after the title ("X成交结果公告 [星河]  2024-08-02  星河区"): the title and its byline date read apart',
    text: ['星河县第二中学物业管理服务项目成交结果公告 [星河]  2024-08-02  星河区', '一、项目编号：XH2024-0093', '二、成交信息', '成交供应商：星河安居物业服务有限公司', '成交金额：86.4万元'].join('\n'),
    check: (e) => expect([e.title, e.publishedAt]).toEqual(['星河县第二中学物业管理服务项目成交结果公告', '2024-08-02']),
  },
  {
    name: '(guard) a first line that is a title and nothing after it, or a title then words with no date or label, stays whole',
    check: () => {
      for (const t of ['星河县融媒体中心短视频制作服务成交结果公告\n供应商名称：星河影像文化传媒有限公司', '星河县融媒体中心 短视频制作服务 成交结果公告 (第二次)\n成交金额：1元']) {
        expect(splitFlatLines(t)).toBe(t);
      }
    },
  },
  {
    name: 'a short flattened award (under 300 characters) is cut back into lines too: the bare "供应商：" label reads at its line\'s start',
    text: ['星河县融媒体中心新媒体运营服务合同补充协议公告', '发布时间：2025-12-09', '一、原合同名称：新媒体运营服务合同', '二、采购人：星河县融媒体中心',
      '三、供应商：星河云端文化传媒有限公司', '四、补充协议内容：增加直播服务6场', '五、补充后合同总金额：¥ 238,000.00'].join(' '),
    check: (e) => {
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河云端文化传媒有限公司', 238000]]);
      expect(e.publishedAt).toBe('2025-12-09');
    },
  },
  {
    name: 'a flattened article whose head holds no title-like words ("点击蓝字 关注我们 X项目完成采购 星河发布 2025-08-21 …"): the head\'s words stand apart, the title is not the prose after them',
    text: ['点击蓝字 关注我们', '星河新媒体矩阵运营服务项目完成采购', '星河发布 2025-08-21 17:45 星河',
      '近日，星河县融媒体中心“星河新媒体矩阵运营服务”项目通过竞争性谈判方式完成采购。经谈判小组评审，确定星河黔视文化传媒有限公司为成交供应商，成交金额28.6万元。',
      '来源：星河县融媒体中心', '编辑：吴晓梅', '责任编辑：杨光', '审核：王德明'].join(' '),
    check: (e) => expect([e.title, e.kind]).toEqual(['星河新媒体矩阵运营服务项目完成采购', 'award']),
  },
  {
    name: 'two labelled lines a copy joined with one space ("采购人：X 供应商：Y"): the bare "供应商：" label reads as at its line\'s start',
    text: ['星河县融媒体中心短视频服务合同变更公告', '发布时间：2025-10-09', '一、合同变更情况', '采购人：星河县融媒体中心 供应商：星河嫘祖文化传媒有限公司', '变更后合同金额：人民币286,000.00元'].join('\n'),
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河嫘祖文化传媒有限公司', 286000]]),
  },
  {
    name: '(guard) one space before a word that is no field label ("元 大写：…"), and fields in space-aligned columns, stay on their line',
    check: () => {
      for (const t of ['成交金额：268 000.00 元（大写：贰拾陆万捌仟元整）', '合同金额：263000.00元 大写：贰拾陆万叁仟元整', '采购人：星河县融媒体中心    供应商：星河嫘祖文化传媒有限公司']) {
        expect(splitFlatLines(t)).toBe(t);
      }
    },
  },
  {
    name: 'a flattened copy with a side list run into it ("… 猜你喜欢 Y公告 采购人：Z …"): the list\'s heading stands on its own line and the list is dropped, its buyer no field',
    text: ['【星河招标网】', '星河县文化旅游体育局2025年“星河文旅”短视频拍摄制作项目成交结果', '发布时间：2025-04-28', '信息来源：星河市公共资源交易网', '项目编号：XHWL2025-012',
      '成交供应商：星河雷池文化传媒有限公司', '成交金额：156,800.00元', '服务内容：全年拍摄制作文旅短视频50条。', '公告期限：自本公告发布之日起1个工作日。', '猜你喜欢',
      '月亮县融媒体中心政务短视频运营项目成交公告 采购人：月亮县融媒体中心 成交金额：23.8万元', '月亮县文化旅游体育局宣传片拍摄项目中标公告 2025-04-20'].join(' '),
    check: (e) => {
      expect(e.buyer).not.toBe('月亮县融媒体中心');
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河雷池文化传媒有限公司', 156800]]);
    },
  },
  {
    name: 'a flattened copy whose space-aligned table ran together ("序号 成交供应商 … 成交金额（元） 1 X公司 … 2 Y公司 …"): cut before its header and each numbered row',
    text: ['星河市人民法院宣传视频拍摄网上竞价成交公告', '公告时间：2025-07-09', '竞价单号：JJ-2025-00641', '采购单位：星河市人民法院', '项目名称：宣传视频拍摄', '竞价结果：',
      '序号 成交供应商 商品名称 数量 成交金额（元）', '1 星河智联影视传媒有限公司 宣传视频拍摄制作 1项 96,800.00', '2 星河光影文化传媒有限公司 短视频剪辑 2 项 38,000.00',
      '参与竞价供应商：3家', '成交时间：2025-07-09 10:00:00', '备注：含拍摄剪辑及三年素材存储。'].join(' '),
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河智联影视传媒有限公司', 96800], ['星河光影文化传媒有限公司', 38000]]),
  },
  {
    name: 'a flattened table whose cells ran together with no 序号 ("中标金额（元） 1 文旅…"): no award of 1 yuan, the amount is unknown (parser 1.26.0)',
    text: ['星河县文化广电和旅游局2025年文旅宣传服务项目中标结果公告', '一、项目编号：XH-2025-0716', '二、项目名称：星河县2025年文旅宣传服务项目', '三、中标（成交）信息',
      '包号 包名称 中标供应商 供应商地址 中标金额（元）', '1 文旅宣传片拍摄制作 星河大别影视文化传媒有限公司 星河县新华西路88号 368,000.00',
      '2 文旅新媒体账号代运营 星河豫南新媒体科技有限公司 星河县新七大道166号 216,000.00', '四、主要标的信息', '包1：拍摄制作文旅形象宣传片1部；包2：抖音号、视频号日常运营，服务期一年。',
      '五、代理服务收费标准及金额：共计9,860.00元。', '六、联系方式', '1.采购人信息', '名称：星河县文化广电和旅游局', '发布时间：2025年8月19日'].join(' '),
    check: (e) => {
      for (const l of e.lots) expect(l.amountYuan === null || l.amountYuan >= 100).toBe(true);
      expect(e.lots.some((l) => l.amountYuan === 1)).toBe(false);
    },
  },
  {
    name: '(guard) an award of a few hundred yuan stays (a 网上超市 order): only totals under 100 yuan are dropped',
    text: award('星河县融媒体中心网上超市采购成交公告', '成交供应商：星河文具商行\n成交金额：360.00元'),
    check: (e) => expect(e.lots.map((l) => [l.amountYuan, l.amountForm])).toEqual([[360, 'total']]),
  },
];

/** The publication date read from `text` (a flattened copy without its signature). */
function runDate(text: string): string | null {
  return extractNotice({ text }).publishedAt;
}

runTrapRows('metamorphic traps: the same notice in other clothes', rows);
