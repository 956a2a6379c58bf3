/**
 * Every address of the staff app. Everything but the sign-in page needs a session. The client
 * portal (/p/…, /portal…) is its own entry, portal.html (src/web/portal-app).
 *
 * Each page's code is a chunk of its own, fetched when the page is first opened (the router waits
 * for it before it shows the page): the app's first view evaluates only the shell and that one page
 * (docs/PERFORMANCE.md, "Outcomes dashboard"). src/server/web/preload.ts names a dashboard's chunks
 * in a header, so opening one directly fetches them beside the main scripts.
 */
import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import type { Action } from '../../domain/access/roles.ts';
import { SignInPage } from '../auth/SignInPage.tsx';
import { AppLayout } from './AppLayout.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { RequirePermission } from './RequirePermission.tsx';
import { RequireSession } from './RequireSession.tsx';
import { RouteError } from './RouteError.tsx';

/** A route's page, loaded when first matched; shown only to roles that may `action` when given. */
function page(load: () => Promise<ComponentType>, action?: Action) {
  return {
    lazy: async () => {
      const Page = await load();
      return {
        element: action ? (
          <RequirePermission action={action}>
            <Page />
          </RequirePermission>
        ) : (
          <Page />
        ),
      };
    },
  };
}

export function createRouter() {
  return createBrowserRouter([
    { path: '/sign-in', element: <SignInPage />, errorElement: <RouteError standalone /> },
    {
      path: '/',
      element: (
        <RequireSession>
          <AppLayout />
        </RequireSession>
      ),
      errorElement: <RouteError standalone />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { index: true, ...page(() => import('./HomePage.tsx').then((m) => m.HomePage)) },
            {
              path: 'clients',
              ...page(() => import('../clients/ClientsPage.tsx').then((m) => m.ClientsPage), 'client.read'),
            },
            {
              path: 'clients/new',
              ...page(
                () => import('../clients/NewClientPage.tsx').then((m) => m.NewClientPage),
                'client.create',
              ),
            },
            {
              path: 'clients/import',
              ...page(
                () =>
                  import('../imports/DataImportPage.tsx').then((m) => () => (
                    <m.DataImportPage kind="clients" />
                  )),
                'client.import',
              ),
            },
            {
              path: 'clients/import-questionnaires',
              ...page(
                () =>
                  import('../imports/DataImportPage.tsx').then((m) => () => (
                    <m.DataImportPage kind="responses" />
                  )),
                'response.import',
              ),
            },
            {
              path: 'clients/:id',
              ...page(() => import('../clients/ClientPage.tsx').then((m) => m.ClientPage), 'client.read'),
            },
            {
              path: 'clients/:id/questionnaires/new',
              ...page(
                () => import('../responses/NewResponsePage.tsx').then((m) => m.NewResponsePage),
                'response.create',
              ),
            },
            {
              path: 'instruments',
              ...page(
                () => import('../instruments/InstrumentsPage.tsx').then((m) => m.InstrumentsPage),
                'instrument.read',
              ),
            },
            {
              path: 'instruments/translations',
              ...page(
                () => import('../instruments/TranslationsPage.tsx').then((m) => m.TranslationsPage),
                'instrument.read',
              ),
            },
            {
              path: 'instruments/:id',
              ...page(
                () => import('../instruments/InstrumentPage.tsx').then((m) => m.InstrumentPage),
                'instrument.read',
              ),
            },
            {
              path: 'evidence',
              ...page(
                () => import('../evidence/EvidencePage.tsx').then((m) => m.EvidencePage),
                'evidence.read',
              ),
            },
            {
              path: 'evidence/import',
              ...page(
                () => import('../evidence/ImportPage.tsx').then((m) => m.ImportPage),
                'evidence.curate',
              ),
            },
            {
              path: 'evidence/:id',
              ...page(() => import('../evidence/StudyPage.tsx').then((m) => m.StudyPage), 'evidence.read'),
            },
            {
              path: 'meta',
              ...page(() => import('../meta/MetaPage.tsx').then((m) => m.MetaPage), 'meta.run'),
            },
            {
              path: 'audit',
              ...page(() => import('../audit/AuditPage.tsx').then((m) => m.AuditPage), 'audit.read'),
            },
            {
              path: 'members',
              ...page(() => import('../members/MembersPage.tsx').then((m) => m.MembersPage), 'member.read'),
            },
            {
              path: 'organization',
              ...page(
                () => import('../organization/OrganizationPage.tsx').then((m) => m.OrganizationPage),
                'crisis-line.manage',
              ),
            },
            // Care: the facilitator's day, sessions, dosing records, screening (web-care).
            {
              path: 'today',
              ...page(() => import('../today/TodayPage.tsx').then((m) => m.TodayPage), 'session.read'),
            },
            {
              path: 'sessions/:id',
              ...page(() => import('../sessions/SessionPage.tsx').then((m) => m.SessionPage), 'session.read'),
            },
            {
              path: 'sessions/:id/record-dosing/:enrollmentId',
              ...page(
                () => import('../dosing/DosingDayPage.tsx').then((m) => m.DosingDayPage),
                'dosing.record',
              ),
            },
            {
              path: 'dosing-records/:id',
              ...page(
                () => import('../dosing/DosingRecordPage.tsx').then((m) => m.DosingRecordPage),
                'dosing.read',
              ),
            },
            {
              path: 'enrollments/:id/screening',
              ...page(
                () => import('../enrollments/ScreeningPage.tsx').then((m) => m.ScreeningPage),
                'screening.record',
              ),
            },
            // Programs, cohorts, rooms and the calendar (web-programs).
            {
              path: 'calendar',
              ...page(
                () => import('../calendar/CalendarPage.tsx').then((m) => m.CalendarPage),
                'session.read',
              ),
            },
            {
              path: 'programs',
              ...page(
                () => import('../programs/ProgramsPage.tsx').then((m) => m.ProgramsPage),
                'program.read',
              ),
            },
            {
              path: 'programs/new',
              ...page(
                () => import('../programs/NewProgramPage.tsx').then((m) => m.NewProgramPage),
                'program.manage',
              ),
            },
            {
              path: 'programs/new/blank',
              ...page(
                () => import('../programs/ProgramPage.tsx').then((m) => m.NewBlankProgramPage),
                'program.manage',
              ),
            },
            {
              path: 'programs/:id',
              ...page(() => import('../programs/ProgramPage.tsx').then((m) => m.ProgramPage), 'program.read'),
            },
            // Program outcomes: aggregates for clinical leads and researchers (web-outcomes).
            {
              path: 'outcomes',
              ...page(
                () => import('../outcomes/OutcomesIndexPage.tsx').then((m) => m.OutcomesIndexPage),
                'outcome.read',
              ),
            },
            {
              path: 'programs/:id/outcomes',
              ...page(
                () => import('../outcomes/OutcomesPage.tsx').then((m) => m.OutcomesPage),
                'outcome.read',
              ),
            },
            {
              path: 'cohorts',
              ...page(() => import('../cohorts/CohortsPage.tsx').then((m) => m.CohortsPage), 'session.read'),
            },
            {
              path: 'cohorts/new',
              ...page(
                () => import('../cohorts/NewCohortPage.tsx').then((m) => m.NewCohortPage),
                'cohort.manage',
              ),
            },
            {
              path: 'cohorts/:id',
              ...page(() => import('../cohorts/CohortPage.tsx').then((m) => m.CohortPage), 'session.read'),
            },
            // The front office: the applications queue and each application (issue 16).
            {
              path: 'applications',
              ...page(
                () => import('../front-office/ApplicationsPage.tsx').then((m) => m.ApplicationsPage),
                'screening.record',
              ),
            },
            {
              path: 'applications/:id',
              ...page(
                () => import('../front-office/ApplicationPage.tsx').then((m) => m.ApplicationPage),
                'screening.record',
              ),
            },
            {
              path: 'rooms',
              ...page(() => import('../rooms/RoomsPage.tsx').then((m) => m.RoomsPage), 'session.read'),
            },
            {
              path: 'lodging',
              ...page(() => import('../lodging/LodgingPage.tsx').then((m) => m.LodgingPage), 'lodging.read'),
            },
            {
              path: 'lots',
              ...page(() => import('../dosing/LotsPage.tsx').then((m) => m.LotsPage), 'lot.read'),
            },
            // Safety alerts, the outbox (portal and messaging).
            {
              path: 'alerts',
              ...page(() => import('../alerts/AlertsPage.tsx').then((m) => m.AlertsPage), 'alert.read'),
            },
            {
              path: 'outbox',
              ...page(() => import('../outbox/OutboxPage.tsx').then((m) => m.OutboxPage), 'outbox.read'),
            },
            {
              path: 'account',
              ...page(() => import('../account/AccountPage.tsx').then((m) => m.AccountPage)),
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
