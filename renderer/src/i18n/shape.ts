/** The English table must have exactly the keys of the Chinese one (zh-CN is the source of truth). */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
