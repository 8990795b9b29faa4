/**
 * Where this device remembers who it is in each workshop. The key names are part of the contract
 * with the end-to-end tests, so they are spelled out once here.
 */
import { readString, removeKey, writeString } from './storage';

const facilitatorKey = (workshopId: string) => `majlis:facilitator:${workshopId}`;
const participantKey = (workshopId: string) => `majlis:participant:${workshopId}`;
const participantIdKey = (workshopId: string) => `majlis:participant-id:${workshopId}`;
const boardKey = (workshopId: string) => `majlis:board:${workshopId}`;
const joinLinkKey = (workshopId: string) => `majlis:join-key:${workshopId}`;

export const credentials = {
  facilitator: {
    get: (workshopId: string) => readString(facilitatorKey(workshopId)),
    set: (workshopId: string, key: string) => writeString(facilitatorKey(workshopId), key),
  },
  board: {
    get: (workshopId: string) => readString(boardKey(workshopId)),
    set: (workshopId: string, token: string) => writeString(boardKey(workshopId), token),
  },
  /** The join link's key (not a credential: it only spares a join the limits on typed codes). */
  joinKey: {
    get: (workshopId: string) => readString(joinLinkKey(workshopId)),
    set: (workshopId: string, key: string) => writeString(joinLinkKey(workshopId), key),
  },
  participant: {
    get: (workshopId: string) => readString(participantKey(workshopId)),
    getId: (workshopId: string) => readString(participantIdKey(workshopId)),
    set: (workshopId: string, token: string, participantId: string) => {
      writeString(participantKey(workshopId), token);
      writeString(participantIdKey(workshopId), participantId);
    },
    forget: (workshopId: string) => {
      removeKey(participantKey(workshopId));
      removeKey(participantIdKey(workshopId));
    },
  },
};

/** Marks a workshop as just created in this tab, so the console shows the secret link up front. */
export const justCreatedFlag = (workshopId: string) => `majlis:new:${workshopId}`;
