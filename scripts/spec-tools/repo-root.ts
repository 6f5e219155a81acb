import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository root, found from this file's location so it works from any cwd and in a clean CI clone. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Our corrected spec, built by spec:build (upstream + overlay): spec:pull must never write over it. */
export const ourSpecPath = path.join(repoRoot, 'openapi', 'logto-management.yaml');

export const carriedOperationsPath = path.join(repoRoot, 'openapi', 'carried-operations.json');

/** Logto 1.42's served spec; CI clones the repo beside ../shared, so it is found relative to the root. */
export const logtoFixturePath = path.resolve(repoRoot, '..', 'shared', 'fixtures', 'logto-1.42-management.openapi.json');

/** Every correction we make to Logto's served spec, as an OpenAPI Overlay 1.0 document. */
export const correctionsOverlayPath = path.join(repoRoot, 'openapi', 'corrections.overlay.yaml');

/**
 * Logto's served spec for the whole Management API, as `spec:pull` writes it (prose removed);
 * named after the file Logto serves (`/api/.well-known/management.openapi.json`).
 */
export const upstreamAllPath = path.join(repoRoot, 'openapi', 'upstream', 'management.openapi.json');

/** Where spec:pull writes by default: the upstream spec:build reads. */
export const defaultUpstreamOutPath = upstreamAllPath;
