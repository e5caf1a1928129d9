/** A bounded FIFO: keeps the last `capacity` items, dropping the oldest. */
export class RingBuffer<T> {
  private readonly items: T[] = [];

  /** @param capacity how many items to keep (≥ 1). */
  constructor(readonly capacity: number) {}

  push(item: T): void {
    this.items.push(item);
    if (this.items.length > this.capacity) this.items.shift();
  }

  /** The last `n` items (all by default), oldest first. */
  last(n = this.capacity): T[] {
    return this.items.slice(-n);
  }
}
