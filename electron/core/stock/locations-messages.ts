// Messages of storage locations (货位), zh-CN first. Spread into the one message table in shared/messages.ts.
export const locationMessages = {
  LOCATION_INVALID: {
    'zh-CN': '货位“{location}”无效：只能用字母、数字和短横线（如 A-01-03），最多 20 个字符',
    en: 'Location "{location}" is invalid: letters, digits and dashes only (like A-01-03), at most 20 characters',
  },
  LOCATION_PREFIX_INVALID: {
    'zh-CN': '货位前缀“{location}”无效：只能用字母、数字和短横线（如 A-01），最多 20 个字符',
    en: 'Location prefix "{location}" is invalid: letters, digits and dashes only (like A-01), at most 20 characters',
  },
  STOCKTAKE_OUT_OF_SCOPE_LOCATION: {
    'zh-CN': '“{product}”不在本次盘点范围（货位：{location}）',
    en: '"{product}" is outside this stocktake (location {location})',
  },
} as const;
