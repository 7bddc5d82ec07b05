export function entryFiles(
  root: string,
  entry: string,
  options?: { followDynamic?: boolean; skip?: (code: string) => boolean },
): Promise<string[]>;
export function gzippedBytes(root: string, files: string[]): Promise<number>;
export function entrySizes(
  root: string,
): Promise<
  Record<
    string,
    { files: string[]; englishFiles: string[]; initial: number; all: number; english: number }
  >
>;
export function htmlRefs(html: string): { ref: string; rel: string | undefined }[];

export const SPANISH_CHUNK: (code: string) => boolean;
