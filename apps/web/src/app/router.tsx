import type { RouteObject } from 'react-router';
import { Layout } from './layout';
import { RequireSignIn } from './require-sign-in';
import { AccessibilityPage } from './routes/accessibility';
import { AccountPage } from './routes/account';
import { AccountTwoFactorPage } from './routes/account-two-factor';
import { ActionDetailPage } from './routes/action-detail';
import { EditActionPage } from './routes/action-edit';
import { EscalationDetailPage } from './routes/escalation-detail';
import { NewEscalationPage } from './routes/escalation-new';
import { EscalationsQueuePage } from './routes/escalations-queue';
import { ForgotPasswordPage } from './routes/forgot-password';
import { NewActionPage } from './routes/action-new';
import { ActionsListPage } from './routes/actions-list';
import { AuditTrailPage } from './routes/admin-audit';
import { BodiesPage } from './routes/admin-bodies';
import { BodyPage } from './routes/admin-body';
import { PrioritiesPage } from './routes/admin-priorities';
import { PriorityPage } from './routes/admin-priority';
import { SetupPage } from './routes/admin-setup';
import { StrategyPage } from './routes/admin-strategy';
import { EditUserPage } from './routes/admin-user-edit';
import { NewUserPage } from './routes/admin-user-new';
import { AdminUsersPage } from './routes/admin-users';
import { BoardMeetingDetailPage } from './routes/board-meeting-detail';
import { BoardMeetingsPage } from './routes/board-meetings';
import { CoveragePage } from './routes/coverage';
import { DecisionLogPage } from './routes/decision-log';
import { HomePage } from './routes/home';
import { ImportPage } from './routes/import';
import { NotFoundPage } from './routes/not-found';
import { NotificationsPage } from './routes/notifications';
import { PartnerDetailPage } from './routes/partner-detail';
import { PartnersListPage } from './routes/partners-list';
import { NewProgressUpdatePage } from './routes/progress-update-new';
import { ReviewCyclePage } from './routes/review-cycle';
import { EditReviewCyclePage } from './routes/review-cycle-edit';
import { NewReviewCyclePage } from './routes/review-cycle-new';
import { ReviewReportPage } from './routes/review-report';
import { ReviewReturnPage } from './routes/review-return';
import { ReviewsPage } from './routes/reviews';
import { CompareReviewCyclesPage } from './routes/reviews-compare';
import { ServiceProblemPage } from './routes/service-problem';
import { AdminSubscriptionsPage } from './routes/admin-subscriptions';
import { UnsubscribePage } from './routes/unsubscribe';
import { SetPasswordPage } from './routes/set-password';
import { SignInPage } from './routes/sign-in';
import { SignInRefusedPage } from './routes/sign-in-refused';
import { SignInSetUpTwoFactorPage } from './routes/sign-in-set-up-two-factor';
import { SignInTwoFactorPage } from './routes/sign-in-two-factor';

const signedInRoutes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: 'actions', element: <ActionsListPage /> },
  { path: 'actions/new', element: <NewActionPage /> },
  { path: 'actions/:id', element: <ActionDetailPage /> },
  { path: 'actions/:id/edit', element: <EditActionPage /> },
  { path: 'actions/:id/updates/new', element: <NewProgressUpdatePage /> },
  { path: 'actions/:id/escalations/new', element: <NewEscalationPage /> },
  { path: 'escalations', element: <EscalationsQueuePage /> },
  { path: 'escalations/:id', element: <EscalationDetailPage /> },
  { path: 'decisions', element: <DecisionLogPage /> },
  { path: 'board-meetings', element: <BoardMeetingsPage /> },
  { path: 'board-meetings/:id', element: <BoardMeetingDetailPage /> },
  { path: 'notifications', element: <NotificationsPage /> },
  { path: 'account', element: <AccountPage /> },
  { path: 'account/two-factor', element: <AccountTwoFactorPage /> },
  { path: 'partners', element: <PartnersListPage /> },
  { path: 'partners/:id', element: <PartnerDetailPage /> },
  { path: 'coverage', element: <CoveragePage /> },
  { path: 'reviews', element: <ReviewsPage /> },
  { path: 'reviews/new', element: <NewReviewCyclePage /> },
  { path: 'reviews/compare', element: <CompareReviewCyclesPage /> },
  { path: 'reviews/returns/:id', element: <ReviewReturnPage /> },
  { path: 'reviews/:id', element: <ReviewCyclePage /> },
  { path: 'reviews/:id/edit', element: <EditReviewCyclePage /> },
  { path: 'reviews/:id/report', element: <ReviewReportPage /> },
  { path: 'admin/users', element: <AdminUsersPage /> },
  { path: 'admin/users/new', element: <NewUserPage /> },
  { path: 'admin/users/:id', element: <EditUserPage /> },
  { path: 'admin/audit', element: <AuditTrailPage /> },
  { path: 'admin/subscriptions', element: <AdminSubscriptionsPage /> },
  { path: 'admin/import', element: <ImportPage /> },
  { path: 'admin/setup', element: <SetupPage /> },
  { path: 'admin/strategy', element: <StrategyPage /> },
  { path: 'admin/priorities', element: <PrioritiesPage /> },
  { path: 'admin/priorities/new', element: <PriorityPage /> },
  { path: 'admin/priorities/:id', element: <PriorityPage /> },
  { path: 'admin/bodies', element: <BodiesPage /> },
  { path: 'admin/bodies/new', element: <BodyPage /> },
  { path: 'admin/bodies/:id', element: <BodyPage /> },
];

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        errorElement: <ServiceProblemPage />,
        children: [
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'sign-in/refused', element: <SignInRefusedPage /> },
          { path: 'sign-in/two-factor', element: <SignInTwoFactorPage /> },
          { path: 'sign-in/set-up-two-factor', element: <SignInSetUpTwoFactorPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'set-password', element: <SetPasswordPage /> },
          { path: 'accessibility', element: <AccessibilityPage /> },
          { path: 'unsubscribe/:token', element: <UnsubscribePage /> },
          { element: <RequireSignIn />, children: signedInRoutes },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
