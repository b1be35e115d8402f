// Which screen each section shows. Kept apart from shell/sections.ts so the shell does not import features.
import { DashboardScreen } from './features/dashboard/DashboardScreen';
import { CustomersScreen } from './features/customers/CustomersScreen';
import { EmployeesScreen } from './features/employees/EmployeesScreen';
import { PricesScreen } from './features/prices/PricesScreen';
import { FinanceScreen } from './features/finance/FinanceScreen';
import { ProductsScreen } from './features/products/ProductsScreen';
import { PurchasingScreen } from './features/purchasing/PurchasingScreen';
import { ReceivingScreen } from './features/receiving/ReceivingScreen';
import { StocktakeScreen } from './features/stocktake/StocktakeScreen';
import { StockScreen } from './features/stock/StockScreen';
import { TraceScreen } from './features/trace/TraceScreen';
import { TransfersScreen } from './features/transfers/TransfersScreen';
import { UsersScreen } from './features/users/UsersScreen';
import { AdjustmentsScreen } from './features/adjustments/AdjustmentsScreen';
import { VansScreen } from './features/vans/VansScreen';
import { WarehousesScreen } from './features/warehouses/WarehousesScreen';
import { SalesScreen } from './features/sales/SalesScreen';
import { PromotionsScreen } from './features/promotions/PromotionsScreen';
import { RebatesScreen } from './features/rebates/RebatesScreen';
import type { SectionScreens } from './shell/sections';

export const screens: SectionScreens = {
  dashboard: DashboardScreen,
  products: ProductsScreen,
  prices: PricesScreen,
  customers: CustomersScreen,
  sales: SalesScreen,
  promotions: PromotionsScreen,
  employees: EmployeesScreen,
  warehouses: WarehousesScreen,
  stock: StockScreen,
  purchasing: PurchasingScreen,
  receiving: ReceivingScreen,
  transfers: TransfersScreen,
  stocktake: StocktakeScreen,
  trace: TraceScreen,
  vans: VansScreen,
  adjustments: AdjustmentsScreen,
  finance: FinanceScreen,
  rebates: RebatesScreen,
  users: UsersScreen,
};
