import type { VoteResults } from '@majlis/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FetchError } from '../../api/apiFetch';
import type { CommandSocket } from '../../sync/useCommandSocket';
import { type BallotRecord, fetchStageResults } from './voteRequests';

export interface VoteResultsState {
  readonly results: VoteResults | null;
  /** Who voted what: named votes only, from the results endpoint. */
  readonly ballots: readonly BallotRecord[] | null;
  readonly loading: boolean;
  readonly error: FetchError | null;
}

interface Options {
  readonly workshopId: string;
  readonly stageId: string;
  readonly facilitatorKey: string;
  readonly socket: CommandSocket | null;
  readonly named: boolean;
  /** False until the vote first opens: before that there is nothing to count (and no settings, maybe). */
  readonly enabled: boolean;
  /** Changes when the vote changes state or settings: the endpoint is asked again then. */
  readonly refreshKey: string;
}

const BALLOTS_DELAY_MS = 800;
const REQUEST_TIMEOUT_MS = 15_000;

/**
 * A vote's results for the facilitator. The server pushes `vote:tally` to facilitator sockets
 * after every recount, but only then: on load and after a reconnect, the results endpoint fills in
 * what was missed. A push that lands while a request is out wins over that request's (older)
 * tally. Named votes also refresh who voted what shortly after each push.
 */
export function useVoteResults({
  workshopId,
  stageId,
  facilitatorKey,
  socket,
  named,
  enabled,
  refreshKey,
}: Options): VoteResultsState {
  const [state, setState] = useState<VoteResultsState>({
    results: null,
    ballots: null,
    loading: true,
    error: null,
  });
  const pushes = useRef(0);
  const inflight = useRef<AbortController | null>(null);

  const load = useCallback(async () => {
    inflight.current?.abort();
    const controller = new AbortController();
    inflight.current = controller;
    const pushesBefore = pushes.current;
    const signal = AbortSignal.any([controller.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]);
    const response = await fetchStageResults(workshopId, stageId, facilitatorKey, signal);
    if (controller.signal.aborted) return;
    inflight.current = null;
    if (!response.ok) {
      // Nothing to show yet is not an error: the vote simply has no settings.
      const unconfigured = response.error.code === 'vote_not_configured';
      setState((s) => ({ ...s, loading: false, error: unconfigured ? null : response.error }));
      return;
    }
    const { results, ballots } = response.data;
    setState((s) => ({
      results: pushes.current === pushesBefore ? results : s.results,
      ballots: ballots ?? null,
      loading: false,
      error: null,
    }));
  }, [workshopId, stageId, facilitatorKey]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new state or new settings mean new results
  useEffect(() => {
    if (enabled) void load();
  }, [load, enabled, refreshKey]);

  useEffect(() => () => inflight.current?.abort(), []);

  useEffect(() => {
    if (!socket) return;
    let ballotsTimer: number | undefined;
    const onTally = (tally: { stageId: string; results: VoteResults }) => {
      if (tally.stageId !== stageId) return;
      pushes.current += 1;
      setState((s) => ({ ...s, results: tally.results, loading: false, error: null }));
      if (named && ballotsTimer === undefined) {
        ballotsTimer = window.setTimeout(() => {
          ballotsTimer = undefined;
          void load();
        }, BALLOTS_DELAY_MS);
      }
    };
    const onConnect = () => {
      if (enabled) void load();
    };
    socket.on('vote:tally', onTally);
    socket.on('connect', onConnect);
    return () => {
      socket.off('vote:tally', onTally);
      socket.off('connect', onConnect);
      window.clearTimeout(ballotsTimer);
    };
  }, [socket, stageId, named, enabled, load]);

  return state;
}
