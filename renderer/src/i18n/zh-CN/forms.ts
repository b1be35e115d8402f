// 表单校验提示（客户端）。服务器返回的提示由 API 翻译。
export const forms = {
  required: '必填',
  number: '请输入数字',
  integer: '请输入整数',
  minLength: '至少 {{min}} 个字符',
  maxLength: '最多 {{max}} 个字符',
  min: '不能小于 {{min}}',
  max: '不能大于 {{max}}',
  minItems: '至少需要 {{min}} 项',
  maxItems: '最多 {{max}} 项',
  amount: '请输入金额，例如 12.50',
};
