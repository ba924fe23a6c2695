// The subset of better-sqlite3 (v12) that the store uses. The package ships no types and
// @types/better-sqlite3 is not a dependency; declaring what we call keeps the store type-checked.
declare module 'better-sqlite3' {
  class Database {
    constructor(filename: string, options?: Database.Options);
    readonly open: boolean;
    readonly inTransaction: boolean;
    readonly name: string;
    prepare<R = unknown>(sql: string): Database.Statement<R>;
    exec(sql: string): this;
    pragma(sql: string, options?: { simple?: boolean }): unknown;
    transaction<F extends (...args: never[]) => unknown>(fn: F): Database.Transaction<F>;
    close(): this;
  }
  namespace Database {
    interface RunResult {
      changes: number;
      lastInsertRowid: number | bigint;
    }
    interface Statement<R = unknown> {
      run(...params: unknown[]): RunResult;
      get(...params: unknown[]): R | undefined;
      all(...params: unknown[]): R[];
      iterate(...params: unknown[]): IterableIterator<R>;
      pluck(toggle?: boolean): this;
    }
    interface Options {
      readonly?: boolean;
      fileMustExist?: boolean;
      timeout?: number;
    }
    interface Transaction<F extends (...args: never[]) => unknown> {
      (...args: Parameters<F>): ReturnType<F>;
      immediate(...args: Parameters<F>): ReturnType<F>;
    }
  }
  export = Database;
}
