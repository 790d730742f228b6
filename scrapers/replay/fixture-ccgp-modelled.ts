/**
 * Notices we wrote for the replay, modelled on real ccgp notices (the national 2020 template and
 * its local variants, see portals.md §2.4 and shared/docs/domain.md): video-ops awards with one
 * and several lots and every amount trap the domain notes list. Places are real; buyers are the
 * plausible kind (XX县融媒体中心, XX市公安局); vendors and people are invented. Each is sample data.
 * The other kinds (tenders, intentions, single-source, contracts, corrections, failures) and the
 * 视频监控/视频会议/LED negatives are in fixture-ccgp-modelled-more.ts.
 * @module
 */
import { awardBody } from './fixture-ccgp-bodies.js';
import { modelledNotice, pty, type ModelledInput } from './fixture-ccgp-notice.js';
import { PINGJIANG, modelledMore } from './fixture-ccgp-modelled-more.js';
import type { CcgpNoticeSpec } from './fixture-ccgp-spec.js';

const SVC = '服务/广告服务/其他广告服务';
const SVC_CULT = '服务/文化、体育、娱乐服务/其他文化、体育、娱乐服务';

const awards: ModelledInput[] = [
  {
    t: '2023-06-12 17:42', channel: 'zbgg', kind: 'award', video: true, province: '湖南省', region: '平江县',
    title: PINGJIANG.title, code: PINGJIANG.code, category: SVC, pinMu: 3, parties: PINGJIANG.parties, totalYuan: 486000,
    features: ['national-template', 'single-lot', 'yuan'],
    body: (name, date) => awardBody({ code: PINGJIANG.code, name, layout: 'national', date, parties: PINGJIANG.parties,
      lots: [{ vendor: '岳阳市星火文化传媒有限公司', vendorAddr: '岳阳市岳阳楼区金鹗中路36号', amount: '486000.00元' }],
      service: { scope: '“平江发布”抖音号、视频号、快手号日常运营，每月不少于20条原创短视频', period: '一年', standard: '按采购文件要求' },
      fee: '代理服务费：5860.00元，由中标供应商支付。' }),
  },
  {
    t: '2022-04-08 10:15', channel: 'cjgg', kind: 'award', video: true, province: '河南省', region: '金水区',
    title: '中共郑州市金水区委宣传部2022年短视频制作服务项目成交公告', code: 'JSCG-2022-0315', category: SVC_CULT, pinMu: 3,
    parties: pty('中共郑州市金水区委宣传部', '郑州市金水区经三路6号', '河南中豫招标有限公司', '郑州市郑东新区商务外环路20号', '0371-63301000'),
    totalYuan: 248000, features: ['wan-yuan', 'single-lot'],
    body: (name, date) => awardBody({ code: 'JSCG-2022-0315', name, layout: 'national', date,
      parties: pty('中共郑州市金水区委宣传部', '郑州市金水区经三路6号', '河南中豫招标有限公司', '郑州市郑东新区商务外环路20号', '0371-63301000'),
      lots: [{ vendor: '郑州影向文化传播有限公司', vendorAddr: '郑州市金水区花园路39号', amount: '24.8万元' }],
      service: { scope: '全年策划拍摄制作宣传短视频不少于60条', period: '2022年5月1日至2023年4月30日' } }),
  },
  {
    t: '2021-07-20 09:05', channel: 'cjgg', kind: 'award', video: true, province: '浙江省', region: '西湖区',
    title: '杭州市西湖区司法局普法抖音号运营服务项目成交结果公告', code: 'XHSF-2021-07', category: SVC, pinMu: 3,
    parties: pty('杭州市西湖区司法局', '杭州市西湖区文三路468号', undefined, undefined, '0571-87001000'), totalYuan: 250000,
    features: ['prose', 'uppercase-amount'],
    body: (name, date) => awardBody({ code: 'XHSF-2021-07', name, layout: 'prose', date,
      parties: pty('杭州市西湖区司法局', '杭州市西湖区文三路468号', undefined, undefined, '0571-87001000'),
      lots: [], proseLine: '经评审小组评审，确定杭州一帧文化创意有限公司为成交供应商，成交金额为人民币贰拾伍万元整，服务期一年。',
      service: { scope: '“西湖普法”抖音号内容策划、短视频拍摄剪辑及账号运营', period: '一年' } }),
  },
  {
    t: '2024-03-29 16:20', channel: 'zbgg', kind: 'award', video: true, province: '四川省', region: '成都市',
    title: '成都市公安局2024年新媒体矩阵运营服务项目中标公告', code: '510101202400000123', category: SVC, pinMu: 3,
    parties: pty('成都市公安局', '成都市青羊区文武路128号', '四川国际招标有限责任公司', '成都市高新区天府大道北段966号', '028-86401000'),
    totalYuan: 1_136_500, features: ['multi-lot', 'lots-paragraph', '01包'],
    body: (name, date) => awardBody({ code: '510101202400000123', name, layout: 'lots-paragraph', date,
      parties: pty('成都市公安局', '成都市青羊区文武路128号', '四川国际招标有限责任公司', '成都市高新区天府大道北段966号', '028-86401000'),
      lots: [
        { label: '01包', lotName: '短视频策划制作', vendor: '成都蓉视传媒有限公司', vendorAddr: '成都市武侯区人民南路四段12号', amount: '688500.00元' },
        { label: '02包', lotName: '警务直播及账号运营', vendor: '四川锦城新媒体科技有限公司', vendorAddr: '成都市锦江区东大街99号', amount: '448000.00元' },
      ],
      service: { scope: '“平安成都”抖音、快手、微信视频号矩阵运营', period: '12个月' } }),
  },
  {
    t: '2022-11-03 11:48', channel: 'zbgg', kind: 'award', video: true, province: '四川省', region: '长宁县',
    title: '长宁县文化广播电视和旅游局城市形象宣传片拍摄制作项目中标（成交）结果公告', code: 'CNWL-2022-019', category: SVC_CULT, pinMu: 3,
    parties: pty('长宁县文化广播电视和旅游局', '宜宾市长宁县长宁镇竹海大道18号', '宜宾正信工程项目管理有限公司', '宜宾市翠屏区南岸长江大道东段', '0831-4501000'),
    totalYuan: 563_000, features: ['multi-lot', 'group-table'],
    body: (name, date) => awardBody({ code: 'CNWL-2022-019', name, layout: 'group-table', date,
      parties: pty('长宁县文化广播电视和旅游局', '宜宾市长宁县长宁镇竹海大道18号', '宜宾正信工程项目管理有限公司', '宜宾市翠屏区南岸长江大道东段', '0831-4501000'),
      lots: [
        { label: 'A', vendor: '四川竹海影视文化传播有限公司', vendorAddr: '宜宾市长宁县竹海镇', amount: '398000.00' },
        { label: 'B', vendor: '宜宾光影传媒有限公司', vendorAddr: '宜宾市叙州区南岸西区', amount: '165000.00' },
      ],
      amountHeader: '中标（成交）金额（元）',
      service: { scope: 'A包：城市形象宣传片（8分钟）；B包：短视频系列（30条）', period: '合同签订后90日内' } }),
  },
  {
    t: '2023-09-14 15:30', channel: 'zbgg', kind: 'award', video: true, province: '广西壮族自治区', region: '阳朔县',
    title: '阳朔县融媒体中心新媒体平台内容制作服务采购中标结果公告', code: 'GLZC2023-C3-110201-GXZB', category: SVC, pinMu: 3,
    parties: pty('阳朔县融媒体中心', '桂林市阳朔县阳朔镇叠翠路2号', '广西桂信项目管理有限公司', '桂林市七星区穿山路3号', '0773-8821000'),
    totalYuan: 745_600, features: ['multi-lot', 'gx-table', 'failed-lot'],
    body: (name, date) => awardBody({ code: 'GLZC2023-C3-110201-GXZB', name, layout: 'gx-table', date,
      parties: pty('阳朔县融媒体中心', '桂林市阳朔县阳朔镇叠翠路2号', '广西桂信项目管理有限公司', '桂林市七星区穿山路3号', '0773-8821000'),
      lots: [
        { label: '1', vendor: '桂林山水视界文化传媒有限公司', vendorAddr: '桂林市秀峰区中山中路', amount: '最终报价:456800.00(元)' },
        { label: '2', vendor: '广西漓江融媒科技有限公司', vendorAddr: '南宁市青秀区民族大道136号', amount: '最终报价:288800(元)' },
      ],
      failed: [['3', '阳朔县融媒体中心新媒体平台内容制作服务（直播服务）', '有效供应商不足三家']],
      service: { scope: '1分标：短视频制作；2分标：图文及账号运营；3分标：直播服务', period: '一年' } }),
  },
  {
    t: '2024-08-06 10:02', channel: 'cjgg', kind: 'award', video: true, province: '江西省', region: '瑞金市',
    title: '瑞金市委宣传部红色文化短视频拍摄制作项目成交公告', code: 'RJXC-2024-031', category: SVC_CULT, pinMu: 3,
    parties: pty('中共瑞金市委宣传部', '江西省瑞金市象湖镇红都大道1号', '江西赣南招标咨询有限公司', '赣州市章贡区红旗大道', '0797-2521000'),
    totalYuan: 386_000, features: ['full-width-digits'],
    body: (name, date) => awardBody({ code: 'RJXC-2024-031', name, layout: 'national', date,
      parties: pty('中共瑞金市委宣传部', '江西省瑞金市象湖镇红都大道1号', '江西赣南招标咨询有限公司', '赣州市章贡区红旗大道', '0797-2521000'),
      lots: [{ vendor: '赣州红土地影视文化有限公司', vendorAddr: '赣州市章贡区文清路', amount: '３８６，０００．００元' }],
      service: { scope: '红色文化主题短视频40条', period: '６个月' } }),
  },
  {
    t: '2025-02-18 14:10', channel: 'zbgg', kind: 'award', video: true, province: '广东省', region: '广州市',
    title: '广州市政务服务和数据管理局政务新媒体运营服务框架协议采购项目中标公告', code: 'GZZFCG-2025-KJ-0042', category: SVC, pinMu: 3,
    parties: pty('广州市政务服务和数据管理局', '广州市越秀区府前路1号', '广州公共资源交易中心', '广州市天河区天润路333号', '020-28861000'),
    features: ['rate-not-amount', 'framework'],
    body: (name, date) => awardBody({ code: 'GZZFCG-2025-KJ-0042', name, layout: 'national', date,
      parties: pty('广州市政务服务和数据管理局', '广州市越秀区府前路1号', '广州公共资源交易中心', '广州市天河区天润路333号', '020-28861000'),
      lots: [{ vendor: '广东南方新视界传媒科技有限公司', vendorAddr: '广州市天河区体育西路', amount: '下浮率：12%' }],
      service: { scope: '政务新媒体账号运营，按实际工作量以下浮后单价结算', period: '两年' } }),
  },
  {
    t: '2023-05-22 09:40', channel: 'cjgg', kind: 'award', video: true, province: '山东省', region: '沂水县',
    title: '沂水县融媒体中心短视频制作服务项目成交结果公告', code: 'SDGP371323000202300018', category: SVC_CULT, pinMu: 3,
    parties: pty('沂水县融媒体中心', '临沂市沂水县长安中路189号', '山东鲁信招标有限公司', '临沂市兰山区北京路', '0539-2251000'),
    features: ['unit-price'],
    body: (name, date) => awardBody({ code: 'SDGP371323000202300018', name, layout: 'national', date,
      parties: pty('沂水县融媒体中心', '临沂市沂水县长安中路189号', '山东鲁信招标有限公司', '临沂市兰山区北京路', '0539-2251000'),
      lots: [{ vendor: '临沂沂蒙影像文化传媒有限公司', vendorAddr: '临沂市兰山区金雀山路', amount: '单价：800元/条（按实际制作数量结算）' }],
      service: { scope: '短视频制作，预计全年不超过300条', period: '一年' } }),
  },
  {
    t: '2022-12-28 16:55', channel: 'cjgg', kind: 'award', video: true, province: '福建省', region: '武夷山市',
    title: '武夷山市文化和旅游局文旅短视频宣传推广服务项目成交公告', code: 'WYSWL-2022-12', category: SVC, pinMu: 3,
    parties: pty('武夷山市文化和旅游局', '福建省武夷山市崇安街道五九北路8号', '福建闽北招标代理有限公司', '南平市延平区八一路', '0599-5301000'),
    totalYuan: 123_456.78, features: ['uppercase-jiao-fen', 'agency-fee-trap'],
    body: (name, date) => awardBody({ code: 'WYSWL-2022-12', name, layout: 'national', date,
      parties: pty('武夷山市文化和旅游局', '福建省武夷山市崇安街道五九北路8号', '福建闽北招标代理有限公司', '南平市延平区八一路', '0599-5301000'),
      lots: [{ vendor: '南平市茶乡映画文化传播有限公司', vendorAddr: '南平市建阳区童游街道', amount: '人民币壹拾贰万叁仟肆佰伍拾陆元柒角捌分（¥123456.78）' }],
      fee: '代理服务费：人民币伍仟陆佰元整（¥5,600.00），由成交供应商支付。' }),
  },
  {
    t: '2021-10-11 10:30', scope: 'zygg', channel: 'zbgg', kind: 'award', video: true, province: '北京市', region: '北京市',
    title: '国家林业和草原局宣传中心2021年新媒体账号运营服务项目中标公告', code: '0773-2141GNLH0612', category: SVC, pinMu: 3,
    parties: pty('国家林业和草原局宣传中心', '北京市东城区和平里东街18号', '国信招标集团股份有限公司', '北京市海淀区首体南路22号', '010-88351000'),
    totalYuan: 1_980_000, features: ['central', 'national-template'],
    body: (name, date) => awardBody({ code: '0773-2141GNLH0612', name, layout: 'national', date,
      parties: pty('国家林业和草原局宣传中心', '北京市东城区和平里东街18号', '国信招标集团股份有限公司', '北京市海淀区首体南路22号', '010-88351000'),
      lots: [{ vendor: '北京绿野视听文化传媒有限公司', vendorAddr: '北京市朝阳区东三环北路', amount: '198.000000万元' }],
      service: { scope: '官方抖音号、快手号、微博、哔哩哔哩账号运营及短视频制作', period: '2021年11月1日至2022年10月31日' } }),
  },
  {
    t: '2024-11-26 15:00', scope: 'zygg', channel: 'cjgg', kind: 'award', video: true, province: '北京市', region: '北京市',
    title: '中国气象局公共气象服务中心气象科普短视频制作项目成交公告', code: 'QXFW-2024-CS-17', category: SVC_CULT, pinMu: 3,
    parties: pty('中国气象局公共气象服务中心', '北京市海淀区中关村南大街46号', '中化商务有限公司', '北京市西城区复兴门外大街A2号', '010-68401000'),
    totalYuan: 726_000, features: ['central', 'multi-lot', 'sequential-pairs'],
    body: (name, date) => awardBody({ code: 'QXFW-2024-CS-17', name, layout: 'national', date,
      parties: pty('中国气象局公共气象服务中心', '北京市海淀区中关村南大街46号', '中化商务有限公司', '北京市西城区复兴门外大街A2号', '010-68401000'),
      lots: [
        { vendor: '北京云图天象文化科技有限公司', vendorAddr: '北京市海淀区知春路', amount: '398000元' },
        { vendor: '北京晴空影视制作有限公司', vendorAddr: '北京市丰台区南三环西路', amount: '328000元' },
      ] }),
  },
  {
    t: '2025-06-30 11:20', channel: 'zbgg', kind: 'award', video: true, province: '安徽省', region: '临泉县',
    title: '临泉县融媒体中心融媒体内容生产及短视频运营服务项目中标公告', code: 'LQZC-2025-0630', category: SVC, pinMu: 3,
    parties: pty('临泉县融媒体中心', '阜阳市临泉县城关街道解放路', '安徽省招标集团股份有限公司', '合肥市蜀山区黄山路', '0558-6511000'),
    totalYuan: 428_000, features: ['wan-only-in-header', 'group-table'],
    body: (name, date) => awardBody({ code: 'LQZC-2025-0630', name, layout: 'group-table', date,
      parties: pty('临泉县融媒体中心', '阜阳市临泉县城关街道解放路', '安徽省招标集团股份有限公司', '合肥市蜀山区黄山路', '0558-6511000'),
      lots: [
        { label: '1', vendor: '阜阳颍淮传媒有限公司', vendorAddr: '阜阳市颍州区清河路', amount: '24.8' },
        { label: '2', vendor: '合肥皖视文化传播有限公司', vendorAddr: '合肥市包河区徽州大道', amount: '18' },
      ],
      amountHeader: '成交金额（万元）' }),
  },
  {
    t: '2026-04-15 09:50', channel: 'zbgg', kind: 'award', video: true, province: '新疆维吾尔自治区', region: '伊宁县',
    title: '伊宁县文化体育广播电视和旅游局旅游宣传片及系列短视频制作项目中标公告', code: 'YNXWL-2026-008', category: SVC_CULT, pinMu: 3,
    parties: pty('伊宁县文化体育广播电视和旅游局', '伊犁州伊宁县吉里于孜镇', '新疆天山建设项目管理咨询有限公司', '伊宁市斯大林街', '0999-4021000'),
    totalYuan: 1_348_000, features: ['uppercase-beside-digits'],
    body: (name, date) => awardBody({ code: 'YNXWL-2026-008', name, layout: 'national', date,
      parties: pty('伊宁县文化体育广播电视和旅游局', '伊犁州伊宁县吉里于孜镇', '新疆天山建设项目管理咨询有限公司', '伊宁市斯大林街', '0999-4021000'),
      lots: [{ vendor: '伊犁河谷影视传媒有限公司', vendorAddr: '伊宁市新华西路', amount: '1348000 元（大写：壹佰叁拾肆万捌仟元整）' }] }),
  },
  {
    t: '2022-08-09 17:05', channel: 'cjgg', kind: 'award', video: true, province: '内蒙古自治区', region: '托克托县',
    title: '托克托县人民政府办公室政务新媒体运营服务成交公告', code: 'TKTZF-2022-11', category: SVC, pinMu: 3,
    parties: pty('托克托县人民政府办公室', '呼和浩特市托克托县双河镇', '内蒙古金诚招标有限公司', '呼和浩特市新城区', '0471-8521000'),
    totalYuan: 650_000, features: ['yen-commas'],
    body: (name, date) => awardBody({ code: 'TKTZF-2022-11', name, layout: 'national', date,
      parties: pty('托克托县人民政府办公室', '呼和浩特市托克托县双河镇', '内蒙古金诚招标有限公司', '呼和浩特市新城区', '0471-8521000'),
      lots: [{ vendor: '呼和浩特市青城视界文化传媒有限公司', vendorAddr: '呼和浩特市赛罕区', amount: '¥650,000.00' }],
      service: { scope: '“托克托发布”微信公众号、视频号、抖音号运营', period: '一年' } }),
  },
  {
    t: '2025-09-02 10:45', channel: 'zbgg', kind: 'award', video: true, province: '云南省', region: '宾川县',
    title: '宾川县融媒体中心政务短视频账号运营服务项目中标（成交）结果公告', code: 'BCZC2025-0902', category: SVC, pinMu: 3,
    parties: pty('宾川县融媒体中心', '大理州宾川县金牛镇', '云南大理正信招标有限公司', '大理市下关镇', '0872-7121000'),
    totalYuan: 298_000, features: ['rate-label-money-value'],
    body: (name, date) => awardBody({ code: 'BCZC2025-0902', name, layout: 'national', date,
      parties: pty('宾川县融媒体中心', '大理州宾川县金牛镇', '云南大理正信招标有限公司', '大理市下关镇', '0872-7121000'),
      lots: [{ vendor: '大理苍洱视觉文化传播有限公司', vendorAddr: '大理市满江街道', amount: '（可填写下浮率、折扣率或费率）：29.8万元' }] }),
  },
  {
    t: '2023-12-07 16:30', channel: 'zbgg', kind: 'award', video: true, province: '陕西省', region: '城固县',
    title: '城固县委网信办网络宣传短视频制作及账号运营项目中标公告', code: 'CGWX-2023-066', category: SVC, pinMu: 3,
    parties: pty('中共城固县委网络安全和信息化委员会办公室', '汉中市城固县博望街道', '陕西汉江项目管理有限公司', '汉中市汉台区', '0916-7221000'),
    totalYuan: 360_000, features: ['consortium', 'per-year-price'],
    body: (name, date) => awardBody({ code: 'CGWX-2023-066', name, layout: 'national', date,
      parties: pty('中共城固县委网络安全和信息化委员会办公室', '汉中市城固县博望街道', '陕西汉江项目管理有限公司', '汉中市汉台区', '0916-7221000'),
      lots: [{ vendor: '汉中汉水文化传媒有限公司（联合体牵头人）、西安秦川新媒体科技有限公司', vendorAddr: '汉中市汉台区天汉大道', amount: '360000.00元（服务期两年，每年180000.00元）' }],
      service: { scope: '账号运营及短视频制作', period: '两年' } }),
  },
  {
    t: '2024-05-16 11:05', channel: 'cjgg', kind: 'award', video: true, province: '湖北省', region: '利川市',
    title: '利川市商务局电商直播服务采购项目成交公告', code: 'LCSW-2024-015', category: SVC, pinMu: 3,
    parties: pty('利川市商务局', '恩施州利川市都亭街道', '湖北清江招标代理有限公司', '恩施市舞阳大街', '0718-7281000'),
    totalYuan: 196_000, features: ['live-streaming'],
    body: (name, date) => awardBody({ code: 'LCSW-2024-015', name, layout: 'national', date,
      parties: pty('利川市商务局', '恩施州利川市都亭街道', '湖北清江招标代理有限公司', '恩施市舞阳大街', '0718-7281000'),
      lots: [{ vendor: '恩施硒都星选电子商务有限公司', vendorAddr: '恩施市金桂大道', amount: '196000.00元' }],
      service: { scope: '农特产品直播带货不少于60场、直播切片短视频制作', period: '8个月' } }),
  },
  {
    t: '2025-12-03 15:25', channel: 'zbgg', kind: 'award', video: true, province: '海南省', region: '天涯区',
    title: '三亚市天涯区旅游和文化广电体育局视频号及快手号运营服务中标公告', code: 'TYQWL-2025-1203', category: SVC, pinMu: 3,
    parties: pty('三亚市天涯区旅游和文化广电体育局', '三亚市天涯区新风街', '海南海政招标有限公司', '海口市龙华区', '0898-8861000'),
    totalYuan: 520_000, features: ['wan-with-decimals'],
    body: (name, date) => awardBody({ code: 'TYQWL-2025-1203', name, layout: 'national', date,
      parties: pty('三亚市天涯区旅游和文化广电体育局', '三亚市天涯区新风街', '海南海政招标有限公司', '海口市龙华区', '0898-8861000'),
      lots: [{ vendor: '海南椰风视听科技有限公司', vendorAddr: '三亚市吉阳区', amount: '52.000000万元' }] }),
  },
  {
    t: '2021-12-15 10:10', channel: 'zbgg', kind: 'award', video: true, province: '重庆市', region: '万州区',
    title: '重庆市万州区融媒体中心专题片及宣传片拍摄制作服务中标公告', code: 'WZRM-2021-1215', category: SVC_CULT, pinMu: 3,
    parties: pty('重庆市万州区融媒体中心', '重庆市万州区高笋塘', '重庆招标采购（集团）有限责任公司', '重庆市渝中区', '023-58221000'),
    totalYuan: 918_800, features: ['multi-lot', 'lots-paragraph', 'wan-and-yuan-mixed'],
    body: (name, date) => awardBody({ code: 'WZRM-2021-1215', name, layout: 'lots-paragraph', date,
      parties: pty('重庆市万州区融媒体中心', '重庆市万州区高笋塘', '重庆招标采购（集团）有限责任公司', '重庆市渝中区', '023-58221000'),
      lots: [
        { label: '第一包', lotName: '专题片拍摄制作', vendor: '重庆三峡影像传媒有限公司', vendorAddr: '重庆市万州区太白路', amount: '56.88万元' },
        { label: '第二包', lotName: '宣传片拍摄制作', vendor: '重庆山城纪录文化有限公司', vendorAddr: '重庆市渝北区', amount: '350000.00元' },
      ] }),
  },
  {
    t: '2026-07-08 14:40', channel: 'cjgg', kind: 'award', video: true, province: '甘肃省', region: '秦安县',
    title: '秦安县融媒体中心政务新媒体矩阵代运营项目成交公告', code: 'QAZC-2026-0708', category: SVC, pinMu: 3,
    parties: pty('秦安县融媒体中心', '天水市秦安县兴国镇', '甘肃陇原招标有限公司', '兰州市城关区', '0938-6521000'),
    totalYuan: 275_000, features: ['discount-rate-and-amount'],
    body: (name, date) => awardBody({ code: 'QAZC-2026-0708', name, layout: 'national', date,
      parties: pty('秦安县融媒体中心', '天水市秦安县兴国镇', '甘肃陇原招标有限公司', '兰州市城关区', '0938-6521000'),
      lots: [{ vendor: '天水麦积文化传媒有限公司', vendorAddr: '天水市秦州区', amount: '275000.00元（折扣率：91.6%）' }] }),
  },
  {
    t: '2024-10-21 09:15', channel: 'zbgg', kind: 'award', video: true, province: '青海省', region: '互助土族自治县',
    title: '互助土族自治县委宣传部抖音号快手号运营服务中标公告', code: 'HZXC-2024-1021', category: SVC, pinMu: 3,
    parties: pty('中共互助土族自治县委宣传部', '海东市互助县威远镇', '青海昆仑招标有限公司', '西宁市城西区', '0972-8321000'),
    totalYuan: 180_000, features: ['uppercase-only'],
    body: (name, date) => awardBody({ code: 'HZXC-2024-1021', name, layout: 'national', date,
      parties: pty('中共互助土族自治县委宣传部', '海东市互助县威远镇', '青海昆仑招标有限公司', '西宁市城西区', '0972-8321000'),
      lots: [{ vendor: '西宁高原之声传媒有限公司', vendorAddr: '西宁市城中区', amount: '人民币壹拾捌万元整' }] }),
  },
];

/** All modelled notices (video awards here, the rest from fixture-ccgp-modelled-more.ts), ids from `firstId`. */
export function modelledSpecs(firstId: number): CcgpNoticeSpec[] {
  return [...awards, ...modelledMore()].map((m, i) => modelledNotice(firstId + i * 11, m));
}
