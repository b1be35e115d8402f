// The one router: every procedure of the app, served over Electron IPC and over HTTP alike.
import { authRouter } from './routers/auth';
import { brandsRouter } from './routers/brands';
import { categoriesRouter } from './routers/categories';
import { customersRouter } from './routers/customers';
import { printersRouter, printJobsRouter, scannersRouter } from './routers/devices';
import { employeesRouter } from './routers/employees';
import { priceLimitsRouter, priceListsRouter, pricesRouter } from './routers/prices';
import { productsRouter } from './routers/products';
import { scanRouter } from './routers/scan';
import { usersRouter } from './routers/users';
import { warehousesRouter } from './routers/warehouses';
import { bankStatementsRouter } from './routers/bankStatements';
import { customerStatementsRouter } from './routers/customerStatements';
import { handoversRouter } from './routers/handovers';
import { periodsRouter } from './routers/periods';
import { receiptsRouter } from './routers/receipts';
import { receivablesRouter } from './routers/receivables';
import { traceRouter } from './routers/trace';
import { adjustmentsRouter } from './routers/adjustments';
import { purchaseOrdersRouter } from './routers/purchaseOrders';
import { receivingRouter } from './routers/receiving';
import { stockRouter } from './routers/stock';
import { stocktakesRouter } from './routers/stocktakes';
import { locationsRouter } from './routers/locations';
import { transfersRouter } from './routers/transfers';
import { vansRouter } from './routers/vans';
import { promotionsRouter } from './routers/promotions';
import { salesReturnsRouter } from './routers/salesReturns';
import { salesOrdersRouter } from './routers/salesOrders';
import { salesDocsRouter } from './routers/salesDocs';
import { rebatesRouter } from './routers/rebates';
import { router } from './trpc';

export const appRouter = router({
  auth: authRouter,
  brands: brandsRouter,
  categories: categoriesRouter,
  products: productsRouter,
  priceLists: priceListsRouter,
  prices: pricesRouter,
  priceLimits: priceLimitsRouter,
  customers: customersRouter,
  employees: employeesRouter,
  warehouses: warehousesRouter,
  scan: scanRouter,
  scanners: scannersRouter,
  printers: printersRouter,
  printJobs: printJobsRouter,
  users: usersRouter,
  // Money (issue 5).
  receivables: receivablesRouter,
  receipts: receiptsRouter,
  handovers: handoversRouter,
  bankStatements: bankStatementsRouter,
  customerStatements: customerStatementsRouter,
  periods: periodsRouter,
  // Stock ledger and warehouse documents (issue 3).
  stock: stockRouter,
  receiving: receivingRouter,
  purchaseOrders: purchaseOrdersRouter,
  transfers: transfersRouter,
  vans: vansRouter,
  adjustments: adjustmentsRouter,
  stocktakes: stocktakesRouter,
  locations: locationsRouter,
  // Trace codes and diversion (issue 3).
  trace: traceRouter,
  // Promotions (issue 4).
  promotions: promotionsRouter,
  salesReturns: salesReturnsRouter,
  // Sales orders (issue 4).
  salesOrders: salesOrdersRouter,
  // Order fulfilment and sales documents (issue 4).
  salesDocs: salesDocsRouter,
  // Rebates (issue 6).
  rebates: rebatesRouter,
});

export type AppRouter = typeof appRouter;
