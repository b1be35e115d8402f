import type { Shape } from '../shape';
import type { zhCN } from '../zh-CN';
import { auth } from './auth';
import { common } from './common';
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

export const en: Shape<typeof zhCN> = { common, auth, shell, forms, io, users, employees, warehouses, customers, products, prices, finance, stock, receiving, transfers, stocktake, trace, scanLines, vans, adjustments, purchasing, sales, promotions };
