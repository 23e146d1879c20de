/**
 * Where the adapter runs its batches. In the add-in this is office.js (`officeHost()`); in tests and in the
 * browser preview it is the fake Excel from sim/fake-excel (its `host`, or installed as the `Excel`/`Office`
 * globals). Every adapter function takes an optional ExcelHost as its last argument.
 */
import { toAdapterError } from "./errors";

export interface RunOptions {
  /** ExcelApi 1.20: make every write of the batch one undo step. */
  readonly mergeUndoGroup?: boolean;
}

export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: RunOptions): Promise<T>;
  /**
   * Runs a batch in an earlier batch's request context (office.js: `Excel.run(context, batch)`), as event handlers
   * must be removed in the context that registered them. Optional: without it the adapter syncs that context itself.
   */
  runInContext?<T>(context: OfficeExtension.ClientRequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

/** The real host: office.js's `Excel.run` and `Office.context.requirements`. */
export function officeHost(): ExcelHost {
  return {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: RunOptions) =>
      options && Object.keys(options).length ? Excel.run<T>(options as Excel.RunOptions, batch) : Excel.run<T>(batch),
    runInContext: <T>(context: OfficeExtension.ClientRequestContext, batch: (context: Excel.RequestContext) => Promise<T>) =>
      Excel.run<T>(context, batch),
    isSetSupported: (name, version) => {
      try {
        return !!Office.context?.requirements?.isSetSupported(name, version);
      } catch {
        return false;
      }
    },
  };
}

/** ExcelApi feature detection, false when the host cannot tell. */
export function supportsExcelApi(host: ExcelHost, version: string): boolean {
  return host.isSetSupported("ExcelApi", version);
}

/** Runs a batch and turns whatever Excel throws into an ExcelAdapterError with a message key. */
export async function runExcel<T>(host: ExcelHost, batch: (context: Excel.RequestContext) => Promise<T>, options?: RunOptions): Promise<T> {
  try {
    return await host.run(batch, options);
  } catch (e) {
    throw toAdapterError(e);
  }
}

let defaultHost: ExcelHost | null = null;

/** The host used when a function is called without one: office.js unless `setDefaultHost` was called. */
export function getDefaultHost(): ExcelHost {
  return defaultHost ?? officeHost();
}

export function setDefaultHost(host: ExcelHost | null): void {
  defaultHost = host;
}
