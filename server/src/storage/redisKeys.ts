/**
 * Where `RedisStore` keeps each thing. A workshop's keys carry its id as a hash tag (`{id}`), so they
 * share one cluster slot and a Lua script may touch several of them; the server-wide code claims share
 * the `{codes}` tag, so claiming a batch of codes is one script too.
 */
export interface RedisKeys {
  /** The server's signing secret. */
  readonly secret: string;
  /** Join code → workshop id. */
  joinCode(code: string): string;
  /** Invite code → `<workshopId> <inviteId>`. */
  inviteCode(code: string): string;
  /** The workshop record (JSON). */
  workshop(id: string): string;
  /** Hash: participant id → record (JSON). */
  participants(workshopId: string): string;
  /** Hash: invitation id → record (JSON). */
  invites(workshopId: string): string;
  /** Hash: scribe id → record (JSON). */
  scribes(workshopId: string): string;
  /** Hash: vote stage id → roll (JSON array). */
  voteRolls(workshopId: string): string;
  /** List of Yjs updates, oldest first. */
  doc(workshopId: string): string;
  /** How many updates were ever appended to the doc (compaction leaves it): the feed's sequence number. */
  docSeq(workshopId: string): string;
  /** Pub/sub channel: every appended update, as `<instance> <seq> <bytes>`, for the other processes. */
  docChannel(workshopId: string): string;
  /** Held (`SET NX PX`) by the one process compacting the doc's log. */
  docCompactLock(workshopId: string): string;
  /** Hash: participant id → ballot record (JSON), one hash per vote. */
  ballots(workshopId: string, stageId: string): string;
  /** List of audit entries (JSON); entry `seq` sits at index `seq - 1`. */
  audit(workshopId: string): string;
  /** Hash: item id → authorship record (JSON). */
  itemAuthors(workshopId: string): string;
  /** Hash: `<instance> <participant>` → stakeholder group, for each participant connected to each process. */
  presence(workshopId: string): string;
  /** Present (with an expiry its process keeps renewing) while that process runs. */
  instanceAlive(instanceId: string): string;
  /** Pub/sub channel: the id of a workshop whose presence changed. */
  readonly presenceChannel: string;
}

/** The keys under `prefix` (e.g. `majlis:`), which lets several deployments or tests share one Redis. */
export function redisKeys(prefix: string): RedisKeys {
  const w = (id: string, what: string) => `${prefix}w:{${id}}:${what}`;
  return {
    secret: `${prefix}secret`,
    joinCode: (code) => `${prefix}{codes}:join:${code}`,
    inviteCode: (code) => `${prefix}{codes}:invite:${code}`,
    workshop: (id) => w(id, 'workshop'),
    participants: (id) => w(id, 'participants'),
    invites: (id) => w(id, 'invites'),
    scribes: (id) => w(id, 'scribes'),
    voteRolls: (id) => w(id, 'voteRolls'),
    doc: (id) => w(id, 'doc'),
    docSeq: (id) => w(id, 'docSeq'),
    docChannel: (id) => w(id, 'docFeed'),
    docCompactLock: (id) => w(id, 'docCompactLock'),
    ballots: (id, stageId) => w(id, `ballots:${stageId}`),
    audit: (id) => w(id, 'audit'),
    itemAuthors: (id) => w(id, 'itemAuthors'),
    presence: (id) => w(id, 'presence'),
    instanceAlive: (id) => `${prefix}instance:${id}`,
    presenceChannel: `${prefix}presence`,
  };
}
