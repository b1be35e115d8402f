// 主界面框架：导航、语言、快捷键说明、扫码提示。
export const shell = {
  nav: {
    products: '商品',
    prices: '价格',
    customers: '客户',
    employees: '员工',
    warehouses: '仓库',
    users: '账号',
    finance: '财务',
    stock: '库存',
    receiving: '收货',
    trace: '追溯',
  },
  language: '语言',
  languages: { 'zh-CN': '中文', en: 'English' },
  userMenu: '当前用户',
  shortcuts: {
    title: '快捷键',
    open: '快捷键说明 (F1)',
    sections: 'Alt+1…9：切换栏目',
    search: '/ 或 F3：定位到搜索框',
    create: 'Alt+N：新建',
    submit: 'Enter：提交表单',
    close: 'Esc：关闭弹窗',
    scan: '扫码枪：在任何界面直接扫码',
  },
  navbarToggle: '展开/收起导航',
  scan: {
    received: '扫码：{{code}}',
    ignored: '当前界面不处理扫码：{{code}}',
  },
  forbidden: '当前角色无权访问此栏目',
};
