/** Ending a workshop and renewing its links, over the facilitator's HTTP API. */
import type {
  EndWorkshopResponse,
  RotateBoardLinkResponse,
  RotateFacilitatorKeyResponse,
} from '@majlis/shared';
import { apiFetch, type FetchResult } from '../api/apiFetch';

const base = (workshopId: string) => `/api/workshops/${encodeURIComponent(workshopId)}`;

export function endWorkshop(workshopId: string, key: string): Promise<FetchResult<EndWorkshopResponse>> {
  return apiFetch(`${base(workshopId)}/end`, { method: 'POST', token: key });
}

export function rotateFacilitatorKey(
  workshopId: string,
  key: string,
): Promise<FetchResult<RotateFacilitatorKeyResponse>> {
  return apiFetch(`${base(workshopId)}/facilitator-key/rotate`, { method: 'POST', token: key });
}

export function rotateBoardLink(
  workshopId: string,
  key: string,
): Promise<FetchResult<RotateBoardLinkResponse>> {
  return apiFetch(`${base(workshopId)}/board-link/rotate`, { method: 'POST', token: key });
}
