// Messages of the devices (serial scanners, receipt printers, print queue), zh-CN first. Spread into the one
// message table in shared/messages.ts; kept here so the device codes read together.
export const deviceMessages = {
  PDF_UNAVAILABLE: {
    'zh-CN': '这台电脑无法生成 PDF（没有可用的浏览器内核），请在桌面程序或服务器上导出',
    en: 'This PC cannot make PDFs (no browser engine available); export from the desktop app or the server',
  },
  PDF_FAILED: { 'zh-CN': '生成 PDF 失败（{detail}），请重试', en: 'Making the PDF failed ({detail}); try again' },
  DEVICE_NOT_FOUND: {
    'zh-CN': '找不到设备 {path}：未插入或路径不对，插入后会自动连接',
    en: 'Device {path} is not there: not plugged in or a wrong path; it connects by itself once plugged in',
  },
  DEVICE_DISCONNECTED: {
    'zh-CN': '设备 {path} 已断开，正在等待重新连接',
    en: 'Device {path} was disconnected; waiting for it to come back',
  },
  DEVICE_DENIED: {
    'zh-CN': '没有权限打开设备 {path}（Linux 请把当前用户加入 dialout 或 lp 组）',
    en: 'No permission to open device {path} (on Linux, add the user to the dialout or lp group)',
  },
  DEVICE_BUSY: {
    'zh-CN': '设备 {path} 正被其他程序占用，请关闭占用它的程序',
    en: 'Device {path} is in use by another program; close that program',
  },
  DEVICE_IO: { 'zh-CN': '设备 {path} 读写出错（{detail}）', en: 'Device {path} failed to read or write ({detail})' },
  SERIAL_DRIVER_MISSING: {
    'zh-CN': '串口驱动模块未安装或无法加载，请重新安装本程序（{detail}）',
    en: 'The serial port module is missing or cannot load; reinstall the program ({detail})',
  },
  DEVICE_ID_DUPLICATE: { 'zh-CN': '设备编号“{id}”重复', en: 'Device id "{id}" is used twice' },
  DEVICE_PATH_DUPLICATE: {
    'zh-CN': '“{first}”和“{second}”用了同一个端口 {path}',
    en: '"{first}" and "{second}" use the same port {path}',
  },
  PRINTER_NOT_FOUND: { 'zh-CN': '找不到打印机“{id}”，请先在设置中添加', en: 'Printer "{id}" not found; add it in the settings first' },
  PRINTER_NONE: {
    'zh-CN': '还没有设置默认小票打印机，请在设置中添加打印机',
    en: 'No default receipt printer is set; add a printer in the settings',
  },
  PRINTER_REFUSED: {
    'zh-CN': '打印机 {address} 拒绝连接：可能未开机、未联网或端口不对，开机后会自动重打',
    en: 'Printer {address} refused the connection: it may be off, offline or on another port; the job prints once it is back',
  },
  PRINTER_TIMEOUT: {
    'zh-CN': '打印机 {address} 在 {seconds} 秒内没有响应，稍后自动重试',
    en: 'Printer {address} did not answer within {seconds} seconds; retrying later',
  },
  PRINTER_UNREACHABLE: {
    'zh-CN': '无法连接打印机 {address}（{detail}），稍后自动重试',
    en: 'Printer {address} cannot be reached ({detail}); retrying later',
  },
  PRINTER_CLOSED: {
    'zh-CN': '打印机 {address} 在接收过程中断开，稍后自动重打整张小票',
    en: 'Printer {address} dropped the connection while receiving; the whole receipt is printed again later',
  },
  PREVIEW_DRAWER: { 'zh-CN': '〔开钱箱〕', en: '[cash drawer opens]' },
  DRAWER_JOB_TITLE: { 'zh-CN': '开钱箱', en: 'Open cash drawer' },
  PRINT_JOB_NOT_FOUND: { 'zh-CN': '找不到该打印任务', en: 'Print job not found' },
  PRINT_JOB_SENT: { 'zh-CN': '该打印任务已打印，不能再更改', en: 'The print job has already printed and cannot be changed' },
  PRINT_JOB_CANCELLED: { 'zh-CN': '该打印任务已取消', en: 'The print job was cancelled' },
} as const;
