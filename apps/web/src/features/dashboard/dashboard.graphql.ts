import { graphql } from '../../gql';

/** Only real figures: each count is a connection's totalCount, filtered by status on the server. */
export const DashboardQuery = graphql(`
  query Dashboard {
    regions {
      id
      name
      code
      estateCount
    }
    all: estates(first: 1) {
      totalCount
    }
    managed: estates(first: 1, filter: { status: MANAGED }) {
      totalCount
    }
    preparing: estates(first: 1, filter: { status: PREPARING }) {
      totalCount
    }
  }
`);
