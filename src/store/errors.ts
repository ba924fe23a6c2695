// A store that cannot be opened or used as asked: the message names the store and how to fix it.
export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}
