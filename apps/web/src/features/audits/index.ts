/** What the rest of the web app uses of the audits feature: the auditor's home card. */
export { MyAudits } from './MyAudits';
