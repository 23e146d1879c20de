// The preview bundles the CLI's .xlsx reader (src/cli/xlsx/read.ts) to turn workbooks into the engine's model with
// exactly the code the CLI uses. That module builds two Buffer constants when it loads (its file-signature test,
// which only runs for files on disk); webpack's ProvidePlugin hands it this stand-in in the browser.
export const Buffer = {
  from: (bytes: ArrayLike<number>): Uint8Array => Uint8Array.from(bytes),
  alloc: (size: number): Uint8Array => new Uint8Array(size),
};
