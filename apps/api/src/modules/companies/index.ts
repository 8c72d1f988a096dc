/** The companies module's public surface: tenants, and "now" in a company's time zone. */
export { CompanyResolver } from './companies.resolver.js';
export { type CompanyRow, companies } from './companies.schema.js';
export { currentMonthOf } from './companies.service.js';
export { findCompany } from './companies.store.js';
export { Company } from './companies.types.js';
