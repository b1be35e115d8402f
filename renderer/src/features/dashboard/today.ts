// Today's business date (YYYY-MM-DD) in the distributor's time zone, for procedures that take an as-of date.
const SHANGHAI = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

export const businessToday = (now = new Date()): string => SHANGHAI.format(now);
