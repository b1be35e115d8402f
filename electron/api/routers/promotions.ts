// promotions.*: the owner creates promotions (买N赠M gifts, 满减/折扣 tiers), changes them before they start and ends
// them early; every role reads them (orders show what applied). The promotion cost report (the basis of claims to
// the brand) is for the owner and the accountant, as data or .xlsx.
import { createPromotion, endPromotion, updatePromotion } from '../../core/sales/promotions-manage';
import { promotionCost, promotionCostFileName, promotionCostXlsx } from '../../core/sales/promotions-cost';
import { getPromotion, listPromotions } from '../../core/sales/promotions-view';
import {
  promotionCostInput,
  promotionEndInput,
  promotionIdInput,
  promotionInput,
  promotionListInput,
  promotionUpdateInput,
} from '../contract/promotions';
import { xlsxDownload } from '../files';
import { procedure, router } from '../trpc';

const owner = procedure('owner');
const anyone = procedure('owner', 'accountant', 'clerk', 'driver');
const money = procedure('owner', 'accountant');

export const promotionsRouter = router({
  create: owner.input(promotionInput).mutation(({ ctx, input }) => createPromotion(ctx.core, ctx.actor, input)),
  /** Only before it starts; a started promotion is ended and a new one created. */
  update: owner.input(promotionUpdateInput).mutation(({ ctx, input }) => updatePromotion(ctx.core, ctx.actor, input)),
  end: owner.input(promotionEndInput).mutation(({ ctx, input }) => endPromotion(ctx.core, ctx.actor, input)),
  list: anyone.input(promotionListInput).query(({ ctx, input }) => listPromotions(ctx.core, input)),
  get: anyone.input(promotionIdInput).query(({ ctx, input }) => getPromotion(ctx.core, input.id)),
  cost: money.input(promotionCostInput).query(({ ctx, input }) => promotionCost(ctx.core, input)),
  costXlsx: money.input(promotionCostInput).mutation(async ({ ctx, input }) => {
    const cost = promotionCost(ctx.core, input);
    return xlsxDownload(promotionCostFileName(cost), await promotionCostXlsx(cost));
  }),
});
