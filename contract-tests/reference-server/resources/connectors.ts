import type { RouteDefinition } from '../http/types.js';

/**
 * `GET /api/connectors`, outside our spec: Logto lists the tenant's connectors, and the live
 * suite reads the list (read-only) to tell whether an e-mail connector exists. Without one Logto
 * answers `[]`; with its mock e-mail connector it answers one entry with `type: "Email"` and the
 * fields below. ASSUMPTION: the values other than `type` describe this server's file connector
 * (Logto would describe its own connector package); nothing reads them.
 */
export const connectorRoutes: RouteDefinition[] = [
  {
    path: '/api/connectors',
    methods: {
      GET: ({ services }) =>
        Promise.resolve({
          status: 200,
          body: services.email.configured
            ? [
                {
                  id: 'reference-file-email',
                  syncProfile: false,
                  enableTokenStorage: false,
                  config: {},
                  metadata: {},
                  connectorId: 'reference-server-file-email',
                  target: 'file-email',
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
        }),
    },
  },
];
