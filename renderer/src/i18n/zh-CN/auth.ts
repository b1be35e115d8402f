// 登录、首次设置、退出。
export const auth = {
  login: {
    title: '登录',
    subtitle: '请使用您的账号登录',
    username: '用户名',
    password: '密码',
    submit: '登录',
  },
  setup: {
    title: '首次使用：创建店主账号',
    subtitle: '这是系统中的第一个账号，拥有全部权限。请牢记密码。',
    username: '用户名',
    usernameHint: '字母、数字、下划线、点或短横线，2–32 位',
    displayName: '姓名',
    password: '密码',
    passwordHint: '至少 8 位',
    confirm: '确认密码',
    mismatch: '两次输入的密码不一致',
    submit: '创建并登录',
  },
  logout: '退出登录',
  version: '版本 {{version}}',
};
