/**
 * The notices the Hubei replay serves: sample data written for procwatch (real Hubei places and
 * division codes, invented parties, codes and amounts), shaped like the real award page in
 * shared/samples/hubei-detail-1.html. `expect` is the ground truth the tests compare the scrape
 * with; it is never served. Newest first, as the home-page tab lists them.
 * @module
 */

/** One Hubei sample notice. */
export interface HubeiNotice {
  /** the 32-hex id of `/notice/YYYYMM/notice_<id>.html` */
  id: string;
  /** YYYY-MM-DD HH:MM as the header's 发布日期 */
  published: string;
  method: string;
  title: string;
  projectCode: string;
  planCode: string;
  projectName: string;
  vendor: string;
  vendorAddress: string;
  /** 中标（成交）金额 as written, in 万元 */
  amountWan: string;
  /** the 服务类 table's lines (名称, 服务范围 …) */
  service: string[];
  experts: string;
  reviewDate: string;
  feeWan: string;
  buyer: string;
  buyerAddress: string;
  buyerPhone: string;
  agency: string;
  /** 项目监管地 */
  supervised: string;
  /** the portal serves a page without div.art_con for this one (a changed or half-published page) */
  broken?: boolean;
  /** ground truth: whether the title is a video-operations service */
  videoOps: boolean;
  /** what the extractor must read (video notices that are not broken) */
  expect?: { amountYuan: number; divisionCode: string };
}

export const HUBEI_NOTICES: HubeiNotice[] = [
  {
    id: '5c1e8a0f3b7d4e2a9f6c0d1b2a3e4f50',
    published: '2026-08-17 16:05',
    method: '竞争性磋商',
    title: '武汉市江夏区融媒体中心2026年政务新媒体账号运营服务项目成交结果公告',
    projectCode: 'ZBJX-2026-0817-01',
    planCode: '420115-2026-01234',
    projectName: '武汉市江夏区融媒体中心2026年政务新媒体账号运营服务项目',
    vendor: '湖北楚映文化传媒有限公司',
    vendorAddress: '武汉市洪山区珞喻路1037号创意大厦6楼',
    amountWan: '38.6',
    service: ['名称：政务新媒体账号运营服务', '服务范围：抖音、微信视频号等6个政务账号的日常运营', '服务要求：每月制作发布短视频不少于20条', '服务时间：12个月', '服务标准：符合采购文件要求'],
    experts: '王明,李华,张强',
    reviewDate: '2026-08-14',
    feeWan: '0.5790',
    buyer: '武汉市江夏区融媒体中心',
    buyerAddress: '武汉市江夏区文化大道99号',
    buyerPhone: '027-87951234',
    agency: '湖北中和招标代理有限公司',
    supervised: '武汉市江夏区',
    videoOps: true,
    expect: { amountYuan: 386000, divisionCode: '420115' },
  },
  {
    id: '9d27b4c6e1f0483aa5b2c7d8e9f01a23',
    published: '2026-08-16 10:12',
    method: '竞争性磋商',
    title: '十堰市人民医院视频监控系统升级改造项目成交结果公告',
    projectCode: 'SYRY-2026-0310',
    planCode: '420300-2026-00871',
    projectName: '十堰市人民医院视频监控系统升级改造项目',
    vendor: '十堰安视智能科技有限公司',
    vendorAddress: '十堰市茅箭区北京中路18号',
    amountWan: '126.4',
    service: ['名称：视频监控系统升级改造', '服务范围：院区监控摄像机更换及存储扩容', '服务要求：符合采购文件要求', '服务时间：60日历天', '服务标准：合格'],
    experts: '刘伟,陈静,赵敏',
    reviewDate: '2026-08-13',
    feeWan: '1.1200',
    buyer: '十堰市人民医院',
    buyerAddress: '十堰市茅箭区朝阳中路39号',
    buyerPhone: '0719-8801234',
    agency: '十堰公信招标有限公司',
    supervised: '十堰市',
    videoOps: false,
  },
  {
    id: '0b8f3e2d7c6a45b19e0d4c3b2a1f9e87',
    published: '2026-08-15 18:40',
    method: '公开招标',
    title: '宜昌市夷陵区文化和旅游局文旅宣传片拍摄制作项目中标结果公告',
    projectCode: 'YLWL-2026-G015',
    planCode: '420506-2026-00412',
    projectName: '宜昌市夷陵区文化和旅游局文旅宣传片拍摄制作项目',
    vendor: '宜昌三峡影像传媒有限公司',
    vendorAddress: '宜昌市西陵区东山大道95号',
    amountWan: '24.8',
    service: ['名称：文旅宣传片拍摄制作', '服务范围：城市形象宣传片1部（8分钟）及短视频版本3条', '服务要求：4K拍摄，含航拍', '服务时间：自合同签订之日起90日', '服务标准：通过采购人验收'],
    experts: '周平,吴芳,郑涛,孙丽,钱勇',
    reviewDate: '2026-08-12',
    feeWan: '0.3720',
    buyer: '宜昌市夷陵区文化和旅游局',
    buyerAddress: '宜昌市夷陵区夷兴大道121号',
    buyerPhone: '0717-7812345',
    agency: '湖北三峡工程招标有限公司',
    supervised: '宜昌市夷陵区',
    videoOps: true,
    expect: { amountYuan: 248000, divisionCode: '420506' },
  },
  {
    id: '7a6b5c4d3e2f41a0b9c8d7e6f5a4b3c2',
    published: '2026-08-14 09:30',
    method: '竞争性磋商',
    title: '荆州市沙市区融媒体中心短视频制作及新媒体运营服务项目成交结果公告',
    projectCode: 'JZSS-2026-0203',
    planCode: '421002-2026-00156',
    projectName: '荆州市沙市区融媒体中心短视频制作及新媒体运营服务项目',
    vendor: '荆州楚风网络科技有限公司',
    vendorAddress: '荆州市沙市区北京中路200号',
    amountWan: '19.5',
    service: ['名称：短视频制作及新媒体运营'],
    experts: '黄河,林海,马兰',
    reviewDate: '2026-08-11',
    feeWan: '0.2925',
    buyer: '荆州市沙市区融媒体中心',
    buyerAddress: '荆州市沙市区园林路36号',
    buyerPhone: '0716-8112233',
    agency: '荆州诚信招标代理有限公司',
    supervised: '荆州市沙市区',
    broken: true,
    videoOps: true,
  },
  {
    id: '3f2e1d0c9b8a47f6e5d4c3b2a1f0e9d8',
    published: '2026-08-13 15:20',
    method: '询价',
    title: '红安县人民政府办公室政务抖音号代运营服务项目成交结果公告',
    projectCode: 'HAXZ-2026-0088',
    planCode: '421122-2026-00033',
    projectName: '红安县人民政府办公室政务抖音号代运营服务项目',
    vendor: '黄冈大别山数字传媒有限公司',
    vendorAddress: '黄冈市黄州区东门路66号',
    amountWan: '9.96',
    service: ['名称：政务抖音号代运营', '服务范围：“红安发布”抖音号内容策划、拍摄剪辑与发布', '服务要求：每月发布短视频不少于12条', '服务时间：1年', '服务标准：符合采购文件要求'],
    experts: '胡军,冯雪,邓超',
    reviewDate: '2026-08-10',
    feeWan: '0.1494',
    buyer: '红安县人民政府办公室',
    buyerAddress: '红安县城关镇陵园大道1号',
    buyerPhone: '0713-5241234',
    agency: '黄冈市公共资源招标代理有限公司',
    supervised: '黄冈市红安县',
    videoOps: true,
    expect: { amountYuan: 99600, divisionCode: '421122' },
  },
  {
    id: 'e4d3c2b1a0f94e8d7c6b5a4f3e2d1c0b',
    published: '2026-08-12 11:00',
    method: '公开招标',
    title: '湖北省第三人民医院医用耗材配送服务项目中标结果公告',
    projectCode: 'HBSY-2026-1102',
    planCode: '420000-2026-07711',
    projectName: '湖北省第三人民医院医用耗材配送服务项目',
    vendor: '湖北康达医药有限公司',
    vendorAddress: '武汉市东西湖区金银湖路12号',
    amountWan: '312.0',
    service: ['名称：医用耗材配送服务'],
    experts: '程序,唐宁,许诺,何平,罗斌',
    reviewDate: '2026-08-09',
    feeWan: '2.4100',
    buyer: '湖北省第三人民医院',
    buyerAddress: '武汉市硚口区解放大道816号',
    buyerPhone: '027-83881234',
    agency: '湖北省招标股份有限公司',
    supervised: '省本级',
    videoOps: false,
  },
];
