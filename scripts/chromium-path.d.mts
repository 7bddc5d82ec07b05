export const CANDIDATES: string[];
export function findChromium(): string | null;
export const INSTALL_HINT: string;
export function chromiumArgs(dir: string): string[];
