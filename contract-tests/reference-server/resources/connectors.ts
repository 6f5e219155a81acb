import { guardQuery } from '../http/query.js';
import type { RouteDefinition } from '../http/types.js';
import { object, optional, string } from '../validation/schema.js';

/** The one connector this server can have: its file e-mail connector. */
const FILE_CONNECTOR_TARGET = 'file-email';

/**
 * `GET /api/connectors` (ListConnectors, outside the invitation family the reference server implements): Logto lists the tenant's connectors, and the live
 * suite reads the list (read-only) to tell whether an e-mail connector exists. Without one Logto
 * answers `[]`; with its mock e-mail connector it answers one entry with `type: "Email"` and the
 * fields below. ASSUMPTION: the values other than `type` describe this server's file connector
 * (Logto would describe its own connector package); nothing reads them. `target` filters by the
 * connector's target as Logto's does (empty: no filter; repeated: 400).
 */
export const connectorRoutes: RouteDefinition[] = [
  {
    path: '/api/connectors',
    methods: {
      GET: ({ query, services }) => {
        const { target } = guardQuery(query, ['target'], object({ target: optional(string()) }));
        const listed = services.email.configured && (!target || target === FILE_CONNECTOR_TARGET);
        return Promise.resolve({
          status: 200,
          body: listed
            ? [
                {
                  id: 'reference-file-email',
                  syncProfile: false,
                  enableTokenStorage: false,
                  config: {},
                  metadata: {},
                  connectorId: 'reference-server-file-email',
                  target: FILE_CONNECTOR_TARGET,
                  name: { en: 'File e-mail connector (reference server)' },
                  description: { en: 'Appends each message to the outbox file as one JSON line.' },
                  logo: '',
                  logoDark: null,
                  readme: '',
                  platform: null,
                  type: 'Email',
                  isDemo: false,
                  extraInfo: {},
                },
              ]
            : [],
        });
      },
    },
  },
];
