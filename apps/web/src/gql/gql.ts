/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      platformAdmin\n      status\n      memberships {\n        id\n        role\n        scopeKind\n        regionId\n        region {\n          id\n          name\n        }\n        estateIds\n        estates {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query CurrentCompany {\n    company {\n      id\n      name\n      slug\n      timeZone\n    }\n  }\n": typeof types.CurrentCompanyDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query MyCompanies {\n    myCompanies {\n      id\n      name\n    }\n  }\n": typeof types.MyCompaniesDocument,
    "\n  query MyInvitations {\n    myInvitations {\n      id\n      companyId\n      companyName\n      roles\n      expiresAt\n    }\n  }\n": typeof types.MyInvitationsDocument,
    "\n  mutation SwitchCompany($input: SwitchCompanyInput!) {\n    switchCompany(input: $input) {\n      token\n    }\n  }\n": typeof types.SwitchCompanyDocument,
    "\n  mutation AcceptCompanyInvitation($input: AcceptCompanyInvitationInput!) {\n    acceptCompanyInvitation(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.AcceptCompanyInvitationDocument,
    "\n  query ApprovalQueue($first: Int, $after: String, $regionId: ID) {\n    approvalQueue(first: $first, after: $after, regionId: $regionId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          estateId\n          estateName\n          month\n          figureCount\n          missedCount\n          submittedAt\n          submittedByName\n        }\n      }\n    }\n  }\n": typeof types.ApprovalQueueDocument,
    "\n  mutation ApproveMonthlyFigures($input: EstateMonthInput!) {\n    approveMonthlyFigures(input: $input) {\n      ...MonthlyFormFields\n    }\n  }\n": typeof types.ApproveMonthlyFiguresDocument,
    "\n  mutation RejectMonthlyFigures($input: RejectMonthlyFiguresInput!) {\n    rejectMonthlyFigures(input: $input) {\n      ...MonthlyFormFields\n    }\n  }\n": typeof types.RejectMonthlyFiguresDocument,
    "\n  fragment AuditAnswerFields on AuditItemAnswer {\n    itemKey\n    kind\n    score\n    note\n    photos {\n      id\n      name\n    }\n    version\n    answeredBy\n    answeredAt\n  }\n": typeof types.AuditAnswerFieldsFragmentDoc,
    "\n  query ConductAudit($id: ID!) {\n    audit(id: $id) {\n      id\n      title\n      kind\n      status\n      plannedAt\n      dueAt\n      startedAt\n      submittedAt\n      closedAt\n      version\n      estate {\n        id\n        name\n      }\n      auditors {\n        id\n        name\n      }\n      templateVersion {\n        id\n        name\n        number\n        content {\n          sections {\n            key\n            department\n            title\n            titleEn\n            items {\n              key\n              title\n              standard\n              titleEn\n              standardEn\n              maxScore\n              critical\n            }\n          }\n        }\n      }\n      answers {\n        ...AuditAnswerFields\n      }\n      score {\n        sections {\n          key\n          earned\n          max\n          percent\n        }\n        total {\n          earned\n          max\n          percent\n          failed\n          failedItems\n          criticalFailed\n          grade {\n            grade\n            label\n            labelEn\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConductAuditDocument,
    "\n  mutation SaveAuditItem($input: SaveAuditItemInput!) {\n    saveAuditItem(input: $input) {\n      ...AuditAnswerFields\n    }\n  }\n": typeof types.SaveAuditItemDocument,
    "\n  mutation SubmitAudit($input: AuditIdInput!) {\n    submitAudit(input: $input) {\n      id\n      status\n      submittedAt\n      version\n    }\n  }\n": typeof types.SubmitAuditDocument,
    "\n  subscription AuditChanged($auditId: ID) {\n    auditChanged(auditId: $auditId) {\n      event\n      auditId\n      itemKey\n      audit {\n        id\n        status\n        version\n        answers {\n          ...AuditAnswerFields\n        }\n      }\n    }\n  }\n": typeof types.AuditChangedDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query Companies($first: Int, $after: String) {\n    companies(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          timeZone\n          createdAt\n          archivedAt\n          suspendedAt\n        }\n      }\n    }\n  }\n": typeof types.CompaniesDocument,
    "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      id\n      name\n      slug\n    }\n  }\n": typeof types.CreateCompanyDocument,
    "\n  mutation UpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) {\n      id\n      name\n      timeZone\n    }\n  }\n": typeof types.UpdateCompanyDocument,
    "\n  mutation SuspendCompany($input: CompanyIdInput!) {\n    suspendCompany(input: $input) {\n      id\n      suspendedAt\n    }\n  }\n": typeof types.SuspendCompanyDocument,
    "\n  mutation ReactivateCompany($input: CompanyIdInput!) {\n    reactivateCompany(input: $input) {\n      id\n      suspendedAt\n    }\n  }\n": typeof types.ReactivateCompanyDocument,
    "\n  query ComparisonMatrix($filter: ComparisonFilter!) {\n    comparisonMatrix(filter: $filter) {\n      period\n      months\n      indicators {\n        code\n        nameZh\n        nameEn\n        unit\n        direction\n        numeratorLabel\n        denominatorLabel\n        descriptionZh\n      }\n      rows {\n        estateId\n        estateName\n        estateCode\n        regionId\n        regionName\n        households\n        metCount\n        missedCount\n        noDataCount\n        metRate\n        rank\n        values\n        judgements\n        ranks\n        monthCounts\n        ownTargets {\n          indicatorCode\n          target {\n            ...TargetFields\n          }\n        }\n      }\n      regions {\n        regionId\n        name\n        estateCount\n        cells {\n          ...AggregateCellFields\n        }\n      }\n      company {\n        regionId\n        name\n        estateCount\n        cells {\n          ...AggregateCellFields\n        }\n      }\n    }\n  }\n": typeof types.ComparisonMatrixDocument,
    "\n  query ComparisonCellDetail($filter: ComparisonFilter!) {\n    comparisonMatrix(filter: $filter) {\n      rows {\n        estateId\n        cells {\n          numerator\n          denominator\n        }\n      }\n    }\n  }\n": typeof types.ComparisonCellDetailDocument,
    "\n  fragment AggregateCellFields on AggregateCell {\n    indicatorCode\n    value\n    target {\n      ...TargetFields\n    }\n    judgement\n    metCount\n    missedCount\n  }\n": typeof types.AggregateCellFieldsFragmentDoc,
    "\n  query MissedCommitments($filter: ComparisonFilter!) {\n    missedCommitments(filter: $filter) {\n      estateId\n      estateName\n      regionName\n      indicator {\n        code\n        nameZh\n        nameEn\n        unit\n        direction\n      }\n      value\n      target {\n        ...TargetFields\n      }\n      gap\n    }\n  }\n": typeof types.MissedCommitmentsDocument,
    "\n  query IndicatorTrend(\n    $estateIds: [ID!]!\n    $indicatorCodes: [String!]!\n    $from: String!\n    $to: String!\n    $includeTotal: Boolean\n  ) {\n    indicatorTrend(\n      estateIds: $estateIds\n      indicatorCodes: $indicatorCodes\n      from: $from\n      to: $to\n      includeTotal: $includeTotal\n    ) {\n      estateId\n      estateName\n      indicatorCode\n      points {\n        month\n        value\n        target {\n          ...TargetFields\n        }\n        judgement\n      }\n    }\n  }\n": typeof types.IndicatorTrendDocument,
    "\n  subscription IndicatorAlert {\n    indicatorAlert {\n      estateId\n      estateName\n      indicatorCode\n      indicatorName\n      month\n      value\n      target {\n        ...TargetFields\n      }\n    }\n  }\n": typeof types.IndicatorAlertDocument,
    "\n  query FigureMonths(\n    $estateId: ID!\n    $code: String!\n    $m0: String!\n    $m1: String!\n    $m2: String!\n    $m3: String!\n    $m4: String!\n    $m5: String!\n    $m6: String!\n    $m7: String!\n    $m8: String!\n    $m9: String!\n    $m10: String!\n    $m11: String!\n  ) {\n    m0: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m0) {\n      ...FigureFields\n    }\n    m1: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m1) {\n      ...FigureFields\n    }\n    m2: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m2) {\n      ...FigureFields\n    }\n    m3: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m3) {\n      ...FigureFields\n    }\n    m4: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m4) {\n      ...FigureFields\n    }\n    m5: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m5) {\n      ...FigureFields\n    }\n    m6: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m6) {\n      ...FigureFields\n    }\n    m7: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m7) {\n      ...FigureFields\n    }\n    m8: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m8) {\n      ...FigureFields\n    }\n    m9: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m9) {\n      ...FigureFields\n    }\n    m10: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m10) {\n      ...FigureFields\n    }\n    m11: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m11) {\n      ...FigureFields\n    }\n  }\n": typeof types.FigureMonthsDocument,
    "\n  mutation ExportComparison($input: ExportComparisonInput!) {\n    exportComparison(input: $input) {\n      id\n      name\n      contentType\n      size\n    }\n  }\n": typeof types.ExportComparisonDocument,
    "\n  query Dashboard($withRegions: Boolean!) {\n    regions @include(if: $withRegions) {\n      id\n      name\n      code\n      estateCount\n    }\n    all: estates(first: 1) {\n      totalCount\n    }\n    managed: estates(first: 1, filter: { status: MANAGED }) {\n      totalCount\n    }\n    preparing: estates(first: 1, filter: { status: PREPARING }) {\n      totalCount\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  fragment EstateFields on Estate {\n    id\n    name\n    code\n    regionId\n    region {\n      id\n      name\n    }\n    address\n    type\n    grossFloorArea\n    households\n    buildings\n    contractStart\n    contractEnd\n    feeRate\n    status\n    version\n    archivedAt\n    updatedAt\n  }\n": typeof types.EstateFieldsFragmentDoc,
    "\n  query Estates($first: Int, $after: String, $filter: EstateFilter) {\n    estates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EstateFields\n        }\n      }\n    }\n  }\n": typeof types.EstatesDocument,
    "\n  query Regions($includeArchived: Boolean) {\n    regions(includeArchived: $includeArchived) {\n      id\n      name\n      code\n      estateCount\n      version\n      archivedAt\n    }\n  }\n": typeof types.RegionsDocument,
    "\n  mutation CreateEstate($input: CreateEstateInput!) {\n    createEstate(input: $input) {\n      ...EstateFields\n    }\n  }\n": typeof types.CreateEstateDocument,
    "\n  mutation UpdateEstate($input: UpdateEstateInput!) {\n    updateEstate(input: $input) {\n      ...EstateFields\n    }\n  }\n": typeof types.UpdateEstateDocument,
    "\n  mutation ArchiveEstate($input: ArchiveInput!) {\n    archiveEstate(input: $input) {\n      ...EstateFields\n    }\n  }\n": typeof types.ArchiveEstateDocument,
    "\n  subscription EstateChanged {\n    estateChanged {\n      kind\n      estate {\n        ...EstateFields\n      }\n    }\n  }\n": typeof types.EstateChangedDocument,
    "\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n      name\n      code\n      estateCount\n      version\n      archivedAt\n    }\n  }\n": typeof types.CreateRegionDocument,
    "\n  mutation UpdateRegion($input: UpdateRegionInput!) {\n    updateRegion(input: $input) {\n      id\n      name\n      code\n      estateCount\n      version\n      archivedAt\n    }\n  }\n": typeof types.UpdateRegionDocument,
    "\n  mutation ArchiveRegion($input: ArchiveInput!) {\n    archiveRegion(input: $input) {\n      id\n      version\n      archivedAt\n    }\n  }\n": typeof types.ArchiveRegionDocument,
    "\n  query Estate($id: ID!) {\n    estate(id: $id) {\n      ...EstateFields\n    }\n  }\n": typeof types.EstateDocument,
    "\n  fragment MonthlyFormFields on MonthlyForm {\n    estateId\n    estateName\n    month\n    state\n    rejectReason\n    items {\n      indicator {\n        code\n        nameZh\n        nameEn\n        unit\n        direction\n        aggregation\n        numeratorLabel\n        denominatorLabel\n        descriptionZh\n        retired\n        computed\n      }\n      figure {\n        ...FigureFields\n      }\n      effective {\n        ...FigureFields\n      }\n      target {\n        op\n        value\n        label\n      }\n      judgement\n    }\n  }\n": typeof types.MonthlyFormFieldsFragmentDoc,
    "\n  query MonthlyForm($estateId: ID!, $month: String!) {\n    monthlyForm(estateId: $estateId, month: $month) {\n      ...MonthlyFormFields\n    }\n  }\n": typeof types.MonthlyFormDocument,
    "\n  query FigureHistory($estateId: ID!, $indicatorCode: String!, $month: String!) {\n    figureHistory(estateId: $estateId, indicatorCode: $indicatorCode, month: $month) {\n      ...FigureFields\n    }\n  }\n": typeof types.FigureHistoryDocument,
    "\n  mutation SaveMonthlyFigures($input: SaveMonthlyFiguresInput!) {\n    saveMonthlyFigures(input: $input) {\n      ...MonthlyFormFields\n    }\n  }\n": typeof types.SaveMonthlyFiguresDocument,
    "\n  mutation SubmitMonthlyFigures($input: EstateMonthInput!) {\n    submitMonthlyFigures(input: $input) {\n      ...MonthlyFormFields\n    }\n  }\n": typeof types.SubmitMonthlyFiguresDocument,
    "\n  mutation CorrectMonthlyFigure($input: CorrectMonthlyFigureInput!) {\n    correctMonthlyFigure(input: $input) {\n      ...MonthlyFormFields\n    }\n  }\n": typeof types.CorrectMonthlyFigureDocument,
    "\n  mutation ExportMonthlyFigureTemplate($input: ExportMonthlyFigureTemplateInput!) {\n    exportMonthlyFigureTemplate(input: $input) {\n      id\n      name\n      contentType\n      size\n    }\n  }\n": typeof types.ExportMonthlyFigureTemplateDocument,
    "\n  mutation ImportMonthlyFigures($input: ImportMonthlyFiguresInput!) {\n    importMonthlyFigures(input: $input) {\n      estateCount\n      figureCount\n    }\n  }\n": typeof types.ImportMonthlyFiguresDocument,
    "\n  fragment EffectiveTargetFields on EffectiveTarget {\n    indicatorCode\n    estateId\n    target {\n      ...TargetFields\n    }\n    source\n    effectiveMonth\n    preset\n  }\n": typeof types.EffectiveTargetFieldsFragmentDoc,
    "\n  query IndicatorCatalogue($month: String!, $estateId: ID) {\n    indicators(includeRetired: true) {\n      ...IndicatorFields\n    }\n    effectiveTargets(month: $month, estateId: $estateId) {\n      ...EffectiveTargetFields\n    }\n  }\n": typeof types.IndicatorCatalogueDocument,
    "\n  query IndicatorSettings {\n    indicatorSettings {\n      presetNow\n      history {\n        preset\n        effectiveMonth\n        setAt\n      }\n    }\n  }\n": typeof types.IndicatorSettingsDocument,
    "\n  query TargetHistory($indicatorCode: String!, $estateId: ID) {\n    targetHistory(indicatorCode: $indicatorCode, estateId: $estateId) {\n      id\n      indicatorCode\n      estateId\n      target {\n        ...TargetFields\n      }\n      effectiveMonth\n      reason\n      setByName\n      setAt\n    }\n  }\n": typeof types.TargetHistoryDocument,
    "\n  mutation SetIndicatorPreset($input: SetIndicatorPresetInput!) {\n    setIndicatorPreset(input: $input) {\n      presetNow\n      history {\n        preset\n        effectiveMonth\n        setAt\n      }\n    }\n  }\n": typeof types.SetIndicatorPresetDocument,
    "\n  mutation SetIndicatorTarget($input: SetIndicatorTargetInput!) {\n    setIndicatorTarget(input: $input) {\n      ...EffectiveTargetFields\n    }\n  }\n": typeof types.SetIndicatorTargetDocument,
    "\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n": typeof types.CreateIndicatorDocument,
    "\n  mutation RetireIndicator($input: RetireIndicatorInput!) {\n    retireIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n": typeof types.RetireIndicatorDocument,
    "\n  query MyNotifications($first: Int) {\n    myNotifications(first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          link\n          createdAt\n          readAt\n          params {\n            name\n            value\n          }\n        }\n      }\n    }\n    unread: myNotifications(first: 1, unreadOnly: true) {\n      totalCount\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationRead($input: MarkNotificationReadInput!) {\n    markNotificationRead(input: $input) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      title\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  query EstateScorecard($estateId: ID!, $period: String!) {\n    estateScorecard(estateId: $estateId, period: $period) {\n      estateId\n      estateName\n      period\n      metCount\n      missedCount\n      rank\n      rankOf\n      comparedWithin\n      items {\n        indicator {\n          code\n          nameZh\n          nameEn\n          unit\n          direction\n          descriptionZh\n        }\n        cell {\n          indicatorCode\n          value\n          per1000\n          numerator\n          denominator\n          months\n          target {\n            ...TargetFields\n          }\n          judgement\n          rank\n        }\n        rankOf\n        companyValue\n        trend {\n          month\n          value\n          target {\n            ...TargetFields\n          }\n          judgement\n        }\n      }\n    }\n  }\n": typeof types.EstateScorecardDocument,
    "\n  query CompanySettings {\n    company {\n      id\n      name\n      figureReminderDay\n    }\n  }\n": typeof types.CompanySettingsDocument,
    "\n  mutation UpdateCompanySettings($input: UpdateCompanySettingsInput!) {\n    updateCompanySettings(input: $input) {\n      id\n      figureReminderDay\n    }\n  }\n": typeof types.UpdateCompanySettingsDocument,
    "\n  fragment UserFields on User {\n    id\n    name\n    email\n    phone\n    status\n    lastLoginAt\n    createdAt\n    memberships {\n      id\n      role\n      scopeKind\n      regionId\n      region {\n        id\n        name\n      }\n      estateIds\n      estates {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query Users($first: Int, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserFields\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query EstateOptions($search: String) {\n    estates(first: 50, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          code\n        }\n      }\n    }\n  }\n": typeof types.EstateOptionsDocument,
    "\n  query RegionOptions {\n    regions {\n      id\n      name\n    }\n  }\n": typeof types.RegionOptionsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      invitationToken\n      user {\n        ...UserFields\n      }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation SetMemberships($input: SetMembershipsInput!) {\n    setMemberships(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.SetMembershipsDocument,
    "\n  mutation DeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  fragment TargetFields on TargetValue {\n    op\n    value\n    label\n  }\n": typeof types.TargetFieldsFragmentDoc,
    "\n  fragment IndicatorFields on Indicator {\n    code\n    nameZh\n    nameEn\n    unit\n    direction\n    measurement\n    aggregation\n    numeratorLabel\n    denominatorLabel\n    descriptionZh\n    builtIn\n    retired\n    computed\n    presetA {\n      ...TargetFields\n    }\n    presetB {\n      ...TargetFields\n    }\n  }\n": typeof types.IndicatorFieldsFragmentDoc,
    "\n  query FilterRegions {\n    regions {\n      id\n      name\n    }\n  }\n": typeof types.FilterRegionsDocument,
    "\n  query EstatePicker($search: String) {\n    estates(first: 50, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          code\n          regionId\n        }\n      }\n    }\n  }\n": typeof types.EstatePickerDocument,
    "\n  subscription FiguresChanged {\n    figuresChanged {\n      estateId\n      month\n      state\n    }\n  }\n": typeof types.FiguresChangedDocument,
    "\n  fragment FigureFields on MonthlyFigure {\n    id\n    estateId\n    indicatorCode\n    month\n    revision\n    version\n    numerator\n    denominator\n    value\n    source\n    state\n    effective\n    note\n    rejectReason\n    correctionReason\n    submittedAt\n    decidedAt\n    updatedAt\n  }\n": typeof types.FigureFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      platformAdmin\n      status\n      memberships {\n        id\n        role\n        scopeKind\n        regionId\n        region {\n          id\n          name\n        }\n        estateIds\n        estates {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query CurrentCompany {\n    company {\n      id\n      name\n      slug\n      timeZone\n    }\n  }\n": types.CurrentCompanyDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query MyCompanies {\n    myCompanies {\n      id\n      name\n    }\n  }\n": types.MyCompaniesDocument,
    "\n  query MyInvitations {\n    myInvitations {\n      id\n      companyId\n      companyName\n      roles\n      expiresAt\n    }\n  }\n": types.MyInvitationsDocument,
    "\n  mutation SwitchCompany($input: SwitchCompanyInput!) {\n    switchCompany(input: $input) {\n      token\n    }\n  }\n": types.SwitchCompanyDocument,
    "\n  mutation AcceptCompanyInvitation($input: AcceptCompanyInvitationInput!) {\n    acceptCompanyInvitation(input: $input) {\n      id\n      name\n    }\n  }\n": types.AcceptCompanyInvitationDocument,
    "\n  query ApprovalQueue($first: Int, $after: String, $regionId: ID) {\n    approvalQueue(first: $first, after: $after, regionId: $regionId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          estateId\n          estateName\n          month\n          figureCount\n          missedCount\n          submittedAt\n          submittedByName\n        }\n      }\n    }\n  }\n": types.ApprovalQueueDocument,
    "\n  mutation ApproveMonthlyFigures($input: EstateMonthInput!) {\n    approveMonthlyFigures(input: $input) {\n      ...MonthlyFormFields\n    }\n  }\n": types.ApproveMonthlyFiguresDocument,
    "\n  mutation RejectMonthlyFigures($input: RejectMonthlyFiguresInput!) {\n    rejectMonthlyFigures(input: $input) {\n      ...MonthlyFormFields\n    }\n  }\n": types.RejectMonthlyFiguresDocument,
    "\n  fragment AuditAnswerFields on AuditItemAnswer {\n    itemKey\n    kind\n    score\n    note\n    photos {\n      id\n      name\n    }\n    version\n    answeredBy\n    answeredAt\n  }\n": types.AuditAnswerFieldsFragmentDoc,
    "\n  query ConductAudit($id: ID!) {\n    audit(id: $id) {\n      id\n      title\n      kind\n      status\n      plannedAt\n      dueAt\n      startedAt\n      submittedAt\n      closedAt\n      version\n      estate {\n        id\n        name\n      }\n      auditors {\n        id\n        name\n      }\n      templateVersion {\n        id\n        name\n        number\n        content {\n          sections {\n            key\n            department\n            title\n            titleEn\n            items {\n              key\n              title\n              standard\n              titleEn\n              standardEn\n              maxScore\n              critical\n            }\n          }\n        }\n      }\n      answers {\n        ...AuditAnswerFields\n      }\n      score {\n        sections {\n          key\n          earned\n          max\n          percent\n        }\n        total {\n          earned\n          max\n          percent\n          failed\n          failedItems\n          criticalFailed\n          grade {\n            grade\n            label\n            labelEn\n          }\n        }\n      }\n    }\n  }\n": types.ConductAuditDocument,
    "\n  mutation SaveAuditItem($input: SaveAuditItemInput!) {\n    saveAuditItem(input: $input) {\n      ...AuditAnswerFields\n    }\n  }\n": types.SaveAuditItemDocument,
    "\n  mutation SubmitAudit($input: AuditIdInput!) {\n    submitAudit(input: $input) {\n      id\n      status\n      submittedAt\n      version\n    }\n  }\n": types.SubmitAuditDocument,
    "\n  subscription AuditChanged($auditId: ID) {\n    auditChanged(auditId: $auditId) {\n      event\n      auditId\n      itemKey\n      audit {\n        id\n        status\n        version\n        answers {\n          ...AuditAnswerFields\n        }\n      }\n    }\n  }\n": types.AuditChangedDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query Companies($first: Int, $after: String) {\n    companies(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          timeZone\n          createdAt\n          archivedAt\n          suspendedAt\n        }\n      }\n    }\n  }\n": types.CompaniesDocument,
    "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      id\n      name\n      slug\n    }\n  }\n": types.CreateCompanyDocument,
    "\n  mutation UpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) {\n      id\n      name\n      timeZone\n    }\n  }\n": types.UpdateCompanyDocument,
    "\n  mutation SuspendCompany($input: CompanyIdInput!) {\n    suspendCompany(input: $input) {\n      id\n      suspendedAt\n    }\n  }\n": types.SuspendCompanyDocument,
    "\n  mutation ReactivateCompany($input: CompanyIdInput!) {\n    reactivateCompany(input: $input) {\n      id\n      suspendedAt\n    }\n  }\n": types.ReactivateCompanyDocument,
    "\n  query ComparisonMatrix($filter: ComparisonFilter!) {\n    comparisonMatrix(filter: $filter) {\n      period\n      months\n      indicators {\n        code\n        nameZh\n        nameEn\n        unit\n        direction\n        numeratorLabel\n        denominatorLabel\n        descriptionZh\n      }\n      rows {\n        estateId\n        estateName\n        estateCode\n        regionId\n        regionName\n        households\n        metCount\n        missedCount\n        noDataCount\n        metRate\n        rank\n        values\n        judgements\n        ranks\n        monthCounts\n        ownTargets {\n          indicatorCode\n          target {\n            ...TargetFields\n          }\n        }\n      }\n      regions {\n        regionId\n        name\n        estateCount\n        cells {\n          ...AggregateCellFields\n        }\n      }\n      company {\n        regionId\n        name\n        estateCount\n        cells {\n          ...AggregateCellFields\n        }\n      }\n    }\n  }\n": types.ComparisonMatrixDocument,
    "\n  query ComparisonCellDetail($filter: ComparisonFilter!) {\n    comparisonMatrix(filter: $filter) {\n      rows {\n        estateId\n        cells {\n          numerator\n          denominator\n        }\n      }\n    }\n  }\n": types.ComparisonCellDetailDocument,
    "\n  fragment AggregateCellFields on AggregateCell {\n    indicatorCode\n    value\n    target {\n      ...TargetFields\n    }\n    judgement\n    metCount\n    missedCount\n  }\n": types.AggregateCellFieldsFragmentDoc,
    "\n  query MissedCommitments($filter: ComparisonFilter!) {\n    missedCommitments(filter: $filter) {\n      estateId\n      estateName\n      regionName\n      indicator {\n        code\n        nameZh\n        nameEn\n        unit\n        direction\n      }\n      value\n      target {\n        ...TargetFields\n      }\n      gap\n    }\n  }\n": types.MissedCommitmentsDocument,
    "\n  query IndicatorTrend(\n    $estateIds: [ID!]!\n    $indicatorCodes: [String!]!\n    $from: String!\n    $to: String!\n    $includeTotal: Boolean\n  ) {\n    indicatorTrend(\n      estateIds: $estateIds\n      indicatorCodes: $indicatorCodes\n      from: $from\n      to: $to\n      includeTotal: $includeTotal\n    ) {\n      estateId\n      estateName\n      indicatorCode\n      points {\n        month\n        value\n        target {\n          ...TargetFields\n        }\n        judgement\n      }\n    }\n  }\n": types.IndicatorTrendDocument,
    "\n  subscription IndicatorAlert {\n    indicatorAlert {\n      estateId\n      estateName\n      indicatorCode\n      indicatorName\n      month\n      value\n      target {\n        ...TargetFields\n      }\n    }\n  }\n": types.IndicatorAlertDocument,
    "\n  query FigureMonths(\n    $estateId: ID!\n    $code: String!\n    $m0: String!\n    $m1: String!\n    $m2: String!\n    $m3: String!\n    $m4: String!\n    $m5: String!\n    $m6: String!\n    $m7: String!\n    $m8: String!\n    $m9: String!\n    $m10: String!\n    $m11: String!\n  ) {\n    m0: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m0) {\n      ...FigureFields\n    }\n    m1: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m1) {\n      ...FigureFields\n    }\n    m2: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m2) {\n      ...FigureFields\n    }\n    m3: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m3) {\n      ...FigureFields\n    }\n    m4: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m4) {\n      ...FigureFields\n    }\n    m5: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m5) {\n      ...FigureFields\n    }\n    m6: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m6) {\n      ...FigureFields\n    }\n    m7: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m7) {\n      ...FigureFields\n    }\n    m8: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m8) {\n      ...FigureFields\n    }\n    m9: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m9) {\n      ...FigureFields\n    }\n    m10: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m10) {\n      ...FigureFields\n    }\n    m11: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m11) {\n      ...FigureFields\n    }\n  }\n": types.FigureMonthsDocument,
    "\n  mutation ExportComparison($input: ExportComparisonInput!) {\n    exportComparison(input: $input) {\n      id\n      name\n      contentType\n      size\n    }\n  }\n": types.ExportComparisonDocument,
    "\n  query Dashboard($withRegions: Boolean!) {\n    regions @include(if: $withRegions) {\n      id\n      name\n      code\n      estateCount\n    }\n    all: estates(first: 1) {\n      totalCount\n    }\n    managed: estates(first: 1, filter: { status: MANAGED }) {\n      totalCount\n    }\n    preparing: estates(first: 1, filter: { status: PREPARING }) {\n      totalCount\n    }\n  }\n": types.DashboardDocument,
    "\n  fragment EstateFields on Estate {\n    id\n    name\n    code\n    regionId\n    region {\n      id\n      name\n    }\n    address\n    type\n    grossFloorArea\n    households\n    buildings\n    contractStart\n    contractEnd\n    feeRate\n    status\n    version\n    archivedAt\n    updatedAt\n  }\n": types.EstateFieldsFragmentDoc,
    "\n  query Estates($first: Int, $after: String, $filter: EstateFilter) {\n    estates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EstateFields\n        }\n      }\n    }\n  }\n": types.EstatesDocument,
    "\n  query Regions($includeArchived: Boolean) {\n    regions(includeArchived: $includeArchived) {\n      id\n      name\n      code\n      estateCount\n      version\n      archivedAt\n    }\n  }\n": types.RegionsDocument,
    "\n  mutation CreateEstate($input: CreateEstateInput!) {\n    createEstate(input: $input) {\n      ...EstateFields\n    }\n  }\n": types.CreateEstateDocument,
    "\n  mutation UpdateEstate($input: UpdateEstateInput!) {\n    updateEstate(input: $input) {\n      ...EstateFields\n    }\n  }\n": types.UpdateEstateDocument,
    "\n  mutation ArchiveEstate($input: ArchiveInput!) {\n    archiveEstate(input: $input) {\n      ...EstateFields\n    }\n  }\n": types.ArchiveEstateDocument,
    "\n  subscription EstateChanged {\n    estateChanged {\n      kind\n      estate {\n        ...EstateFields\n      }\n    }\n  }\n": types.EstateChangedDocument,
    "\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n      name\n      code\n      estateCount\n      version\n      archivedAt\n    }\n  }\n": types.CreateRegionDocument,
    "\n  mutation UpdateRegion($input: UpdateRegionInput!) {\n    updateRegion(input: $input) {\n      id\n      name\n      code\n      estateCount\n      version\n      archivedAt\n    }\n  }\n": types.UpdateRegionDocument,
    "\n  mutation ArchiveRegion($input: ArchiveInput!) {\n    archiveRegion(input: $input) {\n      id\n      version\n      archivedAt\n    }\n  }\n": types.ArchiveRegionDocument,
    "\n  query Estate($id: ID!) {\n    estate(id: $id) {\n      ...EstateFields\n    }\n  }\n": types.EstateDocument,
    "\n  fragment MonthlyFormFields on MonthlyForm {\n    estateId\n    estateName\n    month\n    state\n    rejectReason\n    items {\n      indicator {\n        code\n        nameZh\n        nameEn\n        unit\n        direction\n        aggregation\n        numeratorLabel\n        denominatorLabel\n        descriptionZh\n        retired\n        computed\n      }\n      figure {\n        ...FigureFields\n      }\n      effective {\n        ...FigureFields\n      }\n      target {\n        op\n        value\n        label\n      }\n      judgement\n    }\n  }\n": types.MonthlyFormFieldsFragmentDoc,
    "\n  query MonthlyForm($estateId: ID!, $month: String!) {\n    monthlyForm(estateId: $estateId, month: $month) {\n      ...MonthlyFormFields\n    }\n  }\n": types.MonthlyFormDocument,
    "\n  query FigureHistory($estateId: ID!, $indicatorCode: String!, $month: String!) {\n    figureHistory(estateId: $estateId, indicatorCode: $indicatorCode, month: $month) {\n      ...FigureFields\n    }\n  }\n": types.FigureHistoryDocument,
    "\n  mutation SaveMonthlyFigures($input: SaveMonthlyFiguresInput!) {\n    saveMonthlyFigures(input: $input) {\n      ...MonthlyFormFields\n    }\n  }\n": types.SaveMonthlyFiguresDocument,
    "\n  mutation SubmitMonthlyFigures($input: EstateMonthInput!) {\n    submitMonthlyFigures(input: $input) {\n      ...MonthlyFormFields\n    }\n  }\n": types.SubmitMonthlyFiguresDocument,
    "\n  mutation CorrectMonthlyFigure($input: CorrectMonthlyFigureInput!) {\n    correctMonthlyFigure(input: $input) {\n      ...MonthlyFormFields\n    }\n  }\n": types.CorrectMonthlyFigureDocument,
    "\n  mutation ExportMonthlyFigureTemplate($input: ExportMonthlyFigureTemplateInput!) {\n    exportMonthlyFigureTemplate(input: $input) {\n      id\n      name\n      contentType\n      size\n    }\n  }\n": types.ExportMonthlyFigureTemplateDocument,
    "\n  mutation ImportMonthlyFigures($input: ImportMonthlyFiguresInput!) {\n    importMonthlyFigures(input: $input) {\n      estateCount\n      figureCount\n    }\n  }\n": types.ImportMonthlyFiguresDocument,
    "\n  fragment EffectiveTargetFields on EffectiveTarget {\n    indicatorCode\n    estateId\n    target {\n      ...TargetFields\n    }\n    source\n    effectiveMonth\n    preset\n  }\n": types.EffectiveTargetFieldsFragmentDoc,
    "\n  query IndicatorCatalogue($month: String!, $estateId: ID) {\n    indicators(includeRetired: true) {\n      ...IndicatorFields\n    }\n    effectiveTargets(month: $month, estateId: $estateId) {\n      ...EffectiveTargetFields\n    }\n  }\n": types.IndicatorCatalogueDocument,
    "\n  query IndicatorSettings {\n    indicatorSettings {\n      presetNow\n      history {\n        preset\n        effectiveMonth\n        setAt\n      }\n    }\n  }\n": types.IndicatorSettingsDocument,
    "\n  query TargetHistory($indicatorCode: String!, $estateId: ID) {\n    targetHistory(indicatorCode: $indicatorCode, estateId: $estateId) {\n      id\n      indicatorCode\n      estateId\n      target {\n        ...TargetFields\n      }\n      effectiveMonth\n      reason\n      setByName\n      setAt\n    }\n  }\n": types.TargetHistoryDocument,
    "\n  mutation SetIndicatorPreset($input: SetIndicatorPresetInput!) {\n    setIndicatorPreset(input: $input) {\n      presetNow\n      history {\n        preset\n        effectiveMonth\n        setAt\n      }\n    }\n  }\n": types.SetIndicatorPresetDocument,
    "\n  mutation SetIndicatorTarget($input: SetIndicatorTargetInput!) {\n    setIndicatorTarget(input: $input) {\n      ...EffectiveTargetFields\n    }\n  }\n": types.SetIndicatorTargetDocument,
    "\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n": types.CreateIndicatorDocument,
    "\n  mutation RetireIndicator($input: RetireIndicatorInput!) {\n    retireIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n": types.RetireIndicatorDocument,
    "\n  query MyNotifications($first: Int) {\n    myNotifications(first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          link\n          createdAt\n          readAt\n          params {\n            name\n            value\n          }\n        }\n      }\n    }\n    unread: myNotifications(first: 1, unreadOnly: true) {\n      totalCount\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationRead($input: MarkNotificationReadInput!) {\n    markNotificationRead(input: $input) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      title\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  query EstateScorecard($estateId: ID!, $period: String!) {\n    estateScorecard(estateId: $estateId, period: $period) {\n      estateId\n      estateName\n      period\n      metCount\n      missedCount\n      rank\n      rankOf\n      comparedWithin\n      items {\n        indicator {\n          code\n          nameZh\n          nameEn\n          unit\n          direction\n          descriptionZh\n        }\n        cell {\n          indicatorCode\n          value\n          per1000\n          numerator\n          denominator\n          months\n          target {\n            ...TargetFields\n          }\n          judgement\n          rank\n        }\n        rankOf\n        companyValue\n        trend {\n          month\n          value\n          target {\n            ...TargetFields\n          }\n          judgement\n        }\n      }\n    }\n  }\n": types.EstateScorecardDocument,
    "\n  query CompanySettings {\n    company {\n      id\n      name\n      figureReminderDay\n    }\n  }\n": types.CompanySettingsDocument,
    "\n  mutation UpdateCompanySettings($input: UpdateCompanySettingsInput!) {\n    updateCompanySettings(input: $input) {\n      id\n      figureReminderDay\n    }\n  }\n": types.UpdateCompanySettingsDocument,
    "\n  fragment UserFields on User {\n    id\n    name\n    email\n    phone\n    status\n    lastLoginAt\n    createdAt\n    memberships {\n      id\n      role\n      scopeKind\n      regionId\n      region {\n        id\n        name\n      }\n      estateIds\n      estates {\n        id\n        name\n      }\n    }\n  }\n": types.UserFieldsFragmentDoc,
    "\n  query Users($first: Int, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserFields\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  query EstateOptions($search: String) {\n    estates(first: 50, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          code\n        }\n      }\n    }\n  }\n": types.EstateOptionsDocument,
    "\n  query RegionOptions {\n    regions {\n      id\n      name\n    }\n  }\n": types.RegionOptionsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      invitationToken\n      user {\n        ...UserFields\n      }\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation SetMemberships($input: SetMembershipsInput!) {\n    setMemberships(input: $input) {\n      ...UserFields\n    }\n  }\n": types.SetMembershipsDocument,
    "\n  mutation DeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      id\n      status\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  fragment TargetFields on TargetValue {\n    op\n    value\n    label\n  }\n": types.TargetFieldsFragmentDoc,
    "\n  fragment IndicatorFields on Indicator {\n    code\n    nameZh\n    nameEn\n    unit\n    direction\n    measurement\n    aggregation\n    numeratorLabel\n    denominatorLabel\n    descriptionZh\n    builtIn\n    retired\n    computed\n    presetA {\n      ...TargetFields\n    }\n    presetB {\n      ...TargetFields\n    }\n  }\n": types.IndicatorFieldsFragmentDoc,
    "\n  query FilterRegions {\n    regions {\n      id\n      name\n    }\n  }\n": types.FilterRegionsDocument,
    "\n  query EstatePicker($search: String) {\n    estates(first: 50, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          code\n          regionId\n        }\n      }\n    }\n  }\n": types.EstatePickerDocument,
    "\n  subscription FiguresChanged {\n    figuresChanged {\n      estateId\n      month\n      state\n    }\n  }\n": types.FiguresChangedDocument,
    "\n  fragment FigureFields on MonthlyFigure {\n    id\n    estateId\n    indicatorCode\n    month\n    revision\n    version\n    numerator\n    denominator\n    value\n    source\n    state\n    effective\n    note\n    rejectReason\n    correctionReason\n    submittedAt\n    decidedAt\n    updatedAt\n  }\n": types.FigureFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      email\n      platformAdmin\n      status\n      memberships {\n        id\n        role\n        scopeKind\n        regionId\n        region {\n          id\n          name\n        }\n        estateIds\n        estates {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      name\n      email\n      platformAdmin\n      status\n      memberships {\n        id\n        role\n        scopeKind\n        regionId\n        region {\n          id\n          name\n        }\n        estateIds\n        estates {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentCompany {\n    company {\n      id\n      name\n      slug\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query CurrentCompany {\n    company {\n      id\n      name\n      slug\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCompanies {\n    myCompanies {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query MyCompanies {\n    myCompanies {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyInvitations {\n    myInvitations {\n      id\n      companyId\n      companyName\n      roles\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query MyInvitations {\n    myInvitations {\n      id\n      companyId\n      companyName\n      roles\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchCompany($input: SwitchCompanyInput!) {\n    switchCompany(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchCompany($input: SwitchCompanyInput!) {\n    switchCompany(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptCompanyInvitation($input: AcceptCompanyInvitationInput!) {\n    acceptCompanyInvitation(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptCompanyInvitation($input: AcceptCompanyInvitationInput!) {\n    acceptCompanyInvitation(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalQueue($first: Int, $after: String, $regionId: ID) {\n    approvalQueue(first: $first, after: $after, regionId: $regionId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          estateId\n          estateName\n          month\n          figureCount\n          missedCount\n          submittedAt\n          submittedByName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApprovalQueue($first: Int, $after: String, $regionId: ID) {\n    approvalQueue(first: $first, after: $after, regionId: $regionId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          estateId\n          estateName\n          month\n          figureCount\n          missedCount\n          submittedAt\n          submittedByName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMonthlyFigures($input: EstateMonthInput!) {\n    approveMonthlyFigures(input: $input) {\n      ...MonthlyFormFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveMonthlyFigures($input: EstateMonthInput!) {\n    approveMonthlyFigures(input: $input) {\n      ...MonthlyFormFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectMonthlyFigures($input: RejectMonthlyFiguresInput!) {\n    rejectMonthlyFigures(input: $input) {\n      ...MonthlyFormFields\n    }\n  }\n"): (typeof documents)["\n  mutation RejectMonthlyFigures($input: RejectMonthlyFiguresInput!) {\n    rejectMonthlyFigures(input: $input) {\n      ...MonthlyFormFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditAnswerFields on AuditItemAnswer {\n    itemKey\n    kind\n    score\n    note\n    photos {\n      id\n      name\n    }\n    version\n    answeredBy\n    answeredAt\n  }\n"): (typeof documents)["\n  fragment AuditAnswerFields on AuditItemAnswer {\n    itemKey\n    kind\n    score\n    note\n    photos {\n      id\n      name\n    }\n    version\n    answeredBy\n    answeredAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConductAudit($id: ID!) {\n    audit(id: $id) {\n      id\n      title\n      kind\n      status\n      plannedAt\n      dueAt\n      startedAt\n      submittedAt\n      closedAt\n      version\n      estate {\n        id\n        name\n      }\n      auditors {\n        id\n        name\n      }\n      templateVersion {\n        id\n        name\n        number\n        content {\n          sections {\n            key\n            department\n            title\n            titleEn\n            items {\n              key\n              title\n              standard\n              titleEn\n              standardEn\n              maxScore\n              critical\n            }\n          }\n        }\n      }\n      answers {\n        ...AuditAnswerFields\n      }\n      score {\n        sections {\n          key\n          earned\n          max\n          percent\n        }\n        total {\n          earned\n          max\n          percent\n          failed\n          failedItems\n          criticalFailed\n          grade {\n            grade\n            label\n            labelEn\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConductAudit($id: ID!) {\n    audit(id: $id) {\n      id\n      title\n      kind\n      status\n      plannedAt\n      dueAt\n      startedAt\n      submittedAt\n      closedAt\n      version\n      estate {\n        id\n        name\n      }\n      auditors {\n        id\n        name\n      }\n      templateVersion {\n        id\n        name\n        number\n        content {\n          sections {\n            key\n            department\n            title\n            titleEn\n            items {\n              key\n              title\n              standard\n              titleEn\n              standardEn\n              maxScore\n              critical\n            }\n          }\n        }\n      }\n      answers {\n        ...AuditAnswerFields\n      }\n      score {\n        sections {\n          key\n          earned\n          max\n          percent\n        }\n        total {\n          earned\n          max\n          percent\n          failed\n          failedItems\n          criticalFailed\n          grade {\n            grade\n            label\n            labelEn\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAuditItem($input: SaveAuditItemInput!) {\n    saveAuditItem(input: $input) {\n      ...AuditAnswerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveAuditItem($input: SaveAuditItemInput!) {\n    saveAuditItem(input: $input) {\n      ...AuditAnswerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitAudit($input: AuditIdInput!) {\n    submitAudit(input: $input) {\n      id\n      status\n      submittedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitAudit($input: AuditIdInput!) {\n    submitAudit(input: $input) {\n      id\n      status\n      submittedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AuditChanged($auditId: ID) {\n    auditChanged(auditId: $auditId) {\n      event\n      auditId\n      itemKey\n      audit {\n        id\n        status\n        version\n        answers {\n          ...AuditAnswerFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription AuditChanged($auditId: ID) {\n    auditChanged(auditId: $auditId) {\n      event\n      auditId\n      itemKey\n      audit {\n        id\n        status\n        version\n        answers {\n          ...AuditAnswerFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Companies($first: Int, $after: String) {\n    companies(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          timeZone\n          createdAt\n          archivedAt\n          suspendedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Companies($first: Int, $after: String) {\n    companies(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          timeZone\n          createdAt\n          archivedAt\n          suspendedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      id\n      name\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      id\n      name\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) {\n      id\n      name\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) {\n      id\n      name\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendCompany($input: CompanyIdInput!) {\n    suspendCompany(input: $input) {\n      id\n      suspendedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendCompany($input: CompanyIdInput!) {\n    suspendCompany(input: $input) {\n      id\n      suspendedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateCompany($input: CompanyIdInput!) {\n    reactivateCompany(input: $input) {\n      id\n      suspendedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateCompany($input: CompanyIdInput!) {\n    reactivateCompany(input: $input) {\n      id\n      suspendedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComparisonMatrix($filter: ComparisonFilter!) {\n    comparisonMatrix(filter: $filter) {\n      period\n      months\n      indicators {\n        code\n        nameZh\n        nameEn\n        unit\n        direction\n        numeratorLabel\n        denominatorLabel\n        descriptionZh\n      }\n      rows {\n        estateId\n        estateName\n        estateCode\n        regionId\n        regionName\n        households\n        metCount\n        missedCount\n        noDataCount\n        metRate\n        rank\n        values\n        judgements\n        ranks\n        monthCounts\n        ownTargets {\n          indicatorCode\n          target {\n            ...TargetFields\n          }\n        }\n      }\n      regions {\n        regionId\n        name\n        estateCount\n        cells {\n          ...AggregateCellFields\n        }\n      }\n      company {\n        regionId\n        name\n        estateCount\n        cells {\n          ...AggregateCellFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ComparisonMatrix($filter: ComparisonFilter!) {\n    comparisonMatrix(filter: $filter) {\n      period\n      months\n      indicators {\n        code\n        nameZh\n        nameEn\n        unit\n        direction\n        numeratorLabel\n        denominatorLabel\n        descriptionZh\n      }\n      rows {\n        estateId\n        estateName\n        estateCode\n        regionId\n        regionName\n        households\n        metCount\n        missedCount\n        noDataCount\n        metRate\n        rank\n        values\n        judgements\n        ranks\n        monthCounts\n        ownTargets {\n          indicatorCode\n          target {\n            ...TargetFields\n          }\n        }\n      }\n      regions {\n        regionId\n        name\n        estateCount\n        cells {\n          ...AggregateCellFields\n        }\n      }\n      company {\n        regionId\n        name\n        estateCount\n        cells {\n          ...AggregateCellFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComparisonCellDetail($filter: ComparisonFilter!) {\n    comparisonMatrix(filter: $filter) {\n      rows {\n        estateId\n        cells {\n          numerator\n          denominator\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ComparisonCellDetail($filter: ComparisonFilter!) {\n    comparisonMatrix(filter: $filter) {\n      rows {\n        estateId\n        cells {\n          numerator\n          denominator\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AggregateCellFields on AggregateCell {\n    indicatorCode\n    value\n    target {\n      ...TargetFields\n    }\n    judgement\n    metCount\n    missedCount\n  }\n"): (typeof documents)["\n  fragment AggregateCellFields on AggregateCell {\n    indicatorCode\n    value\n    target {\n      ...TargetFields\n    }\n    judgement\n    metCount\n    missedCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MissedCommitments($filter: ComparisonFilter!) {\n    missedCommitments(filter: $filter) {\n      estateId\n      estateName\n      regionName\n      indicator {\n        code\n        nameZh\n        nameEn\n        unit\n        direction\n      }\n      value\n      target {\n        ...TargetFields\n      }\n      gap\n    }\n  }\n"): (typeof documents)["\n  query MissedCommitments($filter: ComparisonFilter!) {\n    missedCommitments(filter: $filter) {\n      estateId\n      estateName\n      regionName\n      indicator {\n        code\n        nameZh\n        nameEn\n        unit\n        direction\n      }\n      value\n      target {\n        ...TargetFields\n      }\n      gap\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorTrend(\n    $estateIds: [ID!]!\n    $indicatorCodes: [String!]!\n    $from: String!\n    $to: String!\n    $includeTotal: Boolean\n  ) {\n    indicatorTrend(\n      estateIds: $estateIds\n      indicatorCodes: $indicatorCodes\n      from: $from\n      to: $to\n      includeTotal: $includeTotal\n    ) {\n      estateId\n      estateName\n      indicatorCode\n      points {\n        month\n        value\n        target {\n          ...TargetFields\n        }\n        judgement\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndicatorTrend(\n    $estateIds: [ID!]!\n    $indicatorCodes: [String!]!\n    $from: String!\n    $to: String!\n    $includeTotal: Boolean\n  ) {\n    indicatorTrend(\n      estateIds: $estateIds\n      indicatorCodes: $indicatorCodes\n      from: $from\n      to: $to\n      includeTotal: $includeTotal\n    ) {\n      estateId\n      estateName\n      indicatorCode\n      points {\n        month\n        value\n        target {\n          ...TargetFields\n        }\n        judgement\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription IndicatorAlert {\n    indicatorAlert {\n      estateId\n      estateName\n      indicatorCode\n      indicatorName\n      month\n      value\n      target {\n        ...TargetFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription IndicatorAlert {\n    indicatorAlert {\n      estateId\n      estateName\n      indicatorCode\n      indicatorName\n      month\n      value\n      target {\n        ...TargetFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FigureMonths(\n    $estateId: ID!\n    $code: String!\n    $m0: String!\n    $m1: String!\n    $m2: String!\n    $m3: String!\n    $m4: String!\n    $m5: String!\n    $m6: String!\n    $m7: String!\n    $m8: String!\n    $m9: String!\n    $m10: String!\n    $m11: String!\n  ) {\n    m0: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m0) {\n      ...FigureFields\n    }\n    m1: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m1) {\n      ...FigureFields\n    }\n    m2: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m2) {\n      ...FigureFields\n    }\n    m3: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m3) {\n      ...FigureFields\n    }\n    m4: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m4) {\n      ...FigureFields\n    }\n    m5: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m5) {\n      ...FigureFields\n    }\n    m6: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m6) {\n      ...FigureFields\n    }\n    m7: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m7) {\n      ...FigureFields\n    }\n    m8: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m8) {\n      ...FigureFields\n    }\n    m9: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m9) {\n      ...FigureFields\n    }\n    m10: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m10) {\n      ...FigureFields\n    }\n    m11: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m11) {\n      ...FigureFields\n    }\n  }\n"): (typeof documents)["\n  query FigureMonths(\n    $estateId: ID!\n    $code: String!\n    $m0: String!\n    $m1: String!\n    $m2: String!\n    $m3: String!\n    $m4: String!\n    $m5: String!\n    $m6: String!\n    $m7: String!\n    $m8: String!\n    $m9: String!\n    $m10: String!\n    $m11: String!\n  ) {\n    m0: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m0) {\n      ...FigureFields\n    }\n    m1: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m1) {\n      ...FigureFields\n    }\n    m2: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m2) {\n      ...FigureFields\n    }\n    m3: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m3) {\n      ...FigureFields\n    }\n    m4: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m4) {\n      ...FigureFields\n    }\n    m5: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m5) {\n      ...FigureFields\n    }\n    m6: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m6) {\n      ...FigureFields\n    }\n    m7: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m7) {\n      ...FigureFields\n    }\n    m8: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m8) {\n      ...FigureFields\n    }\n    m9: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m9) {\n      ...FigureFields\n    }\n    m10: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m10) {\n      ...FigureFields\n    }\n    m11: figureHistory(estateId: $estateId, indicatorCode: $code, month: $m11) {\n      ...FigureFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportComparison($input: ExportComparisonInput!) {\n    exportComparison(input: $input) {\n      id\n      name\n      contentType\n      size\n    }\n  }\n"): (typeof documents)["\n  mutation ExportComparison($input: ExportComparisonInput!) {\n    exportComparison(input: $input) {\n      id\n      name\n      contentType\n      size\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($withRegions: Boolean!) {\n    regions @include(if: $withRegions) {\n      id\n      name\n      code\n      estateCount\n    }\n    all: estates(first: 1) {\n      totalCount\n    }\n    managed: estates(first: 1, filter: { status: MANAGED }) {\n      totalCount\n    }\n    preparing: estates(first: 1, filter: { status: PREPARING }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($withRegions: Boolean!) {\n    regions @include(if: $withRegions) {\n      id\n      name\n      code\n      estateCount\n    }\n    all: estates(first: 1) {\n      totalCount\n    }\n    managed: estates(first: 1, filter: { status: MANAGED }) {\n      totalCount\n    }\n    preparing: estates(first: 1, filter: { status: PREPARING }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EstateFields on Estate {\n    id\n    name\n    code\n    regionId\n    region {\n      id\n      name\n    }\n    address\n    type\n    grossFloorArea\n    households\n    buildings\n    contractStart\n    contractEnd\n    feeRate\n    status\n    version\n    archivedAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment EstateFields on Estate {\n    id\n    name\n    code\n    regionId\n    region {\n      id\n      name\n    }\n    address\n    type\n    grossFloorArea\n    households\n    buildings\n    contractStart\n    contractEnd\n    feeRate\n    status\n    version\n    archivedAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Estates($first: Int, $after: String, $filter: EstateFilter) {\n    estates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EstateFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Estates($first: Int, $after: String, $filter: EstateFilter) {\n    estates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EstateFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Regions($includeArchived: Boolean) {\n    regions(includeArchived: $includeArchived) {\n      id\n      name\n      code\n      estateCount\n      version\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  query Regions($includeArchived: Boolean) {\n    regions(includeArchived: $includeArchived) {\n      id\n      name\n      code\n      estateCount\n      version\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEstate($input: CreateEstateInput!) {\n    createEstate(input: $input) {\n      ...EstateFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEstate($input: CreateEstateInput!) {\n    createEstate(input: $input) {\n      ...EstateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEstate($input: UpdateEstateInput!) {\n    updateEstate(input: $input) {\n      ...EstateFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEstate($input: UpdateEstateInput!) {\n    updateEstate(input: $input) {\n      ...EstateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveEstate($input: ArchiveInput!) {\n    archiveEstate(input: $input) {\n      ...EstateFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveEstate($input: ArchiveInput!) {\n    archiveEstate(input: $input) {\n      ...EstateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EstateChanged {\n    estateChanged {\n      kind\n      estate {\n        ...EstateFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription EstateChanged {\n    estateChanged {\n      kind\n      estate {\n        ...EstateFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n      name\n      code\n      estateCount\n      version\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n      name\n      code\n      estateCount\n      version\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRegion($input: UpdateRegionInput!) {\n    updateRegion(input: $input) {\n      id\n      name\n      code\n      estateCount\n      version\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRegion($input: UpdateRegionInput!) {\n    updateRegion(input: $input) {\n      id\n      name\n      code\n      estateCount\n      version\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveRegion($input: ArchiveInput!) {\n    archiveRegion(input: $input) {\n      id\n      version\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveRegion($input: ArchiveInput!) {\n    archiveRegion(input: $input) {\n      id\n      version\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Estate($id: ID!) {\n    estate(id: $id) {\n      ...EstateFields\n    }\n  }\n"): (typeof documents)["\n  query Estate($id: ID!) {\n    estate(id: $id) {\n      ...EstateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MonthlyFormFields on MonthlyForm {\n    estateId\n    estateName\n    month\n    state\n    rejectReason\n    items {\n      indicator {\n        code\n        nameZh\n        nameEn\n        unit\n        direction\n        aggregation\n        numeratorLabel\n        denominatorLabel\n        descriptionZh\n        retired\n        computed\n      }\n      figure {\n        ...FigureFields\n      }\n      effective {\n        ...FigureFields\n      }\n      target {\n        op\n        value\n        label\n      }\n      judgement\n    }\n  }\n"): (typeof documents)["\n  fragment MonthlyFormFields on MonthlyForm {\n    estateId\n    estateName\n    month\n    state\n    rejectReason\n    items {\n      indicator {\n        code\n        nameZh\n        nameEn\n        unit\n        direction\n        aggregation\n        numeratorLabel\n        denominatorLabel\n        descriptionZh\n        retired\n        computed\n      }\n      figure {\n        ...FigureFields\n      }\n      effective {\n        ...FigureFields\n      }\n      target {\n        op\n        value\n        label\n      }\n      judgement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonthlyForm($estateId: ID!, $month: String!) {\n    monthlyForm(estateId: $estateId, month: $month) {\n      ...MonthlyFormFields\n    }\n  }\n"): (typeof documents)["\n  query MonthlyForm($estateId: ID!, $month: String!) {\n    monthlyForm(estateId: $estateId, month: $month) {\n      ...MonthlyFormFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FigureHistory($estateId: ID!, $indicatorCode: String!, $month: String!) {\n    figureHistory(estateId: $estateId, indicatorCode: $indicatorCode, month: $month) {\n      ...FigureFields\n    }\n  }\n"): (typeof documents)["\n  query FigureHistory($estateId: ID!, $indicatorCode: String!, $month: String!) {\n    figureHistory(estateId: $estateId, indicatorCode: $indicatorCode, month: $month) {\n      ...FigureFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMonthlyFigures($input: SaveMonthlyFiguresInput!) {\n    saveMonthlyFigures(input: $input) {\n      ...MonthlyFormFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveMonthlyFigures($input: SaveMonthlyFiguresInput!) {\n    saveMonthlyFigures(input: $input) {\n      ...MonthlyFormFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitMonthlyFigures($input: EstateMonthInput!) {\n    submitMonthlyFigures(input: $input) {\n      ...MonthlyFormFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitMonthlyFigures($input: EstateMonthInput!) {\n    submitMonthlyFigures(input: $input) {\n      ...MonthlyFormFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectMonthlyFigure($input: CorrectMonthlyFigureInput!) {\n    correctMonthlyFigure(input: $input) {\n      ...MonthlyFormFields\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectMonthlyFigure($input: CorrectMonthlyFigureInput!) {\n    correctMonthlyFigure(input: $input) {\n      ...MonthlyFormFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportMonthlyFigureTemplate($input: ExportMonthlyFigureTemplateInput!) {\n    exportMonthlyFigureTemplate(input: $input) {\n      id\n      name\n      contentType\n      size\n    }\n  }\n"): (typeof documents)["\n  mutation ExportMonthlyFigureTemplate($input: ExportMonthlyFigureTemplateInput!) {\n    exportMonthlyFigureTemplate(input: $input) {\n      id\n      name\n      contentType\n      size\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportMonthlyFigures($input: ImportMonthlyFiguresInput!) {\n    importMonthlyFigures(input: $input) {\n      estateCount\n      figureCount\n    }\n  }\n"): (typeof documents)["\n  mutation ImportMonthlyFigures($input: ImportMonthlyFiguresInput!) {\n    importMonthlyFigures(input: $input) {\n      estateCount\n      figureCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EffectiveTargetFields on EffectiveTarget {\n    indicatorCode\n    estateId\n    target {\n      ...TargetFields\n    }\n    source\n    effectiveMonth\n    preset\n  }\n"): (typeof documents)["\n  fragment EffectiveTargetFields on EffectiveTarget {\n    indicatorCode\n    estateId\n    target {\n      ...TargetFields\n    }\n    source\n    effectiveMonth\n    preset\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorCatalogue($month: String!, $estateId: ID) {\n    indicators(includeRetired: true) {\n      ...IndicatorFields\n    }\n    effectiveTargets(month: $month, estateId: $estateId) {\n      ...EffectiveTargetFields\n    }\n  }\n"): (typeof documents)["\n  query IndicatorCatalogue($month: String!, $estateId: ID) {\n    indicators(includeRetired: true) {\n      ...IndicatorFields\n    }\n    effectiveTargets(month: $month, estateId: $estateId) {\n      ...EffectiveTargetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorSettings {\n    indicatorSettings {\n      presetNow\n      history {\n        preset\n        effectiveMonth\n        setAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndicatorSettings {\n    indicatorSettings {\n      presetNow\n      history {\n        preset\n        effectiveMonth\n        setAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetHistory($indicatorCode: String!, $estateId: ID) {\n    targetHistory(indicatorCode: $indicatorCode, estateId: $estateId) {\n      id\n      indicatorCode\n      estateId\n      target {\n        ...TargetFields\n      }\n      effectiveMonth\n      reason\n      setByName\n      setAt\n    }\n  }\n"): (typeof documents)["\n  query TargetHistory($indicatorCode: String!, $estateId: ID) {\n    targetHistory(indicatorCode: $indicatorCode, estateId: $estateId) {\n      id\n      indicatorCode\n      estateId\n      target {\n        ...TargetFields\n      }\n      effectiveMonth\n      reason\n      setByName\n      setAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIndicatorPreset($input: SetIndicatorPresetInput!) {\n    setIndicatorPreset(input: $input) {\n      presetNow\n      history {\n        preset\n        effectiveMonth\n        setAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetIndicatorPreset($input: SetIndicatorPresetInput!) {\n    setIndicatorPreset(input: $input) {\n      presetNow\n      history {\n        preset\n        effectiveMonth\n        setAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIndicatorTarget($input: SetIndicatorTargetInput!) {\n    setIndicatorTarget(input: $input) {\n      ...EffectiveTargetFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetIndicatorTarget($input: SetIndicatorTargetInput!) {\n    setIndicatorTarget(input: $input) {\n      ...EffectiveTargetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireIndicator($input: RetireIndicatorInput!) {\n    retireIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n"): (typeof documents)["\n  mutation RetireIndicator($input: RetireIndicatorInput!) {\n    retireIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($first: Int) {\n    myNotifications(first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          link\n          createdAt\n          readAt\n          params {\n            name\n            value\n          }\n        }\n      }\n    }\n    unread: myNotifications(first: 1, unreadOnly: true) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications($first: Int) {\n    myNotifications(first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          link\n          createdAt\n          readAt\n          params {\n            name\n            value\n          }\n        }\n      }\n    }\n    unread: myNotifications(first: 1, unreadOnly: true) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($input: MarkNotificationReadInput!) {\n    markNotificationRead(input: $input) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($input: MarkNotificationReadInput!) {\n    markNotificationRead(input: $input) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      title\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EstateScorecard($estateId: ID!, $period: String!) {\n    estateScorecard(estateId: $estateId, period: $period) {\n      estateId\n      estateName\n      period\n      metCount\n      missedCount\n      rank\n      rankOf\n      comparedWithin\n      items {\n        indicator {\n          code\n          nameZh\n          nameEn\n          unit\n          direction\n          descriptionZh\n        }\n        cell {\n          indicatorCode\n          value\n          per1000\n          numerator\n          denominator\n          months\n          target {\n            ...TargetFields\n          }\n          judgement\n          rank\n        }\n        rankOf\n        companyValue\n        trend {\n          month\n          value\n          target {\n            ...TargetFields\n          }\n          judgement\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EstateScorecard($estateId: ID!, $period: String!) {\n    estateScorecard(estateId: $estateId, period: $period) {\n      estateId\n      estateName\n      period\n      metCount\n      missedCount\n      rank\n      rankOf\n      comparedWithin\n      items {\n        indicator {\n          code\n          nameZh\n          nameEn\n          unit\n          direction\n          descriptionZh\n        }\n        cell {\n          indicatorCode\n          value\n          per1000\n          numerator\n          denominator\n          months\n          target {\n            ...TargetFields\n          }\n          judgement\n          rank\n        }\n        rankOf\n        companyValue\n        trend {\n          month\n          value\n          target {\n            ...TargetFields\n          }\n          judgement\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanySettings {\n    company {\n      id\n      name\n      figureReminderDay\n    }\n  }\n"): (typeof documents)["\n  query CompanySettings {\n    company {\n      id\n      name\n      figureReminderDay\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCompanySettings($input: UpdateCompanySettingsInput!) {\n    updateCompanySettings(input: $input) {\n      id\n      figureReminderDay\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCompanySettings($input: UpdateCompanySettingsInput!) {\n    updateCompanySettings(input: $input) {\n      id\n      figureReminderDay\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    name\n    email\n    phone\n    status\n    lastLoginAt\n    createdAt\n    memberships {\n      id\n      role\n      scopeKind\n      regionId\n      region {\n        id\n        name\n      }\n      estateIds\n      estates {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment UserFields on User {\n    id\n    name\n    email\n    phone\n    status\n    lastLoginAt\n    createdAt\n    memberships {\n      id\n      role\n      scopeKind\n      regionId\n      region {\n        id\n        name\n      }\n      estateIds\n      estates {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($first: Int, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EstateOptions($search: String) {\n    estates(first: 50, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EstateOptions($search: String) {\n    estates(first: 50, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionOptions {\n    regions {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query RegionOptions {\n    regions {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      invitationToken\n      user {\n        ...UserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      invitationToken\n      user {\n        ...UserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberships($input: SetMembershipsInput!) {\n    setMemberships(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetMemberships($input: SetMembershipsInput!) {\n    setMemberships(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TargetFields on TargetValue {\n    op\n    value\n    label\n  }\n"): (typeof documents)["\n  fragment TargetFields on TargetValue {\n    op\n    value\n    label\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IndicatorFields on Indicator {\n    code\n    nameZh\n    nameEn\n    unit\n    direction\n    measurement\n    aggregation\n    numeratorLabel\n    denominatorLabel\n    descriptionZh\n    builtIn\n    retired\n    computed\n    presetA {\n      ...TargetFields\n    }\n    presetB {\n      ...TargetFields\n    }\n  }\n"): (typeof documents)["\n  fragment IndicatorFields on Indicator {\n    code\n    nameZh\n    nameEn\n    unit\n    direction\n    measurement\n    aggregation\n    numeratorLabel\n    denominatorLabel\n    descriptionZh\n    builtIn\n    retired\n    computed\n    presetA {\n      ...TargetFields\n    }\n    presetB {\n      ...TargetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilterRegions {\n    regions {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query FilterRegions {\n    regions {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EstatePicker($search: String) {\n    estates(first: 50, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          code\n          regionId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EstatePicker($search: String) {\n    estates(first: 50, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          code\n          regionId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FiguresChanged {\n    figuresChanged {\n      estateId\n      month\n      state\n    }\n  }\n"): (typeof documents)["\n  subscription FiguresChanged {\n    figuresChanged {\n      estateId\n      month\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FigureFields on MonthlyFigure {\n    id\n    estateId\n    indicatorCode\n    month\n    revision\n    version\n    numerator\n    denominator\n    value\n    source\n    state\n    effective\n    note\n    rejectReason\n    correctionReason\n    submittedAt\n    decidedAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment FigureFields on MonthlyFigure {\n    id\n    estateId\n    indicatorCode\n    month\n    revision\n    version\n    numerator\n    denominator\n    value\n    source\n    state\n    effective\n    note\n    rejectReason\n    correctionReason\n    submittedAt\n    decidedAt\n    updatedAt\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;