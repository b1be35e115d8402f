// 全部中文界面文字（zh-CN 为准，英文表须有相同的键）。
import { auth } from './auth';
import { common } from './common';
import { dashboard } from './dashboard';
import { finance } from './finance';
import { forms } from './forms';
import { io } from './io';
import { customers, employees, warehouses } from './parties';
import { prices } from './prices';
import { purchasing } from './purchasing';
import { products } from './products';
import { shell } from './shell';
import { users } from './users';
import { receiving, stock, stocktake, trace, transfers } from './warehouse';
import { adjustments, scanLines, vans } from './vans';
import { sales } from './sales';
import { promotions } from './promotions';
import { rebates } from './rebates';

export const zhCN = { common, auth, shell, forms, io, users, employees, warehouses, customers, products, prices, finance, stock, receiving, transfers, stocktake, trace, scanLines, vans, adjustments, purchasing, sales, dashboard, promotions, rebates };
