// `npm install git+<url>`: the clone has no dist/ (it is gitignored), so this passes only if
// `prepare` builds the package with the devDependencies npm installs for a git dependency.
// Slow (npm installs every devDependency into the clone), so it is a file of its own that
// vitest runs beside the others.
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startReferenceServer, type ReferenceServer } from '../../contract-tests/reference-server/index.js';
import { createConsumerProject, makeTempDir, snapshotWorkTreeAsGitRepo, typecheckAndRun } from './consumer-project.js';

const GIT_INSTALL_TIMEOUT_MS = 480_000;

let server: ReferenceServer;
let temp: Awaited<ReturnType<typeof makeTempDir>>;

beforeAll(async () => {
  [server, temp] = await Promise.all([startReferenceServer(), makeTempDir('logto-git-install')]);
});

afterAll(async () => {
  await server?.stop();
  await temp?.remove();
});

it(
  'installs from a git URL into an empty project: prepare builds it, and the consumer type-checks and calls the reference server',
  async () => {
    const repo = path.join(temp.dir, 'repo');
    const app = path.join(temp.dir, 'consumer');
    const url = await snapshotWorkTreeAsGitRepo(repo);
    await createConsumerProject(app, url);
    const output = await typecheckAndRun(app, server);
    expect(output).toEqual({
        invitees: ['packaged@example.com'],
        missingStatus: 404,
        smallForm: { invitees: ['packaged@example.com'], missingStatus: 404 },
        specShipped: true,
      });
  },
  GIT_INSTALL_TIMEOUT_MS,
);
