/**
 * Coded errors. Codes are stable: scripts and the CLI summary rely on them.
 * An error on one article is recorded with its source and the batch goes on;
 * configuration errors are thrown at start-up with a message that names the fix.
 */
export const ErrorCodes = {
  EMPTY: 'the input has no text',
  BINARY: 'the input is binary, not text',
  TOO_LARGE: 'the input is larger than the size limit',
  ENCODING: 'the bytes could not be decoded as text',
  NO_BODY: 'no article body could be found',
  BAD_JSON: 'a JSONL line is not valid JSON or lacks text/html',
  FEED_MALFORMED: 'the feed is not well-formed',
  FEED_TRUNCATED: 'the feed ends before it is closed',
  FEED_EMPTY: 'the feed has no items',
  UNREADABLE: 'the file could not be read',
  SYMLINK_LOOP: 'a symbolic link leads back into a folder already being read',
  NOT_FOUND: 'no such file or folder',
  UNSUPPORTED: 'the file type is not supported',
  STAGE_FAILED: 'a pipeline stage failed on this article',
  STAGE_ORDER: 'pipeline stages are wired in the wrong order',
  STORE: 'the store rejected the article',
  USAGE: 'the command line is not valid',
} as const;

export type ErrorCode = keyof typeof ErrorCodes;

export class ParallaxError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly detail?: Record<string, unknown>,
  ) {
    super(message ?? ErrorCodes[code]);
    this.name = 'ParallaxError';
  }
}

/** What the batch reports for one input that failed. */
export interface Failure {
  path: string;
  code: ErrorCode;
  reason: string;
}

export function toFailure(path: string, err: unknown): Failure {
  if (err instanceof ParallaxError) return { path, code: err.code, reason: err.message };
  const e = err as NodeJS.ErrnoException;
  if (e && e.code === 'ELOOP') return { path, code: 'SYMLINK_LOOP', reason: e.message };
  if (e && e.code === 'ENOENT') return { path, code: 'NOT_FOUND', reason: e.message };
  if (e && (e.code === 'EACCES' || e.code === 'EISDIR' || e.code === 'EIO')) return { path, code: 'UNREADABLE', reason: e.message };
  return { path, code: 'STAGE_FAILED', reason: err instanceof Error ? err.message : String(err) };
}
