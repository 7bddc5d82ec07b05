export function entryFiles(
  root: string,
  entry: string,
  options?: { followDynamic?: boolean },
): Promise<string[]>;
export function gzippedBytes(root: string, files: string[]): Promise<number>;
export function entrySizes(
  root: string,
): Promise<Record<string, { files: string[]; initial: number; all: number }>>;
export function htmlRefs(html: string): { ref: string; rel: string | undefined }[];
