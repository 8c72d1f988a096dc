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

export const MyCompaniesQuery = graphql(`
  query MyCompanies {
    myCompanies {
      id
      name
    }
  }
`);

export const MyInvitationsQuery = graphql(`
  query MyInvitations {
    myInvitations {
      id
      companyId
      companyName
      roles
      expiresAt
    }
  }
`);

/** Only the token: a User in the answer would make urql refetch `me` with the old token. */
export const SwitchCompanyMutation = graphql(`
  mutation SwitchCompany($input: SwitchCompanyInput!) {
    switchCompany(input: $input) {
      token
    }
  }
`);

export const AcceptCompanyInvitationMutation = graphql(`
  mutation AcceptCompanyInvitation($input: AcceptCompanyInvitationInput!) {
    acceptCompanyInvitation(input: $input) {
      id
      name
    }
  }
`);
