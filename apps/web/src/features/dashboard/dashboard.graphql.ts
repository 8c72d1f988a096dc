import { graphql } from '../../gql';

/**
 * Only real figures: each count is a connection's totalCount, filtered by status on the server.
 * Regions only for roles that may read them (estate staff and committee members may not: asking
 * would fail the whole query).
 */
export const DashboardQuery = graphql(`
  query Dashboard($withRegions: Boolean!) {
    regions @include(if: $withRegions) {
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
