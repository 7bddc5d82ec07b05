export function entryFiles(root: string, entry: string): Promise<string[]>;
export function gzippedBytes(root: string, files: string[]): Promise<number>;
export function entrySizes(
  root: string,
): Promise<Record<string, { files: string[]; gzip: number }>>;
