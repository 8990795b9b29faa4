/** The digest that seals a workshop archive against edits and corruption (see `archiveSchema`). */
import { createHash } from 'node:crypto';
import type { Archive, ArchiveContent } from '@majlis/shared';
import { canonicalJson } from '../audit/auditChain.js';

/** sha256, hex, of the canonical JSON of everything in the archive but its digest. */
export function archiveDigest(archive: ArchiveContent | Archive): string {
  const { digest: _sealed, ...content } = archive as Partial<Archive>;
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}
