/**
 * Every address of the staff app. Everything but the sign-in page needs a session. The client
 * portal (/p/…, /portal…) is its own entry, portal.html (src/web/portal-app).
 */
import { createBrowserRouter } from 'react-router';
import { AccountPage } from '../account/AccountPage.tsx';
import { AlertsPage } from '../alerts/AlertsPage.tsx';
import { AuditPage } from '../audit/AuditPage.tsx';
import { SignInPage } from '../auth/SignInPage.tsx';
import { CalendarPage } from '../calendar/CalendarPage.tsx';
import { ClientPage } from '../clients/ClientPage.tsx';
import { ClientsPage } from '../clients/ClientsPage.tsx';
import { NewClientPage } from '../clients/NewClientPage.tsx';
import { CohortPage } from '../cohorts/CohortPage.tsx';
import { CohortsPage } from '../cohorts/CohortsPage.tsx';
import { NewCohortPage } from '../cohorts/NewCohortPage.tsx';
import { DosingDayPage } from '../dosing/DosingDayPage.tsx';
import { DosingRecordPage } from '../dosing/DosingRecordPage.tsx';
import { LotsPage } from '../dosing/LotsPage.tsx';
import { ScreeningPage } from '../enrollments/ScreeningPage.tsx';
import { EvidencePage } from '../evidence/EvidencePage.tsx';
import { ImportPage } from '../evidence/ImportPage.tsx';
import { StudyPage } from '../evidence/StudyPage.tsx';
import { ApplicationPage } from '../front-office/ApplicationPage.tsx';
import { ApplicationsPage } from '../front-office/ApplicationsPage.tsx';
import { DataImportPage } from '../imports/DataImportPage.tsx';
import { InstrumentPage } from '../instruments/InstrumentPage.tsx';
import { InstrumentsPage } from '../instruments/InstrumentsPage.tsx';
import { TranslationsPage } from '../instruments/TranslationsPage.tsx';
import { LodgingPage } from '../lodging/LodgingPage.tsx';
import { MembersPage } from '../members/MembersPage.tsx';
import { MetaPage } from '../meta/MetaPage.tsx';
import { OrganizationPage } from '../organization/OrganizationPage.tsx';
import { OutboxPage } from '../outbox/OutboxPage.tsx';
import { OutcomesIndexPage } from '../outcomes/OutcomesIndexPage.tsx';
import { OutcomesPage } from '../outcomes/OutcomesPage.tsx';
import { NewProgramPage } from '../programs/NewProgramPage.tsx';
import { NewBlankProgramPage, ProgramPage } from '../programs/ProgramPage.tsx';
import { ProgramsPage } from '../programs/ProgramsPage.tsx';
import { NewResponsePage } from '../responses/NewResponsePage.tsx';
import { RoomsPage } from '../rooms/RoomsPage.tsx';
import { SessionPage } from '../sessions/SessionPage.tsx';
import { TodayPage } from '../today/TodayPage.tsx';
import { AppLayout } from './AppLayout.tsx';
import { HomePage } from './HomePage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { RequirePermission } from './RequirePermission.tsx';
import { RequireSession } from './RequireSession.tsx';
import { RouteError } from './RouteError.tsx';

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
            { index: true, element: <HomePage /> },
            {
              path: 'clients',
              element: (
                <RequirePermission action="client.read">
                  <ClientsPage />
                </RequirePermission>
              ),
            },
            {
              path: 'clients/new',
              element: (
                <RequirePermission action="client.create">
                  <NewClientPage />
                </RequirePermission>
              ),
            },
            {
              path: 'clients/import',
              element: (
                <RequirePermission action="client.import">
                  <DataImportPage kind="clients" />
                </RequirePermission>
              ),
            },
            {
              path: 'clients/import-questionnaires',
              element: (
                <RequirePermission action="response.import">
                  <DataImportPage kind="responses" />
                </RequirePermission>
              ),
            },
            {
              path: 'clients/:id',
              element: (
                <RequirePermission action="client.read">
                  <ClientPage />
                </RequirePermission>
              ),
            },
            {
              path: 'clients/:id/questionnaires/new',
              element: (
                <RequirePermission action="response.create">
                  <NewResponsePage />
                </RequirePermission>
              ),
            },
            {
              path: 'instruments',
              element: (
                <RequirePermission action="instrument.read">
                  <InstrumentsPage />
                </RequirePermission>
              ),
            },
            {
              path: 'instruments/translations',
              element: (
                <RequirePermission action="instrument.read">
                  <TranslationsPage />
                </RequirePermission>
              ),
            },
            {
              path: 'instruments/:id',
              element: (
                <RequirePermission action="instrument.read">
                  <InstrumentPage />
                </RequirePermission>
              ),
            },
            {
              path: 'evidence',
              element: (
                <RequirePermission action="evidence.read">
                  <EvidencePage />
                </RequirePermission>
              ),
            },
            {
              path: 'evidence/import',
              element: (
                <RequirePermission action="evidence.curate">
                  <ImportPage />
                </RequirePermission>
              ),
            },
            {
              path: 'evidence/:id',
              element: (
                <RequirePermission action="evidence.read">
                  <StudyPage />
                </RequirePermission>
              ),
            },
            {
              path: 'meta',
              element: (
                <RequirePermission action="meta.run">
                  <MetaPage />
                </RequirePermission>
              ),
            },
            {
              path: 'audit',
              element: (
                <RequirePermission action="audit.read">
                  <AuditPage />
                </RequirePermission>
              ),
            },
            {
              path: 'members',
              element: (
                <RequirePermission action="member.read">
                  <MembersPage />
                </RequirePermission>
              ),
            },
            {
              path: 'organization',
              element: (
                <RequirePermission action="crisis-line.manage">
                  <OrganizationPage />
                </RequirePermission>
              ),
            },
            // Care: the facilitator's day, sessions, dosing records, screening (web-care).
            {
              path: 'today',
              element: (
                <RequirePermission action="session.read">
                  <TodayPage />
                </RequirePermission>
              ),
            },
            {
              path: 'sessions/:id',
              element: (
                <RequirePermission action="session.read">
                  <SessionPage />
                </RequirePermission>
              ),
            },
            {
              path: 'sessions/:id/record-dosing/:enrollmentId',
              element: (
                <RequirePermission action="dosing.record">
                  <DosingDayPage />
                </RequirePermission>
              ),
            },
            {
              path: 'dosing-records/:id',
              element: (
                <RequirePermission action="dosing.read">
                  <DosingRecordPage />
                </RequirePermission>
              ),
            },
            {
              path: 'enrollments/:id/screening',
              element: (
                <RequirePermission action="screening.record">
                  <ScreeningPage />
                </RequirePermission>
              ),
            },
            // Programs, cohorts, rooms and the calendar (web-programs).
            {
              path: 'calendar',
              element: (
                <RequirePermission action="session.read">
                  <CalendarPage />
                </RequirePermission>
              ),
            },
            {
              path: 'programs',
              element: (
                <RequirePermission action="program.read">
                  <ProgramsPage />
                </RequirePermission>
              ),
            },
            {
              path: 'programs/new',
              element: (
                <RequirePermission action="program.manage">
                  <NewProgramPage />
                </RequirePermission>
              ),
            },
            {
              path: 'programs/new/blank',
              element: (
                <RequirePermission action="program.manage">
                  <NewBlankProgramPage />
                </RequirePermission>
              ),
            },
            {
              path: 'programs/:id',
              element: (
                <RequirePermission action="program.read">
                  <ProgramPage />
                </RequirePermission>
              ),
            },
            // Program outcomes: aggregates for clinical leads and researchers (web-outcomes).
            {
              path: 'outcomes',
              element: (
                <RequirePermission action="outcome.read">
                  <OutcomesIndexPage />
                </RequirePermission>
              ),
            },
            {
              path: 'programs/:id/outcomes',
              element: (
                <RequirePermission action="outcome.read">
                  <OutcomesPage />
                </RequirePermission>
              ),
            },
            {
              path: 'cohorts',
              element: (
                <RequirePermission action="session.read">
                  <CohortsPage />
                </RequirePermission>
              ),
            },
            {
              path: 'cohorts/new',
              element: (
                <RequirePermission action="cohort.manage">
                  <NewCohortPage />
                </RequirePermission>
              ),
            },
            {
              path: 'cohorts/:id',
              element: (
                <RequirePermission action="session.read">
                  <CohortPage />
                </RequirePermission>
              ),
            },
            // The front office: the applications queue and each application (issue 16).
            {
              path: 'applications',
              element: (
                <RequirePermission action="screening.record">
                  <ApplicationsPage />
                </RequirePermission>
              ),
            },
            {
              path: 'applications/:id',
              element: (
                <RequirePermission action="screening.record">
                  <ApplicationPage />
                </RequirePermission>
              ),
            },
            {
              path: 'rooms',
              element: (
                <RequirePermission action="session.read">
                  <RoomsPage />
                </RequirePermission>
              ),
            },
            {
              path: 'lodging',
              element: (
                <RequirePermission action="lodging.read">
                  <LodgingPage />
                </RequirePermission>
              ),
            },
            {
              path: 'lots',
              element: (
                <RequirePermission action="lot.read">
                  <LotsPage />
                </RequirePermission>
              ),
            },
            // Safety alerts, the outbox (portal and messaging).
            {
              path: 'alerts',
              element: (
                <RequirePermission action="alert.read">
                  <AlertsPage />
                </RequirePermission>
              ),
            },
            {
              path: 'outbox',
              element: (
                <RequirePermission action="outbox.read">
                  <OutboxPage />
                </RequirePermission>
              ),
            },
            { path: 'account', element: <AccountPage /> },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
