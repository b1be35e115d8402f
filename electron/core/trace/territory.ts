// Is a store inside the distributor's territory for a product? Regions match by prefix ("杭州市" covers
// "杭州市西湖区"), channels exactly; an empty list allows all. A product's group replaces the lists it sets.
import type { Territory } from './settings';
import { flag, type CodeFlag } from './flags';

export interface Store {
  id: string;
  name: string;
  region: string;
  channel: string;
}

export interface TerritoryRules {
  regions: string[];
  channels: string[];
}

export function rulesFor(territory: Territory, productId: string): TerritoryRules {
  const group = territory.groups.find((g) => g.productIds.includes(productId));
  return {
    regions: group && group.regions.length > 0 ? group.regions : territory.regions,
    channels: group && group.channels.length > 0 ? group.channels : territory.channels,
  };
}

const listText = (items: string[]) => items.join('、');

/** Flags for shipping to `store` under `rules`: outside the regions, no region to check, or a channel not allowed. */
export function territoryFlags(code: string, store: Store, rules: TerritoryRules): CodeFlag[] {
  const flags: CodeFlag[] = [];
  const region = store.region.trim();
  if (rules.regions.length > 0) {
    if (region === '') {
      flags.push(flag('region', 'TRACE_DIVERSION_NO_REGION', { code, customer: store.name, allowed: listText(rules.regions) }));
    } else if (!rules.regions.some((r) => region === r || region.startsWith(r))) {
      flags.push(flag('region', 'TRACE_DIVERSION_REGION', { code, customer: store.name, region, allowed: listText(rules.regions) }));
    }
  }
  const channel = store.channel.trim();
  if (rules.channels.length > 0 && !rules.channels.includes(channel)) {
    const params = { code, customer: store.name, channel, allowed: listText(rules.channels) };
    flags.push(flag('channel', channel === '' ? 'TRACE_DIVERSION_NO_CHANNEL' : 'TRACE_DIVERSION_CHANNEL', params));
  }
  return flags;
}
