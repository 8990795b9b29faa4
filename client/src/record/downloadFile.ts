import { apiFetchFile, type FetchError } from '../api/apiFetch';
import { fileNameFrom } from './exportFiles';

/**
 * Fetches a file with the facilitator key (a plain link cannot carry it: the key stays out of URLs
 * the server sees) and hands it to the browser as a download. Null when saved, else why not.
 */
export async function downloadFile(
  path: string,
  key: string,
  fallbackName: string,
): Promise<FetchError | null> {
  const result = await apiFetchFile(path, { token: key });
  if (!result.ok) return result.error;
  let blob: Blob;
  try {
    blob = await result.data.blob();
  } catch (err) {
    return { code: 'network', message: String(err) };
  }
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameFrom(result.data.headers.get('Content-Disposition'), fallbackName);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; the blob can go a moment later.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return null;
}
