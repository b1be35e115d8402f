// 账号管理（仅店主）。
export const users = {
  title: '账号',
  create: '新建账号',
  search: '搜索用户名或姓名',
  columns: { username: '用户名', displayName: '姓名', role: '角色', active: '状态', createdAt: '创建时间' },
  form: {
    createTitle: '新建账号',
    username: '用户名',
    displayName: '姓名',
    role: '角色',
    password: '初始密码',
    passwordHint: '至少 8 位；请告知本人登录后修改',
  },
  manage: {
    title: '账号：{{name}}',
    disable: '停用此账号',
    enable: '启用此账号',
    disabled: '账号已停用',
    enabled: '账号已启用',
    resetTitle: '重置密码',
    newPassword: '新密码',
    reset: '重置密码',
    resetDone: '密码已重置',
  },
  created: '账号已创建',
};
