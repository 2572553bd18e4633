import { createHash } from 'node:crypto';

/**
 * A named statement. PostgreSQL parses it once per pooled connection instead of on every request, and after five runs
 * keeps one generic plan when that plan is estimated to cost no more than planning for each run's values
 * (plan_cache_mode auto). Parsing and planning were most of the cost of the small statements behind every request: the
 * session query took 0.72 ms unnamed and 0.18 ms named (bench/README.md).
 */
export class PreparedStatement {
  readonly name: string;

  constructor(readonly text: string) {
    this.name = `steerline_${createHash('sha1').update(text).digest('base64url')}`;
  }

  toString(): string {
    return this.text;
  }
}

/** Each pooled connection keeps every statement it prepared; statements built from filters are named up to this many. */
const MAX_BUILT_STATEMENTS = 200;
const builtStatementNames = new Set<string>();

/**
 * A statement whose text is built per request (a list's filters and sort): named while there are few distinct texts,
 * so the common shapes are prepared and a flood of rare ones cannot grow every connection's memory without end.
 */
export function preparedWhileFew(text: string): PreparedStatement | string {
  const statement = new PreparedStatement(text);
  if (builtStatementNames.has(statement.name)) return statement;
  if (builtStatementNames.size >= MAX_BUILT_STATEMENTS) return text;
  builtStatementNames.add(statement.name);
  return statement;
}

/** A statement built per request (filters, sort) with its parameters, before it is named with preparedWhileFew. */
export interface SqlQuery {
  text: string;
  values: unknown[];
}

export interface Queryable {
  query(query: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * Runs a statement through a TypeORM DataSource, EntityManager or Repository. TypeORM hands the query to `pg`
 * untouched, and `pg` takes a `{ name, text }` object where TypeORM's types say string.
 */
export function runPrepared<Row>(runner: Queryable, statement: PreparedStatement | string, parameters: unknown[] = []): Promise<Row[]> {
  return runner.query(statement as unknown as string, parameters) as Promise<Row[]>;
}
