import { graphql } from '../../gql';

/** The bell's list (newest first) and the unread count, in one request. */
export const MyNotificationsQuery = graphql(`
  query MyNotifications($first: Int) {
    myNotifications(first: $first) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          kind
          title
          body
          link
          createdAt
          readAt
          params {
            name
            value
          }
        }
      }
    }
    unread: myNotifications(first: 1, unreadOnly: true) {
      totalCount
    }
  }
`);

export const MarkNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($input: MarkNotificationReadInput!) {
    markNotificationRead(input: $input) {
      id
      readAt
    }
  }
`);

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
      kind
      title
    }
  }
`);
