// 员工、仓库（主仓与车辆）、客户（门店）。
export const employees = {
  title: '员工',
  create: '新建员工',
  editTitle: '编辑员工：{{name}}',
  createTitle: '新建员工',
  search: '搜索编号、姓名或电话',
  fields: { code: '编号', name: '姓名', phone: '电话', role: '岗位', active: '在职' },
  roles: { salesperson: '业务员', driver: '司机', clerk: '库管', accountant: '会计', other: '其他' },
  saved: '员工已保存',
};

export const warehouses = {
  title: '仓库',
  create: '新建仓库',
  createTitle: '新建仓库',
  editTitle: '编辑仓库：{{name}}',
  search: '搜索编号、名称、车牌或司机',
  fields: { code: '编号', name: '名称', kind: '类型', driver: '司机', plate: '车牌', active: '启用' },
  kinds: { main: '主仓', van: '车辆' },
  driverHint: '车辆才需要司机和车牌',
  driverOption: '{{name}}（{{role}}）',
  saved: '仓库已保存',
};

export const customers = {
  title: '客户',
  create: '新建客户',
  createTitle: '新建客户',
  editTitle: '编辑客户：{{name}}',
  search: '搜索名称、编号、电话或拼音首字母（如 xmcs）',
  fields: {
    code: '编号',
    name: '门店名称',
    contact: '联系人',
    phone: '电话',
    address: '地址',
    region: '区域',
    channel: '渠道',
    salesperson: '业务员',
    priceList: '价格表',
    creditLimit: '信用额度（元）',
    paymentTermsDays: '账期（天）',
    active: '启用',
  },
  columns: { credit: '信用额度', terms: '账期(天)' },
  channelHint: '如 便利店、超市、餐饮、KA',
  saved: '客户已保存',
};
