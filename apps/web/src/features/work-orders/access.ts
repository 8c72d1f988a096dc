import type { AppAbility } from '@anju/domain';

/** Whoever reads work orders (not the committee) opens the list and the board. */
export const canOpenWorkOrders = (ability: AppAbility, hasCompany: boolean) =>
  hasCompany && ability.can('read', 'WorkOrder');
