import { graphql } from '../../gql';

export const WorkOrderCardFields = graphql(`
  fragment WorkOrderCardFields on WorkOrder {
    id
    estateId
    number
    locationKind
    location
    category
    kind
    description
    channel
    status
    reportedAt
    dispatchedAt
    arrivedAt
    completedAt
    calledBackAt
    closedAt
    dispatchDueAt
    arriveDueAt
    completeDueAt
    breached
    breachedSteps
    assignee {
      id
      name
    }
    nextSteps
    version
  }
`);

export const WorkOrderDetailFields = graphql(`
  fragment WorkOrderDetailFields on WorkOrder {
    ...WorkOrderCardFields
    reporterName
    reporterPhone
    personalDataVisible
    department {
      id
      name
    }
    createdBy {
      id
      name
    }
    photos {
      id
      name
    }
    completionPhotos {
      id
      name
    }
    dispatchBreachedAt
    arriveBreachedAt
    completeBreachedAt
    timely
    reworkOf {
      id
      number
      completedAt
    }
    qualityPassed
    satisfaction
    callbackNote
    arriveNote
    completionNote
    closeNote
    updatedAt
  }
`);

export const WorkOrderListQuery = graphql(`
  query WorkOrderList($filter: WorkOrderFilter!, $first: Int, $after: String) {
    workOrders(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...WorkOrderCardFields
        }
      }
    }
  }
`);

export const WorkOrderQuery = graphql(`
  query WorkOrder($id: ID!) {
    workOrder(id: $id) {
      ...WorkOrderDetailFields
      assignableUsers {
        id
        name
      }
    }
  }
`);

export const WorkOrderBoardQuery = graphql(`
  query WorkOrderBoard($estateId: ID!, $first: Int) {
    workOrderBoard(estateId: $estateId, first: $first) {
      estateId
      at
      columns {
        column
        count
        breachedCount
        cards {
          ...WorkOrderCardFields
        }
      }
    }
  }
`);

export const WorkOrderChangedSubscription = graphql(`
  subscription WorkOrderChanged($estateId: ID!) {
    workOrderChanged(estateId: $estateId) {
      event
      workOrderId
      estateId
      steps
      workOrder {
        ...WorkOrderCardFields
      }
    }
  }
`);

export const CreateWorkOrderMutation = graphql(`
  mutation CreateWorkOrder($input: CreateWorkOrderInput!) {
    createWorkOrder(input: $input) {
      ...WorkOrderDetailFields
    }
  }
`);

export const DispatchWorkOrderMutation = graphql(`
  mutation DispatchWorkOrder($input: DispatchWorkOrderInput!) {
    dispatchWorkOrder(input: $input) {
      ...WorkOrderDetailFields
    }
  }
`);

export const ArriveWorkOrderMutation = graphql(`
  mutation ArriveWorkOrder($input: ArriveWorkOrderInput!) {
    arriveWorkOrder(input: $input) {
      ...WorkOrderDetailFields
    }
  }
`);

export const CompleteWorkOrderMutation = graphql(`
  mutation CompleteWorkOrder($input: CompleteWorkOrderInput!) {
    completeWorkOrder(input: $input) {
      ...WorkOrderDetailFields
    }
  }
`);

export const CallbackWorkOrderMutation = graphql(`
  mutation CallbackWorkOrder($input: CallbackWorkOrderInput!) {
    callbackWorkOrder(input: $input) {
      ...WorkOrderDetailFields
    }
  }
`);

export const CloseWorkOrderMutation = graphql(`
  mutation CloseWorkOrder($input: CloseWorkOrderInput!) {
    closeWorkOrder(input: $input) {
      ...WorkOrderDetailFields
    }
  }
`);

export const WorkOrderCommitmentFields = graphql(`
  fragment WorkOrderCommitmentFields on WorkOrderCommitments {
    id
    effectiveFrom
    dispatchMinutesMinor
    dispatchMinutesUrgent
    arriveMinutesMinor
    arriveMinutesUrgent
    completeMinutesMinor
    urgentSameDay
    completeMinutesUrgent
    note
    createdBy {
      id
      name
    }
  }
`);

export const WorkOrderCommitmentsQuery = graphql(`
  query WorkOrderCommitments {
    workOrderCommitments {
      current {
        ...WorkOrderCommitmentFields
      }
      history {
        ...WorkOrderCommitmentFields
      }
      defaults {
        ...WorkOrderCommitmentFields
      }
      seed002 {
        ...WorkOrderCommitmentFields
      }
    }
  }
`);

export const UpdateWorkOrderCommitmentsMutation = graphql(`
  mutation UpdateWorkOrderCommitments($input: UpdateWorkOrderCommitmentsInput!) {
    updateWorkOrderCommitments(input: $input) {
      current {
        ...WorkOrderCommitmentFields
      }
      history {
        ...WorkOrderCommitmentFields
      }
      defaults {
        ...WorkOrderCommitmentFields
      }
      seed002 {
        ...WorkOrderCommitmentFields
      }
    }
  }
`);
