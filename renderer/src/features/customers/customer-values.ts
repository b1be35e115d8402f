// The customer form's values and their mapping to the API: the credit limit is typed in yuan and sent in fen.
import type { CustomerCreateInput } from '../../api/contract';
import { fenToInput, parseYuan } from '../../components/money';
import type { ApiOutputs } from '../../api/types';

export type CustomerRow = ApiOutputs['customers']['list']['rows'][number];

export interface CustomerValues {
  code: string;
  name: string;
  contact: string;
  phone: string;
  address: string;
  region: string;
  channel: string;
  salespersonId: string | null;
  priceListId: string | null;
  creditLimit: string;
  paymentTermsDays: number | string;
  active: boolean;
}

export function customerToValues(c: CustomerRow | null): CustomerValues {
  if (!c) {
    return {
      code: '',
      name: '',
      contact: '',
      phone: '',
      address: '',
      region: '',
      channel: '',
      salespersonId: null,
      priceListId: null,
      creditLimit: '',
      paymentTermsDays: 0,
      active: true,
    };
  }
  return {
    code: c.code,
    name: c.name,
    contact: c.contact,
    phone: c.phone,
    address: c.address,
    region: c.region,
    channel: c.channel,
    salespersonId: c.salespersonId,
    priceListId: c.priceListId,
    creditLimit: c.creditLimit ? fenToInput(c.creditLimit) : '',
    paymentTermsDays: c.paymentTermsDays,
    active: c.active,
  };
}

export function valuesToInput(v: CustomerValues): CustomerCreateInput {
  const credit = parseYuan(v.creditLimit);
  return {
    ...v,
    // No limit typed means no credit (现款): 0 fen.
    creditLimit: credit ?? 0,
    paymentTermsDays: v.paymentTermsDays === '' ? 0 : Number(v.paymentTermsDays),
  };
}
