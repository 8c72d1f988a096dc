/** What the rest of the web app uses of the rectifications feature: the auditor's home card. */
export { AwaitingVerification } from './AwaitingVerification';
