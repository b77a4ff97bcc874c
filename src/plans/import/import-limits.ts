/** The largest plan file Tillit reads: real plans are a few hundred kilobytes. */
export const maxImportBytes = 10_000_000;

/** Megabytes (10⁶ bytes, as file managers show them) with one decimal, Swedish style ("20,0"). */
export function megabytes(bytes: number): string {
  return (bytes / 1_000_000).toFixed(1).replace('.', ',');
}
