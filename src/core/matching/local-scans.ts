// Row scans in the calling thread (small programs, tests, and each worker's share). Pure.
import { scanBestPartners, type EdgeArrays } from './candidate-scan.js';
import type { OpenMasks, RowScans } from './column-generation.js';
import { scanBlocking, scanPricing, type BlockingRequest, type PricingRequest, type PricingShare } from './pricing-scan.js';
import { RowEngine, type RowSide } from './row-engine.js';
import type { ScoringTable } from './scoring-table.js';

/** Engines are built on first use (each owns WebAssembly memory sized for its side). */
export class LocalScans implements RowScans {
  private readonly engines = new Map<RowSide, RowEngine>();

  constructor(readonly table: ScoringTable) {}

  engine(side: RowSide): RowEngine {
    let e = this.engines.get(side);
    if (!e) this.engines.set(side, (e = new RowEngine(this.table, side)));
    return e;
  }

  bestPartnersOf(side: RowSide, k: number, masks: OpenMasks, from: number, to: number): EdgeArrays {
    const mentee = side === 'mentee';
    return scanBestPartners(this.engine(side), {
      from,
      to,
      k,
      rowOpen: mentee ? masks.menteeOpen : masks.mentorOpen,
      otherOpen: mentee ? masks.mentorOpen : masks.menteeOpen,
    });
  }

  priceRange(request: Omit<PricingRequest, 'from' | 'to'>, from: number, to: number): PricingShare {
    return scanPricing(this.engine('mentee'), { ...request, from, to });
  }

  blockingRange(request: Omit<BlockingRequest, 'from' | 'to'>, from: number, to: number): number {
    return scanBlocking(this.engine('mentee'), { ...request, from, to });
  }

  async blocking(request: Omit<BlockingRequest, 'from' | 'to'>): Promise<number> {
    return this.blockingRange(request, 0, this.table.menteeCount);
  }

  async bestPartners(side: RowSide, k: number, masks: OpenMasks): Promise<EdgeArrays> {
    return this.bestPartnersOf(side, k, masks, 0, side === 'mentee' ? this.table.menteeCount : this.table.mentorCount);
  }

  async price(request: Omit<PricingRequest, 'from' | 'to'>): Promise<PricingShare> {
    return this.priceRange(request, 0, this.table.menteeCount);
  }
}
