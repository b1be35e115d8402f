// All tables, one module per domain. drizzle-kit reads this file to generate migrations.
export * from './system';
export * from './catalog';
export * from './parties';
export * from './trace';
export * from './finance';
export * from './stock';
export * from './purchasing';
export * from './devices';
export * from './promotions';
export * from './rebates';
export * from './sales';
export * from './sales-fulfilment';
export * from './sales-returns';
export * from './locations';
