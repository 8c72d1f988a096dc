import { randomUUID } from 'node:crypto';
import type { Tx } from '../db/client.js';
import { runStatement, type Statement } from '../db/prepared.js';
import type { AppPubSub } from './pubsub.js';

const TOUCHED: Statement = {
  name: 'dataVersions.touched',
  text: `select current_setting('app.cached_data_changed', true) as changed,
    current_setting('app.figure_months_changed', true) as months`,
};

/** What an open transaction changed of the data cached answers are built from. */
export interface Touched {
  /** Anything but approved figures: estates, regions, targets, indicators, the company. */
  structure: boolean;
  /** Months whose approved (effective) figures changed. */
  months: string[];
}

/**
 * Numbers per company that move whenever data cached answers are built from changes, so that a
 * cached answer can tell whether it is still current:
 *
 * - `structure(company)` moves with estates, regions, targets, indicators and the company;
 * - `month(company, m)` moves when an approved figure of month `m` changes (a draft moves nothing:
 *   no cached answer reads drafts);
 * - `get(company)` moves with either (single flights: a request never joins a computation that
 *   started before a change it may have made itself).
 *
 * An answer built from the figures of some months stays valid while the structure and those
 * months are unchanged: approvals in July leave the first quarter's cached comparison alone.
 * Changes move this instance's numbers before the mutation answers (the writer reads its own
 * write) and reach the other instances through the pub/sub (Redis when configured).
 */
export class DataVersions {
  private readonly all = new Map<string, number>();
  private readonly structures = new Map<string, number>();
  private readonly months = new Map<string, number>();
  private readonly origin = randomUUID();

  constructor(private readonly pubsub: AppPubSub) {}

  get(companyId: string): number {
    return this.all.get(companyId) ?? 0;
  }

  structure(companyId: string): number {
    return this.structures.get(companyId) ?? 0;
  }

  month(companyId: string, month: string): number {
    return this.months.get(`${companyId} ${month}`) ?? 0;
  }

  /**
   * What the open transaction wrote that cached answers are built from: statement triggers mark
   * the transaction (migrations 0010 and 0012), whatever code wrote.
   */
  async touched(tx: Tx): Promise<Touched> {
    const [row] = await runStatement<{ changed: string | null; months: string | null }>(tx, TOUCHED, []);
    return {
      structure: row?.changed === 'on',
      months: row?.months ? [...new Set(row.months.split(','))] : [],
    };
  }

  /** Call after the transaction that changed the company's data has committed. */
  changed(companyId: string, touched: Touched = { structure: true, months: [] }): void {
    if (!touched.structure && touched.months.length === 0) return;
    this.apply(companyId, touched);
    this.pubsub.publish('DATA_CHANGED', { companyId, origin: this.origin, ...touched });
  }

  /** Applies other instances' changes until the pub/sub closes. */
  async follow(): Promise<void> {
    for await (const { companyId, origin, structure, months } of this.pubsub.subscribe('DATA_CHANGED')) {
      // An instance of an earlier version sends neither: treat it as a change of everything.
      if (origin !== this.origin)
        this.apply(companyId, { structure: structure ?? true, months: months ?? [] });
    }
  }

  private apply(companyId: string, { structure, months }: Touched) {
    this.all.set(companyId, this.get(companyId) + 1);
    if (structure) this.structures.set(companyId, this.structure(companyId) + 1);
    for (const m of months) this.months.set(`${companyId} ${m}`, this.month(companyId, m) + 1);
  }
}
