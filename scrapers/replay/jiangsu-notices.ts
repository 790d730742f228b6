/**
 * The notices the Jiangsu replay serves: sample data written for procwatch (real Jiangsu places
 * and division codes, invented parties, codes and amounts). Their `summary` is the notice as
 * plain text the way the real one reads (shared/samples/jiangsu-detail-1.json): paragraphs on
 * their own lines, blank lines between sections, the cells of a table run together. `expect` is
 * the ground truth the tests compare the scrape with; it is never served.
 * @module
 */
import { SAMPLE_LINE } from './fixture-ccgp-spec.js';

/** Every summary in the saved real response is this long (feeds and left_lmList are cut to it). */
export const JIANGSU_SUMMARY_CAP = 160;

/** One Jiangsu sample notice. */
export interface JiangsuNotice {
  /** 32-hex notice id (`ggid`) */
  id: string;
  projId: string;
  /** the 结果公告 feed it is listed in: z_jggg_<area> */
  area: '2' | '3' | '4';
  /** notice type code (`gglb`); the result notices' codes are not documented, BA-JS falls back to zbgg */
  ggCode: string;
  title: string;
  projName: string;
  projNumber: string;
  /** YYYY-MM-DD HH:MM:SS */
  publishDate: string;
  buyerName: string;
  agentName: string;
  zoneName: string;
  zoneCode: string;
  /** the 三、中标（成交）信息 section's lines */
  award: string[];
  /** 四、主要标的信息, one table row with its cells run together */
  subject: string;
  feeWan: string;
  buyerAddress: string;
  /** serve only the 160-character preview as the summary (as in the saved real response) */
  previewOnly?: boolean;
  /** the detail API answers without the notice (data: []): the broken page */
  broken?: boolean;
  videoOps: boolean;
  expect?: { divisionCode: string; lots: Array<[vendor: string | null, yuan: number | null]> };
}

/** The notice as the portal's plain-text summary. */
export function jiangsuSummary(n: JiangsuNotice): string {
  return [
    SAMPLE_LINE,
    `一、项目编号：${n.projNumber}`,
    `二、项目名称：${n.projName}`,
    '三、中标（成交）信息',
    ...n.award,
    '\n\n四、主要标的信息',
    n.subject,
    '\n\n五、评审专家（单一来源采购人员）名单：',
    '张明、李静、王海（样例）',
    '六、代理服务收费标准及金额：',
    `代理服务收费标准：参照苏价服〔2015〕号文；代理服务收费金额：${n.feeWan}（万元）`,
    '七、公告期限',
    '自本公告发布之日起1个工作日。',
    '八、其它补充事宜',
    '无',
    '九、凡对本次公告内容提出询问，请按以下方式联系。',
    '1.采购人信息',
    `名 称：${n.buyerName}`,
    `地 址：${n.buyerAddress}`,
    '联系方式：025-00000000（样例）',
    '2.采购代理机构信息',
    `名 称：${n.agentName}`,
    '3.项目联系方式',
    '项目联系人：项目组（样例）',
  ].join('\n');
}

export const JIANGSU_NOTICES: JiangsuNotice[] = [
  {
    id: '8e1d2c3b4a5f46e7980a1b2c3d4e5f60',
    projId: 'c0ffee0b1a2b4c3d8e9f001122334455',
    area: '2',
    ggCode: 'zbgg',
    title: '江苏省文化和旅游厅2026年政务新媒体账号运营服务项目成交结果公告',
    projName: '江苏省文化和旅游厅2026年政务新媒体账号运营服务项目',
    projNumber: 'JSZC-320000-HCZX-C2026-0231',
    publishDate: '2026-08-20 10:15:32',
    buyerName: '江苏省文化和旅游厅',
    agentName: '江苏华采招标咨询有限公司',
    zoneName: '江苏省',
    zoneCode: '320000',
    award: ['供应商名称：南京金陵融媒文化传媒有限公司', '供应商地址：南京市秦淮区中山南路88号', '中标（成交）金额：68.5（万元）'],
    subject: '服务类名称：政务新媒体账号运营服务服务范围：抖音、快手、微信视频号共5个账号的内容策划、短视频制作与运营服务要求：每月发布短视频不少于30条服务时间：12个月服务标准：符合磋商文件要求',
    feeWan: '0.8220',
    buyerAddress: '南京市玄武区北京东路1号',
    videoOps: true,
    expect: { divisionCode: '320000', lots: [['南京金陵融媒文化传媒有限公司', 685000]] },
  },
  {
    id: '1f2e3d4c5b6a47988776655443322110',
    projId: 'c0ffee0b1a2b4c3d8e9f001122334466',
    area: '2',
    ggCode: 'zbgg',
    title: '江苏省人民医院视频会议系统采购项目中标结果公告',
    projName: '江苏省人民医院视频会议系统采购项目',
    projNumber: 'JSZC-320000-HCZX-G2026-0198',
    publishDate: '2026-08-19 16:40:05',
    buyerName: '江苏省人民医院',
    agentName: '江苏华采招标咨询有限公司',
    zoneName: '江苏省',
    zoneCode: '320000',
    award: ['供应商名称：江苏视联通信设备有限公司', '供应商地址：南京市建邺区江东中路300号', '中标（成交）金额：1,286,000.00元'],
    subject: '货物类名称：视频会议终端及MCU品牌：样例规格型号：HD-900数量：1套单价：1,286,000.00元',
    feeWan: '1.5430',
    buyerAddress: '南京市鼓楼区广州路300号',
    videoOps: false,
  },
  {
    id: '2a3b4c5d6e7f48091a2b3c4d5e6f7a8b',
    projId: 'c0ffee0b1a2b4c3d8e9f001122334477',
    area: '3',
    ggCode: 'zbgg',
    title: '南京市江宁区融媒体中心短视频拍摄制作服务项目中标结果公告',
    projName: '南京市江宁区融媒体中心短视频拍摄制作服务项目',
    projNumber: 'JNCG2026-0815',
    publishDate: '2026-08-18 09:02:11',
    buyerName: '南京市江宁区融媒体中心',
    agentName: '南京宁远工程咨询有限公司',
    zoneName: '江宁区',
    zoneCode: '320115',
    award: ['供应商名称：南京秦淮映画影视文化有限公司', '供应商地址：南京市江宁区秣陵街道胜太路68号', '中标（成交）金额：486,000.00元'],
    subject: '服务类名称：短视频拍摄制作服务服务范围：全年拍摄制作政务短视频120条服务要求：每条时长1-3分钟服务时间：一年服务标准：通过采购人验收',
    feeWan: '0.5832',
    buyerAddress: '南京市江宁区竹山路565号',
    videoOps: true,
    expect: { divisionCode: '320115', lots: [['南京秦淮映画影视文化有限公司', 486000]] },
  },
  {
    id: '3b4c5d6e7f8049a1b2c3d4e5f6a7b8c9',
    projId: 'c0ffee0b1a2b4c3d8e9f001122334488',
    area: '3',
    ggCode: 'zbgg',
    title: '苏州市吴中区人民政府办公室政务抖音号运营服务采购项目成交结果公告',
    projName: '苏州市吴中区人民政府办公室政务抖音号运营服务采购项目',
    projNumber: 'WZCG-2026-C0412',
    publishDate: '2026-08-17 14:28:47',
    buyerName: '苏州市吴中区人民政府办公室',
    agentName: '苏州吴中公信招标代理有限公司',
    zoneName: '吴中区',
    zoneCode: '320506',
    award: ['供应商名称：苏州姑苏数字传媒有限公司', '供应商地址：苏州市吴中区越溪街道东吴北路99号吴中科技创业园3号楼五层东区5010室（样例地址）', '中标（成交）金额：32.4（万元）'],
    subject: '服务类名称：政务抖音号运营服务范围：“吴中发布”抖音号运营服务时间：12个月',
    feeWan: '0.4860',
    buyerAddress: '苏州市吴中区东吴北路98号',
    previewOnly: true,
    videoOps: true,
    // only the 160-character preview reaches us: the amount line is cut, so no amount is read
    expect: { divisionCode: '320506', lots: [['苏州姑苏数字传媒有限公司', null]] },
  },
  {
    id: '4c5d6e7f8091a4b2c3d4e5f6a7b8c9d0',
    projId: 'c0ffee0b1a2b4c3d8e9f001122334499',
    area: '4',
    ggCode: 'zbgg',
    title: '无锡市滨湖区文体旅游局文旅宣传片及短视频制作项目成交结果公告',
    projName: '无锡市滨湖区文体旅游局文旅宣传片及短视频制作项目',
    projNumber: 'BHCG2026-0077',
    publishDate: '2026-08-16 11:11:00',
    buyerName: '无锡市滨湖区文体旅游局',
    agentName: '无锡太湖招标有限公司',
    zoneName: '滨湖区',
    zoneCode: '320211',
    award: [
      '包1：宣传片拍摄制作',
      '供应商名称：江苏太湖影视文化有限公司',
      '中标（成交）金额：186000.00元',
      '包2：短视频制作',
      '供应商名称：江苏梁溪文化传媒有限公司',
      '中标（成交）金额：94500.00元',
    ],
    subject: '服务类名称：文旅宣传片及短视频制作服务范围：宣传片1部、短视频30条服务时间：6个月服务标准：通过验收',
    feeWan: '0.4200',
    buyerAddress: '无锡市滨湖区梁溪路28号',
    videoOps: true,
    expect: { divisionCode: '320211', lots: [['江苏太湖影视文化有限公司', 186000], ['江苏梁溪文化传媒有限公司', 94500]] },
  },
  {
    id: '5d6e7f8091a24b3c4d5e6f7a8b9c0d1e',
    projId: 'c0ffee0b1a2b4c3d8e9f0011223344aa',
    area: '4',
    ggCode: 'zbgg',
    title: '徐州市铜山区融媒体中心新媒体运营服务项目成交结果公告',
    projName: '徐州市铜山区融媒体中心新媒体运营服务项目',
    projNumber: 'TSCG2026-0301',
    publishDate: '2026-08-15 17:45:20',
    buyerName: '徐州市铜山区融媒体中心',
    agentName: '徐州汉源招标咨询有限公司',
    zoneName: '铜山区',
    zoneCode: '320312',
    award: ['供应商名称：徐州彭城新媒体科技有限公司', '中标（成交）金额：15.8（万元）'],
    subject: '服务类名称：新媒体运营服务时间：12个月',
    feeWan: '0.2370',
    buyerAddress: '徐州市铜山区北京南路16号',
    broken: true,
    videoOps: true,
  },
];
