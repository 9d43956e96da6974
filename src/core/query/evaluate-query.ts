import type { VaultIndex } from '../index/vault-index';
import { evaluateActions, type ActionsResult } from './evaluate-actions';
import { evaluateMeetings, evaluatePeople, type MeetingsResult, type PeopleResult } from './evaluate-lists';
import { parseQuery } from './parse-query';
import type { QueryContext } from './query-context';
import type { Query, QueryProblem } from './query-types';

export type QueryResult = ActionsResult | PeopleResult | MeetingsResult | { readonly kind: 'problems'; readonly problems: readonly QueryProblem[] };

/** Runs a parsed query against the index as it is now. Never throws. */
export function evaluateQuery(index: VaultIndex, query: Query, context: QueryContext): QueryResult {
  try {
    if (query.show === 'people') return evaluatePeople(index, query, context);
    if (query.show === 'meetings') return evaluateMeetings(index, query, context);
    return evaluateActions(index, query, context);
  } catch (error) {
    // A bug must not take the note down with it: the block says what failed instead.
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: 'problems', problems: [{ line: 0, message: `the query could not run (${detail}); please report this` }] };
  }
}

/** Parses and runs a block's source: its problems when it has any, else its result. */
export function runQuery(index: VaultIndex, source: string, context: QueryContext): QueryResult {
  const parsed = parseQuery(source);
  if (parsed.problems.length > 0) return { kind: 'problems', problems: parsed.problems };
  return evaluateQuery(index, parsed.query, context);
}
