import { graphql } from '../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      name
      email
      platformAdmin
      status
      memberships {
        id
        role
        scopeKind
        regionId
        region {
          id
          name
        }
        estateIds
        estates {
          id
          name
        }
      }
    }
  }
`);

export const CurrentCompanyQuery = graphql(`
  query CurrentCompany {
    company {
      id
      name
      slug
      timeZone
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
