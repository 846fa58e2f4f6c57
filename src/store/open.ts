/** Opens the store named by a --db value: a file path (SQLite) or, later, a postgres:// URL. */
import { ParallaxError } from '../pipeline/errors.js';
import type { Repository } from './repository.js';
import { SqliteStore } from './sqlite/store.js';

export function openStore(target: string): Repository {
  if (/^postgres(ql)?:\/\//.test(target)) {
    throw new ParallaxError('USAGE', 'the PostgreSQL backend is not available in this version: use a SQLite file path for --db');
  }
  return new SqliteStore(target);
}
