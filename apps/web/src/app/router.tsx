import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { canConductAudits, canReadAuditReports } from '../features/audit-conduct/access';
import { Guard, NotFound } from './Guard';
import { AppLayout } from './layout/AppLayout';
import { canOpen } from './layout/menuItems';
import { FullPageSpin, RequireAuth } from './RequireAuth';
import { useSession } from './session';

// Pages are split into their own chunks and loaded on first visit.
const LoginPage = lazy(() => import('../features/auth/LoginPage').then((m) => ({ default: m.LoginPage })));
const InvitePage = lazy(() => import('../features/auth/InvitePage').then((m) => ({ default: m.InvitePage })));
const DashboardPage = lazy(() =>
  import('../features/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })),
);
const EstatesPage = lazy(() =>
  import('../features/estates/EstatesPage').then((m) => ({ default: m.EstatesPage })),
);
const UsersPage = lazy(() => import('../features/users/UsersPage').then((m) => ({ default: m.UsersPage })));
const ComparisonPage = lazy(() =>
  import('../features/comparison/ComparisonPage').then((m) => ({ default: m.ComparisonPage })),
);
const ScorecardPage = lazy(() =>
  import('../features/scorecard/ScorecardPage').then((m) => ({ default: m.ScorecardPage })),
);
const FiguresPage = lazy(() =>
  import('../features/figures/FiguresPage').then((m) => ({ default: m.FiguresPage })),
);
const ApprovalsPage = lazy(() =>
  import('../features/approvals/ApprovalsPage').then((m) => ({ default: m.ApprovalsPage })),
);
const IndicatorsPage = lazy(() =>
  import('../features/indicators/IndicatorsPage').then((m) => ({ default: m.IndicatorsPage })),
);
const CompaniesPage = lazy(() =>
  import('../features/companies/CompaniesPage').then((m) => ({ default: m.CompaniesPage })),
);

const AuditConductPage = lazy(() =>
  import('../features/audit-conduct/ConductPage').then((m) => ({ default: m.ConductPage })),
);
const AuditReportPage = lazy(() =>
  import('../features/audit-conduct/ReportPage').then((m) => ({ default: m.ReportPage })),
);
const AuditTemplatesPage = lazy(() =>
  import('../features/audit-templates/AuditTemplatesPage').then((m) => ({ default: m.AuditTemplatesPage })),
);
const AuditTemplateEditorPage = lazy(() =>
  import('../features/audit-templates/AuditTemplateEditorPage').then((m) => ({
    default: m.AuditTemplateEditorPage,
  })),
);
const AuditsPage = lazy(() =>
  import('../features/audits/AuditsPage').then((m) => ({ default: m.AuditsPage })),
);
const AuditDetailPage = lazy(() =>
  import('../features/audits/AuditDetailPage').then((m) => ({ default: m.AuditDetailPage })),
);
const CampaignsPage = lazy(() =>
  import('../features/audits/CampaignsPage').then((m) => ({ default: m.CampaignsPage })),
);
const SchedulesPage = lazy(() =>
  import('../features/audits/SchedulesPage').then((m) => ({ default: m.SchedulesPage })),
);
const RectificationsPage = lazy(() =>
  import('../features/rectifications/RectificationsPage').then((m) => ({ default: m.RectificationsPage })),
);
const RectificationPage = lazy(() =>
  import('../features/rectifications/RectificationPage').then((m) => ({ default: m.RectificationPage })),
);
const CampaignOverviewPage = lazy(() =>
  import('../features/rectifications/CampaignOverviewPage').then((m) => ({
    default: m.CampaignOverviewPage,
  })),
);

const TeamPage = lazy(() => import('../features/team/TeamPage').then((m) => ({ default: m.TeamPage })));
const StaffDetailPage = lazy(() =>
  import('../features/team/StaffDetailPage').then((m) => ({ default: m.StaffDetailPage })),
);
const RosterPage = lazy(() =>
  import('../features/rosters/RosterPage').then((m) => ({ default: m.RosterPage })),
);
const MyShiftsPage = lazy(() =>
  import('../features/rosters/MyShiftsPage').then((m) => ({ default: m.MyShiftsPage })),
);
const StaffingPage = lazy(() =>
  import('../features/staffing/StaffingPage').then((m) => ({ default: m.StaffingPage })),
);
const OperationsPage = lazy(() =>
  import('../features/operations/OperationsPage').then((m) => ({ default: m.OperationsPage })),
);

const WorkOrdersPage = lazy(() =>
  import('../features/work-orders/WorkOrdersPage').then((m) => ({ default: m.WorkOrdersPage })),
);
const WorkOrderBoardPage = lazy(() =>
  import('../features/work-orders/BoardPage').then((m) => ({ default: m.BoardPage })),
);

const RepairReportPage = lazy(() =>
  import('../features/repair-reports/ReportPage').then((m) => ({ default: m.ReportPage })),
);
const RepairTrackingPage = lazy(() =>
  import('../features/repair-reports/TrackingPage').then((m) => ({ default: m.TrackingPage })),
);
const RepairPosterPage = lazy(() =>
  import('../features/repair-reports/PosterPage').then((m) => ({ default: m.PosterPage })),
);

const ComplaintsPage = lazy(() =>
  import('../features/complaints/ComplaintsPage').then((m) => ({ default: m.ComplaintsPage })),
);
const SurveysPage = lazy(() =>
  import('../features/surveys/SurveysPage').then((m) => ({ default: m.SurveysPage })),
);
const PublicSurveyPage = lazy(() =>
  import('../features/surveys/PublicSurveyPage').then((m) => ({ default: m.PublicSurveyPage })),
);

const CompanySettingsPage = lazy(() =>
  import('../features/settings/CompanySettingsPage').then((m) => ({ default: m.CompanySettingsPage })),
);

/** A platform admin has no company: their home is the list of companies. */
function Home() {
  const { company } = useSession();
  if (!company) return <Navigate to="/companies" replace />;
  return <DashboardPage />;
}

export const router = createBrowserRouter([
  {
    path: '/login',
    element: (
      <Suspense fallback={<FullPageSpin />}>
        <LoginPage />
      </Suspense>
    ),
  },
  {
    // Public: a resident reports a repair from an estate's QR code poster (no sign-in).
    path: '/r/:token',
    element: (
      <Suspense fallback={<FullPageSpin />}>
        <RepairReportPage />
      </Suspense>
    ),
  },
  {
    // Public: the resident's tracking link of a report (progress, rating).
    path: '/t/:token',
    element: (
      <Suspense fallback={<FullPageSpin />}>
        <RepairTrackingPage />
      </Suspense>
    ),
  },
  {
    // Public: an invited user redeems the code from the link `/invite?code=…`.
    path: '/invite',
    element: (
      <Suspense fallback={<FullPageSpin />}>
        <InvitePage />
      </Suspense>
    ),
  },
  {
    // Public: a resident answers a satisfaction survey with a household code, without signing in.
    path: '/s/:token',
    element: (
      <Suspense fallback={<FullPageSpin />}>
        <PublicSurveyPage />
      </Suspense>
    ),
  },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <Home /> },
      {
        path: 'estates',
        element: (
          <Guard allow={canOpen.estates}>
            <EstatesPage />
          </Guard>
        ),
      },
      {
        path: 'estates/:id/scorecard',
        element: (
          <Guard allow={canOpen.comparison}>
            <ScorecardPage />
          </Guard>
        ),
      },
      {
        path: 'comparison',
        element: (
          <Guard allow={canOpen.comparison}>
            <ComparisonPage />
          </Guard>
        ),
      },
      {
        // 编制合规; `?estate=<id>` opens an estate's detail (the certificate reminders link there).
        path: 'staffing',
        element: (
          <Guard allow={canOpen.staffing}>
            <StaffingPage />
          </Guard>
        ),
      },
      {
        // 报修工单: the list (`?estate=<id>`) with the service commitments, and the live board.
        path: 'work-orders',
        element: (
          <Guard allow={canOpen.workOrders}>
            <WorkOrdersPage />
          </Guard>
        ),
      },
      {
        // 投诉管理; `?estate=<id>&complaint=<id>` opens one (the major-complaint notification links there).
        path: 'complaints',
        element: (
          <Guard allow={canOpen.complaints}>
            <ComplaintsPage />
          </Guard>
        ),
      },
      {
        path: 'work-orders/board',
        element: (
          <Guard allow={canOpen.workOrders}>
            <WorkOrderBoardPage />
          </Guard>
        ),
      },
      {
        // 小区运营: fees, incidents, facility checks, activities, special services (`?estate=&tab=`).
        path: 'operations',
        element: (
          <Guard allow={canOpen.operations}>
            <OperationsPage />
          </Guard>
        ),
      },
      {
        path: 'surveys',
        element: (
          <Guard allow={canOpen.surveys}>
            <SurveysPage />
          </Guard>
        ),
      },
      {
        path: 'rectifications',
        element: (
          <Guard allow={canOpen.rectifications}>
            <RectificationsPage />
          </Guard>
        ),
      },
      {
        path: 'rectifications/:id',
        element: (
          <Guard allow={canOpen.rectifications}>
            <RectificationPage />
          </Guard>
        ),
      },
      {
        path: 'audit-campaigns/:id/overview',
        element: (
          <Guard allow={canOpen.auditOverview}>
            <CampaignOverviewPage />
          </Guard>
        ),
      },
      {
        path: 'figures',
        element: (
          <Guard allow={canOpen.figures}>
            <FiguresPage />
          </Guard>
        ),
      },
      {
        path: 'approvals',
        element: (
          <Guard allow={canOpen.approvals}>
            <ApprovalsPage />
          </Guard>
        ),
      },
      {
        path: 'audit-templates',
        element: (
          <Guard allow={canOpen.auditTemplates}>
            <AuditTemplatesPage />
          </Guard>
        ),
      },
      {
        path: 'audit-templates/:id',
        element: (
          <Guard allow={canOpen.auditTemplates}>
            <AuditTemplateEditorPage />
          </Guard>
        ),
      },
      {
        path: 'indicators',
        element: (
          <Guard allow={canOpen.indicators}>
            <IndicatorsPage />
          </Guard>
        ),
      },
      {
        path: 'audits',
        element: (
          <Guard allow={canOpen.audits}>
            <AuditsPage />
          </Guard>
        ),
      },
      {
        path: 'audits/:id',
        element: (
          <Guard allow={canOpen.audits}>
            <AuditDetailPage />
          </Guard>
        ),
      },
      {
        path: 'audit-campaigns',
        element: (
          <Guard allow={canOpen.auditCampaigns}>
            <CampaignsPage />
          </Guard>
        ),
      },
      {
        path: 'audit-schedules',
        element: (
          <Guard allow={canOpen.auditSchedules}>
            <SchedulesPage />
          </Guard>
        ),
      },
      {
        path: 'repair-poster',
        element: (
          <Guard allow={canOpen.repairPoster}>
            <RepairPosterPage />
          </Guard>
        ),
      },
      {
        path: 'team',
        element: (
          <Guard allow={canOpen.team}>
            <TeamPage />
          </Guard>
        ),
      },
      {
        path: 'team/staff/:id',
        element: (
          <Guard allow={canOpen.team}>
            <StaffDetailPage />
          </Guard>
        ),
      },
      {
        path: 'rosters',
        element: (
          <Guard allow={canOpen.rosters}>
            <RosterPage />
          </Guard>
        ),
      },
      {
        path: 'my-shifts',
        element: (
          <Guard allow={canOpen.myShifts}>
            <MyShiftsPage />
          </Guard>
        ),
      },
      {
        path: 'users',
        element: (
          <Guard allow={canOpen.users}>
            <UsersPage />
          </Guard>
        ),
      },
      {
        path: 'settings',
        element: (
          <Guard allow={canOpen.settings}>
            <CompanySettingsPage />
          </Guard>
        ),
      },
      {
        path: 'companies',
        element: (
          <Guard allow={canOpen.companies}>
            <CompaniesPage />
          </Guard>
        ),
      },
      {
        path: 'audits/:id/conduct',
        element: (
          <Guard allow={canConductAudits}>
            <AuditConductPage />
          </Guard>
        ),
      },
      {
        path: 'audits/:id/report',
        element: (
          <Guard allow={canReadAuditReports}>
            <AuditReportPage />
          </Guard>
        ),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
