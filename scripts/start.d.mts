/** Types of scripts/start.mjs (plain JavaScript: it runs before anything is compiled). */
export function heapFlags(env: Record<string, string | undefined>): { flags: string[]; error?: undefined } | { error: string; flags?: undefined };
export function staleReason(root?: string): string | undefined;
export function build(log?: (line: string) => void): number;
